package org.marsad.events;

import org.marsad.text.vocabulary.VerificationStatus;

/**
 * The verification status that an event's sources suggest, and what it rests on. The
 * sources of an event are those of its supporting reports and of the claims of its
 * figures, with the grades they had when they were coded.
 * <ul>
 * <li>Sources are independent when their ids differ; a source that sent several reports
 * counts once, with the best of its grades. Reports without a recorded source cannot be
 * shown to be independent and are not counted as sources.</li>
 * <li>A source is credible when its reliability is A, B or C and the information
 * credibility of its report is 1, 2 or 3 (Admiralty scale).</li>
 * <li>{@code fair}: two or more credible independent sources (Airwars' "fair").</li>
 * <li>{@code single_source}: otherwise, including one source, several sources of which
 * fewer than two are credible, or none recorded.</li>
 * <li>{@code confirmed}, {@code contested} and {@code discounted} rest on evidence,
 * admissions and contradictions that counting sources cannot see; only a coordinator sets
 * them.</li>
 * </ul>
 *
 * @param status the suggested status
 * @param sources how many independent sources there are
 * @param credibleSources how many of them are credible
 * @param unattributedReports supporting reports without a recorded source
 */
public record StatusSuggestion(VerificationStatus status, int sources, int credibleSources, int unattributedReports) {
}
