package org.marsad.tallies.internal;

import org.marsad.tallies.Dimension;

/**
 * One number of a tally: the total, or one row of a breakdown.
 * <ul>
 * <li>the total counts figures in the tally's unit whose whole, if any, is not
 * counted</li>
 * <li>a row counts figures with the row's key (in the tally's unit, or in the row's unit
 * for {@link Dimension#UNIT}) whose whole, if any, is not counted in the same row</li>
 * </ul>
 *
 * @param dimension the breakdown, {@code null} for the total
 * @param key the row's key, {@code null} for the total
 */
record Cell(Dimension dimension, String key) {

	static final Cell TOTAL = new Cell(null, null);

	static final String TOTAL_NAME = "total";

	/**
	 * Whether figures with these keys and wholes count in this number.
	 * @param unit the tally's unit
	 * @param keys the figures' keys
	 * @param wholes the {@link Wholes} bits
	 * @return whether they count
	 */
	boolean counts(String unit, Keys keys, int wholes) {
		if (this.dimension == null) {
			return unit.equals(keys.unit()) && (wholes & Wholes.IN_SCOPE) == 0;
		}
		if (this.dimension == Dimension.UNIT) {
			return this.key.equals(keys.unit()) && (wholes & Wholes.IN_SCOPE) == 0;
		}
		boolean wholeInRow = (wholes & Wholes.IN_SCOPE) != 0 && (wholes & Wholes.same(this.dimension)) != 0;
		return unit.equals(keys.unit()) && this.key.equals(keys.of(this.dimension)) && !wholeInRow;
	}

	/** The name used in links and the API: {@code total} or {@code nationality:IQ}. */
	String name() {
		return (this.dimension == null) ? TOTAL_NAME : this.dimension.code() + ":" + this.key;
	}

}
