package org.marsad.tallies.internal;

import java.util.ArrayList;
import java.util.List;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRequest;

/**
 * The define/edit form as posted. Lists of ids and nationality codes are typed separated
 * by commas, spaces or the Arabic comma (،); the series period is a field of its own.
 *
 * @param name the name
 * @param unit the unit code
 * @param category the category code
 * @param from the first day
 * @param to the last day
 * @param place a place id
 * @param actors actor ids taking part in the events
 * @param nationalities nationality codes
 * @param groupActors actor ids of the counted people's group
 * @param ageGroups age group codes (check boxes)
 * @param sexes sex codes (check boxes)
 * @param eventTypes event type codes (check boxes)
 * @param minimumStatus the lowest verification status counted
 * @param breakdowns breakdown codes (check boxes)
 * @param period day, week or month
 * @param pinned whether the dashboard shows it
 */
record TallyForm(String name, String unit, String category, String from, String to, String place, String actors,
		String nationalities, String groupActors, List<String> ageGroups, List<String> sexes, List<String> eventTypes,
		String minimumStatus, List<String> breakdowns, String period, Boolean pinned) {

	static TallyForm empty() {
		return new TallyForm("", "person", "exited", "", "", "", "", "", "", List.of(), List.of(), List.of(),
				"contested", List.of(), "month", false);
	}

	static TallyForm of(Tally tally) {
		return new TallyForm(tally.name(), tally.unit(), tally.category(), text(tally.from()), text(tally.to()),
				(tally.place() != null) ? tally.place() : "", String.join(", ", tally.actors()),
				String.join(", ", tally.nationalities()), String.join(", ", tally.groupActors()), tally.ageGroups(),
				tally.sexes(), tally.eventTypes(), tally.minimumStatus(),
				tally.breakdowns().stream().map(Dimension::code).toList(), tally.period().code(), tally.pinned());
	}

	TallyRequest toRequest() {
		List<String> all = new ArrayList<>((this.breakdowns != null) ? this.breakdowns : List.of());
		if (this.period != null && !this.period.isBlank()) {
			all.add(this.period);
		}
		return new TallyRequest(this.name, this.unit, this.category, this.from, this.to, this.place, split(this.actors),
				split(this.nationalities), split(this.groupActors), this.ageGroups, this.sexes, this.eventTypes,
				this.minimumStatus, all, this.pinned);
	}

	/** Whether a list field holds a value, for check boxes. */
	public boolean has(List<String> values, String value) {
		return values != null && values.contains(value);
	}

	private static List<String> split(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return List.of(value.strip().split("[\\s,،]+"));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
