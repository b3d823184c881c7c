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
		return series().equals(other.series());
	}

	/** What a statement counts: its keys, place, age group and sex. */
	Series series() {
		return new Series(this.keys, this.placeId, this.ageGroup, this.sex);
	}

	/**
	 * Statements about the same people at the same place, which alone may be compared.
	 *
	 * @param keys the keys
	 * @param placeId the event's place
	 * @param ageGroup the age group
	 * @param sex the sex
	 */
	record Series(Keys keys, String placeId, String ageGroup, String sex) {

		/**
		 * Groups statements by series.
		 * @param statements the statements
		 * @return the groups, each with two statements or more
		 */
		static java.util.Collection<java.util.List<Statement>> of(java.util.List<Statement> statements) {
			java.util.Map<Series, java.util.List<Statement>> groups = new java.util.LinkedHashMap<>();
			for (Statement statement : statements) {
				groups.computeIfAbsent(statement.series(), (s) -> new java.util.ArrayList<>()).add(statement);
			}
			groups.values().removeIf((group) -> group.size() < 2);
			return groups.values();
		}

	}

}
