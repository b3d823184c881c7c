package org.marsad.events;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a figure's current value follows from its claims, when reports state different
 * values for it (as ACLED and UCDP keep one value and the sources beside it).
 * <ul>
 * <li>{@link #BEST_GRADED} (the default): the claim of the best-graded source: source
 * reliability first (A best, ungraded as F), then information credibility (1 best,
 * ungraded as 6); ties go to the most recent claim</li>
 * <li>{@link #MOST_RECENT}: the claim stated last (the report's date), then coded
 * last</li>
 * <li>{@link #HIGHEST} / {@link #LOWEST}: the claim with the highest / lowest number (the
 * best value, else its bound); ties go to the most recent</li>
 * <li>{@link #MANUAL}: a value set by hand on the figure; claims stay beside it</li>
 * </ul>
 * Voided claims never count.
 */
public enum ValueRule {

	BEST_GRADED, MOST_RECENT, HIGHEST, LOWEST, MANUAL;

	/** The code used in JSON, forms and the database, e.g. {@code best_graded}. */
	@JsonValue
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the rule
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static ValueRule ofCode(String code) {
		for (ValueRule rule : values()) {
			if (rule.code().equals(code)) {
				return rule;
			}
		}
		throw new IllegalArgumentException("unknown value rule");
	}

}
