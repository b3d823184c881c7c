package org.marsad.tallies.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRefused;

/**
 * A number of a tally as named in links and the API.
 * <ul>
 * <li>{@code total}: the total</li>
 * <li>{@code <dimension>:<key>}, e.g. {@code nationality:IQ}: a row of one of the tally's
 * breakdowns</li>
 * <li>{@code period:<ISO date>}: the running total at the end of that day</li>
 * </ul>
 *
 * @param cell the number
 * @param day the day of a running total, or {@code null}
 * @param name the name as read
 */
record CellName(Cell cell, LocalDate day, String name) {

	private static final String PERIOD = "period";

	static CellName read(String name, Tally tally) {
		String text = (name == null || name.isBlank()) ? Cell.TOTAL_NAME : name.strip();
		if (Cell.TOTAL_NAME.equals(text)) {
			return new CellName(Cell.TOTAL, null, text);
		}
		int colon = text.indexOf(':');
		if (colon <= 0 || colon == text.length() - 1) {
			throw refused();
		}
		String kind = text.substring(0, colon);
		String key = text.substring(colon + 1);
		if (PERIOD.equals(kind)) {
			try {
				return new CellName(Cell.TOTAL, LocalDate.parse(key), text);
			}
			catch (DateTimeParseException ex) {
				throw refused();
			}
		}
		try {
			Dimension dimension = Dimension.ofCode(kind);
			if (!tally.breakdowns().contains(dimension)) {
				throw refused();
			}
			return new CellName(new Cell(dimension, key), null, text);
		}
		catch (IllegalArgumentException ex) {
			throw refused();
		}
	}

	private static TallyRefused refused() {
		return TallyRefused.of("cell", "tally.error.cell");
	}

}
