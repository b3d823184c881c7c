package org.marsad.tallies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A saved tally: what is counted, which figures count, over which period and how it is
 * broken down. Codes are those of the shared vocabularies (DESIGN, "Vocabularies").
 *
 * @param id the id
 * @param name the name shown on pages, in the language it was written in
 * @param unit a figure unit code, e.g. {@code person}
 * @param category a figure category code, e.g. {@code exited}
 * @param from the first day counted; {@code null} for all records
 * @param to the last day counted; {@code null} for up to the day computed
 * @param place a place id: the place and every place under it; {@code null} for all
 * @param actors actor ids: events in which any of them takes part; empty for all
 * @param nationalities ISO 3166-1 alpha-2 codes of the counted people; empty for all
 * @param groupActors actor ids of the group the counted people belong to; empty for all
 * @param ageGroups age group codes; empty for all
 * @param sexes sex codes; empty for all
 * @param eventTypes event type codes; empty for all
 * @param minimumStatus the lowest verification status counted (see
 * {@link VerificationLevel})
 * @param breakdowns the breakdowns shown beside the total
 * @param period the periods of the time series
 * @param pinned whether the dashboard shows it
 * @param version the version, 1 when defined and one more for each change
 * @param updatedAt when it was last defined or changed
 * @param updatedBy who did so
 */
public record Tally(UUID id, String name, String unit, String category, LocalDate from, LocalDate to, String place,
		List<String> actors, List<String> nationalities, List<String> groupActors, List<String> ageGroups,
		List<String> sexes, List<String> eventTypes, String minimumStatus, List<Dimension> breakdowns,
		Granularity period, boolean pinned, int version, Instant updatedAt, String updatedBy) {

	/**
	 * The day a computation as of a given day counts up to: the period's end when it ends
	 * earlier.
	 * @param asOf the day asked for
	 * @return the last day counted
	 */
	public LocalDate end(LocalDate asOf) {
		return (this.to != null && this.to.isBefore(asOf)) ? this.to : asOf;
	}

}
