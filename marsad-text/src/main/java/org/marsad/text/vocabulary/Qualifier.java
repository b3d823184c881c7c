package org.marsad.text.vocabulary;

import java.math.BigDecimal;

/**
 * How a number was stated, and the interval that each statement gives (DESIGN, "Figure
 * qualifiers").
 * <ul>
 * <li>{@link #EXACT}: a bare number; low = best = high = n</li>
 * <li>{@link #ABOUT}: نحو، حوالي، قرابة، زهاء، ما يقارب، تقريباً; best = n, bounds
 * open</li>
 * <li>{@link #MORE_THAN}: أكثر من، ما يزيد عن، يفوق; low = n (exclusive), best = n</li>
 * <li>{@link #AT_LEAST}: ما لا يقل عن، على الأقل; low = n, best = n</li>
 * <li>{@link #LESS_THAN}: أقل من، دون; best = n, high = n (exclusive)</li>
 * <li>{@link #AT_MOST}: لا يزيد عن، على الأكثر; best = n, high = n</li>
 * <li>{@link #VAGUE}: عشرات، مئات، آلاف، بضع، عدة; low and high as given, no best</li>
 * </ul>
 */
public enum Qualifier {

	EXACT, ABOUT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST, VAGUE;

	/** The code used in JSON, CSV and the database. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code, e.g. {@code more_than}
	 * @return the qualifier
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static Qualifier ofCode(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * The interval this qualifier gives a stated number (not for {@link #VAGUE}, whose
	 * bounds come from the vague word itself).
	 * @param n the stated number
	 * @return the interval
	 */
	public Interval intervalOf(BigDecimal n) {
		return switch (this) {
			case EXACT -> new Interval(n, n, n);
			case ABOUT -> new Interval(null, n, null);
			case MORE_THAN, AT_LEAST -> new Interval(n, n, null);
			case LESS_THAN, AT_MOST -> new Interval(null, n, n);
			case VAGUE -> throw new IllegalStateException("a vague quantity has no single stated number");
		};
	}

	/** Whether the low bound, when present, excludes the number itself. */
	public boolean lowExclusive() {
		return this == MORE_THAN;
	}

	/** Whether the high bound, when present, excludes the number itself. */
	public boolean highExclusive() {
		return this == LESS_THAN;
	}

}
