package org.marsad.tallies.internal;

import org.marsad.tallies.Dimension;

/**
 * The values a figure is broken down by.
 *
 * @param unit the unit code
 * @param nationality the nationality, or {@code null} when not stated
 * @param actor the group actor, or {@code null}
 * @param place the place one level below the tally's place that holds the event, or
 * {@code null}
 */
record Keys(String unit, String nationality, String actor, String place) {

	String of(Dimension dimension) {
		return switch (dimension) {
			case NATIONALITY -> this.nationality;
			case ACTOR -> this.actor;
			case PLACE -> this.place;
			case UNIT -> this.unit;
		};
	}

}
