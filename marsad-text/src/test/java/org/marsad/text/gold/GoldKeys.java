package org.marsad.text.gold;

import java.math.BigDecimal;

import org.marsad.text.FigureMention;

/**
 * The keys by which expected and found mentions are matched in the gold set.
 *
 * <ul>
 * <li>figure: qualifier, low, best, high, unit, category and nationality all agree (a
 * missing nationality must be missing on both sides); the span is not compared</li>
 * <li>date: first and last day agree</li>
 * <li>place and actor: the id agrees</li>
 * </ul>
 */
final class GoldKeys {

	private static final String NONE = "-";

	private GoldKeys() {
	}

	/**
	 * The key of an annotated figure:
	 * {@code QUALIFIER LOW BEST HIGH UNIT CATEGORY [NATIONALITY]}.
	 * @param fields the fields of the annotation
	 * @return the key
	 */
	static String figure(String[] fields) {
		String nationality = (fields.length > 6) ? fields[6] : NONE;
		return String.join(" ", fields[0], number(fields[1]), number(fields[2]), number(fields[3]), fields[4],
				fields[5], nationality);
	}

	/**
	 * The key of a found figure.
	 * @param figure the figure
	 * @return the key
	 */
	static String figure(FigureMention figure) {
		String nationality = (figure.group().nationality() != null) ? figure.group().nationality() : NONE;
		return String.join(" ", figure.qualifier().code(), number(figure.low()), number(figure.best()),
				number(figure.high()), figure.unit().code(), figure.category().code(), nationality);
	}

	private static String number(String field) {
		return field.equals(NONE) ? NONE : number(new BigDecimal(field));
	}

	private static String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : NONE;
	}

}
