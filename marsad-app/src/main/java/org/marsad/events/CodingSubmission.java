package org.marsad.events;

import java.util.List;

/**
 * What a documenter coded from one report: new events with their figures, and links to
 * events already recorded (with figures and claims to add to them). Every span refers to
 * the same version of the report's text.
 *
 * <pre>
 * {"reportVersion": 1,
 *  "events": [{"event": {"type": "displacement", "dateFrom": "2018-12-01", "dateTo": "2019-01-31", …},
 *              "span": {"start": 0, "end": 120},
 *              "figures": [{"key": "all", "figure": {"unit": "person", "category": "exited", "cumulative": true, …},
 *                           "claim": {"span": {"start": 40, "end": 51}, "value": {"qualifier": "exact", "best": 36250}}},
 *                          {"key": "iraqis", "partOfKey": "all", "figure": {"unit": "person", "nationality": "IQ", …},
 *                           "claim": {…}}]}],
 *  "links": [{"eventId": "…", "span": {…}, "figures": [],
 *             "claims": [{"figureId": "…", "claim": {"span": {…}, "value": {…}}}]}]}
 * </pre>
 *
 * @param reportVersion the version of the report's text the spans refer to; the latest
 * when empty
 * @param events new events
 * @param links existing events this report speaks of
 */
public record CodingSubmission(Integer reportVersion, List<CodedEvent> events, List<EventLink> links) {
}
