package org.marsad.events.internal;

import java.math.BigDecimal;

import org.marsad.events.FigureValue;
import org.marsad.events.StatedValue;
import org.marsad.text.vocabulary.Interval;
import org.marsad.text.vocabulary.Qualifier;

/**
 * Checks a value as stated and fills in its interval (DESIGN, "Figure qualifiers").
 * <ul>
 * <li>qualifier: required, a {@link Qualifier} code</li>
 * <li>at least one number; none negative; at most {@value #MAX_SCALE} decimals and below
 * 10<sup>16</sup> (the columns are {@code NUMERIC(20, 4)})</li>
 * <li>only {@code best} given: the bounds follow from the qualifier ({@code about 3500}
 * has open bounds, {@code more_than 6000} the low bound 6000)</li>
 * <li>{@code vague}: low and high required (عشرات → 20–99)</li>
 * <li>low ≤ high (refused on {@code low}); best within them (refused on
 * {@code best})</li>
 * </ul>
 */
final class StatedValues {

	static final int MAX_SCALE = 4;

	private static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

	private StatedValues() {
	}

	/**
	 * Checks a value.
	 * @param value the value as sent
	 * @param problems where problems go, at the value's path
	 * @return the value with its interval, or {@code null} when refused
	 */
	static FigureValue check(StatedValue value, Problems problems) {
		if (value == null) {
			problems.add("figure.error.valueRequired");
			return null;
		}
		int before = problems.count();
		Qualifier qualifier = qualifier(value.qualifier(), problems);
		number(value.low(), "low", problems);
		number(value.best(), "best", problems);
		number(value.high(), "high", problems);
		if (value.low() == null && value.best() == null && value.high() == null) {
			problems.add("best", "figure.error.numberRequired");
		}
		if (problems.count() > before) {
			return null;
		}
		FigureValue filled = fill(qualifier, value);
		if (qualifier == Qualifier.VAGUE && (filled.low() == null || filled.high() == null)) {
			problems.add("high", "figure.error.vagueBounds");
			return null;
		}
		return ordered(filled, problems) ? filled : null;
	}

	private static Qualifier qualifier(String code, Problems problems) {
		if (!Text.present(code)) {
			problems.add("qualifier", "figure.error.qualifierRequired");
			return null;
		}
		for (Qualifier qualifier : Qualifier.values()) {
			if (qualifier.code().equals(code.strip())) {
				return qualifier;
			}
		}
		problems.add("qualifier", "figure.error.qualifier");
		return null;
	}

	private static void number(BigDecimal number, String field, Problems problems) {
		if (number == null) {
			return;
		}
		if (number.signum() < 0) {
			problems.add(field, "figure.error.negative");
		}
		else if (number.stripTrailingZeros().scale() > MAX_SCALE || number.abs().compareTo(LIMIT) >= 0) {
			problems.add(field, "figure.error.numberRange");
		}
	}

	private static FigureValue fill(Qualifier qualifier, StatedValue value) {
		if (value.best() != null && value.low() == null && value.high() == null && qualifier != Qualifier.VAGUE) {
			Interval interval = qualifier.intervalOf(value.best());
			return new FigureValue(qualifier, interval.low(), interval.best(), interval.high());
		}
		return new FigureValue(qualifier, value.low(), value.best(), value.high());
	}

	private static boolean ordered(FigureValue value, Problems problems) {
		if (value.low() != null && value.high() != null && value.low().compareTo(value.high()) > 0) {
			problems.add("low", "figure.error.lowAboveHigh");
			return false;
		}
		BigDecimal best = value.best();
		if (best != null && ((value.low() != null && best.compareTo(value.low()) < 0)
				|| (value.high() != null && best.compareTo(value.high()) > 0))) {
			problems.add("best", "figure.error.bestOutside");
			return false;
		}
		return true;
	}

}
