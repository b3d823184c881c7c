package org.marsad.persons;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A figure a person is counted in (or may be), with its event and its value as stated.
 *
 * @param figureId the figure
 * @param eventId its event
 * @param eventType the event's type code
 * @param eventDay the event's last day
 * @param unit {@code person} or {@code family}
 * @param category what happened to what was counted, e.g. {@code detained}
 * @param value the figure's value as stated
 * @param voided whether the figure or its event was voided since the link was made
 * @param linkedAt when the person was linked, {@code null} when not linked
 * @param linkedBy who linked the person, {@code null} when not linked
 */
public record CountedFigure(UUID figureId, UUID eventId, String eventType, LocalDate eventDay, String unit,
		String category, StatedCount value, boolean voided, Instant linkedAt, String linkedBy) {

	/**
	 * A figure's value as stated: the qualifier and the interval it gives (DESIGN,
	 * "Figure qualifiers").
	 *
	 * @param qualifier {@code exact}, {@code about}, {@code at_most} …, or {@code null}
	 * while no claim states one
	 * @param low the low bound, or {@code null}
	 * @param best the best estimate, or {@code null}
	 * @param high the high bound, or {@code null} when open
	 */
	public record StatedCount(String qualifier, BigDecimal low, BigDecimal best, BigDecimal high) {

		/**
		 * Whether more than a number of persons cannot all be counted in it: the number
		 * is above the high bound, or at it when the bound is exclusive («أقل من»).
		 * @param named how many persons are named in it
		 * @return {@code true} when the figure names more persons than it allows
		 */
		public boolean exceededBy(long named) {
			if (this.high == null) {
				return false;
			}
			int compared = BigDecimal.valueOf(named).compareTo(this.high);
			return compared > 0 || (compared == 0 && "less_than".equals(this.qualifier));
		}

	}

}
