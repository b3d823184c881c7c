package org.marsad.tallies.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.marsad.tallies.Estimate;

/**
 * A running-total figure («منذ الأول من كانون الأول … 36250»): a statement about a count
 * over a window, not an addition.
 *
 * @param figureId the figure
 * @param keys its keys
 * @param placeId its event's place, to compare statements about the same place
 * @param ageGroup its age group, or {@code null}
 * @param sex its sex, or {@code null}
 * @param from the window's first day, {@code null} when not stated
 * @param asOf the window's last day
 * @param wholes the {@link Wholes} bits
 * @param contribution its value
 */
record Statement(UUID figureId, Keys keys, String placeId, String ageGroup, String sex, LocalDate from, LocalDate asOf,
		int wholes, Contribution contribution) {

	Estimate value() {
		return this.contribution.estimate();
	}

	/** Whether this window holds the other's: starts no later, ends no earlier. */
	boolean contains(Statement other) {
		boolean startsEarlier = this.from == null || (other.from != null && !this.from.isAfter(other.from));
		return startsEarlier && !this.asOf.isBefore(other.asOf);
	}

	/** Whether two statements speak of the same people and place, so may be compared. */
	boolean comparable(Statement other) {
		return this.keys.equals(other.keys) && java.util.Objects.equals(this.placeId, other.placeId)
				&& java.util.Objects.equals(this.ageGroup, other.ageGroup)
				&& java.util.Objects.equals(this.sex, other.sex);
	}

}
