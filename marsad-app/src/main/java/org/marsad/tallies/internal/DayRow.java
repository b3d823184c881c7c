package org.marsad.tallies.internal;

import java.time.LocalDate;

/**
 * Event figures (not running totals) summed in the database by day and keys.
 *
 * @param keys their keys
 * @param day the day they are dated: the figure's last day, else its event's
 * @param wholes the {@link Wholes} bits
 * @param contribution their sum
 */
record DayRow(Keys keys, LocalDate day, int wholes, Contribution contribution) {
}
