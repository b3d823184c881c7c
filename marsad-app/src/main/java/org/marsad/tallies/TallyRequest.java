package org.marsad.tallies;

import java.util.List;

/**
 * A tally as typed in the form or sent to the API, before it is checked. Lists may be
 * {@code null} or empty; codes are read case-insensitively.
 *
 * @param name the name (required)
 * @param unit a figure unit code (required)
 * @param category a figure category code (required)
 * @param from the first day, an ISO date
 * @param to the last day, an ISO date not before {@code from}
 * @param place the id of a known place
 * @param actors ids of known actors taking part in the events
 * @param nationalities ISO 3166-1 alpha-2 codes
 * @param groupActors ids of known actors the counted people belong to
 * @param ageGroups age group codes
 * @param sexes sex codes
 * @param eventTypes event type codes
 * @param minimumStatus a verification status code other than {@code discounted} (default
 * {@code contested}: everything but discounted events)
 * @param breakdowns {@code nationality}, {@code actor}, {@code place}, {@code unit}, and
 * at most one of {@code day}, {@code week}, {@code month} for the time series
 * @param pinned whether the dashboard shows it
 */
public record TallyRequest(String name, String unit, String category, String from, String to, String place,
		List<String> actors, List<String> nationalities, List<String> groupActors, List<String> ageGroups,
		List<String> sexes, List<String> eventTypes, String minimumStatus, List<String> breakdowns, Boolean pinned) {
}
