package org.marsad.text.numbers;

import java.math.BigDecimal;
import java.math.MathContext;

import org.marsad.text.normalize.CharClass;
import org.marsad.text.normalize.FoldedText;

/**
 * Reads a numeral written in digits (already folded to ASCII) and decides what its
 * separators mean.
 * <ul>
 * <li>separators between groups of digits are read by {@link DigitGroups}</li>
 * <li>a/b with a smaller than b and b at most 100 is a fraction; other a/b, a/b/c, a-b-c,
 * a.b.c and a:b are dates, times or codes, not counts</li>
 * <li>e and ^ give a power of ten or of the base (1e10, 1.1^23)</li>
 * <li>a dot before digits that follow no digit or letter is a decimal point (.25)</li>
 * <li>more than 18 integer digits is a code, not a count; so are six or more digits that
 * start with 0 (a telephone number)</li>
 * </ul>
 */
final class NumeralReader {

	private static final int MAX_INTEGER_DIGITS = 18;

	private static final int MAX_EXPONENT = 30;

	private static final int MIN_PHONE_DIGITS = 6;

	private static final int MAX_FRACTION_DENOMINATOR = 100;

	private static final int MAX_FRACTION_DIGITS = 3;

	private static final char DIGIT_ZERO = '0';

	private static final char DIGIT_NINE = '9';

	private static final char MINUS = '-';

	private static final char PLUS = '+';

	private static final char DOT = '.';

	private static final char SLASH = '/';

	private static final char COLON = ':';

	private static final char EXPONENT = 'e';

	private static final char POWER = '^';

	private final Tokens tokens;

	private final FoldedText text;

	private final DigitGroups groups;

	NumeralReader(Tokens tokens) {
		this.tokens = tokens;
		this.text = tokens.text;
		this.groups = new DigitGroups(tokens.text);
	}

	static boolean isDigit(char c) {
		return c >= DIGIT_ZERO && c <= DIGIT_NINE;
	}

	/**
	 * Reads the numeral at {@code start} and adds its token.
	 * @param start a digit, or a minus sign before a digit
	 * @return the position after the numeral
	 */
	int read(int start) {
		if (this.text.charAt(start) == DOT) {
			return leadingDecimal(start);
		}
		boolean negative = this.text.charAt(start) == MINUS;
		int first = negative ? start + 1 : start;
		int firstEnd = digitsEnd(first);
		if (followedByDigitAfter(firstEnd, COLON)) {
			return notACount(start, clockEnd(firstEnd));
		}
		int dateEnd = dateEnd(first, firstEnd);
		if (dateEnd > 0) {
			return notACount(start, dateEnd);
		}
		if (followedByDigitAfter(firstEnd, SLASH)) {
			return slashFraction(start, first, firstEnd, negative);
		}
		int groups = this.groups.read(first, firstEnd);
		int end = (groups == 0) ? firstEnd : this.groups.interpret(first, firstEnd, groups);
		if (end < 0) {
			return notACount(start, -end);
		}
		if (this.groups.integerDigits() > MAX_INTEGER_DIGITS) {
			return notACount(start, end);
		}
		if (groups == 0 && firstEnd - first >= MIN_PHONE_DIGITS && this.text.charAt(first) == DIGIT_ZERO) {
			return notACount(start, end);
		}
		BigDecimal value = new BigDecimal(this.groups.digits().toString());
		int plain = (groups == 0 && !negative) ? Tokens.PLAIN_INTEGER : 0;
		int powerEnd = powerEnd(end);
		if (powerEnd > end) {
			value = power(value, end, powerEnd);
			if (value == null) {
				return notACount(start, powerEnd);
			}
			end = powerEnd;
			plain = 0;
		}
		return add(start, end, negative ? value.negate() : value, plain);
	}

	private int leadingDecimal(int start) {
		int end = digitsEnd(start + 1);
		if (end - start > MAX_INTEGER_DIGITS) {
			return notACount(start, end);
		}
		return add(start, end, new BigDecimal(this.text.subSequence(start, end).toString()), 0);
	}

	private int add(int start, int end, BigDecimal value, int flags) {
		int t = this.tokens.add(Tokens.NUMERAL, start, end);
		this.tokens.value[t] = value;
		int all = flags;
		if (end < this.text.length() && CharClass.isLetter(this.text.charAt(end))) {
			all |= Tokens.GLUED_AFTER;
		}
		if (inLatinCode(start)) {
			all |= Tokens.CODE;
		}
		this.tokens.flags[t] = all;
		return end;
	}

	private boolean inLatinCode(int start) {
		if (start == 0) {
			return false;
		}
		char before = this.text.charAt(start - 1);
		if (before == MINUS && start >= 2) {
			before = this.text.charAt(start - 2);
		}
		return before < 0x80 && CharClass.isLetter(before);
	}

	private int notACount(int start, int end) {
		this.tokens.add(Tokens.NOT_A_COUNT, start, end);
		return end;
	}

	private int digitsEnd(int from) {
		int i = from;
		while (i < this.text.length() && isDigit(this.text.charAt(i))) {
			i++;
		}
		return i;
	}

	private boolean followedByDigitAfter(int at, char mark) {
		return at + 1 < this.text.length() && this.text.charAt(at) == mark && isDigit(this.text.charAt(at + 1));
	}

	private int clockEnd(int from) {
		int end = from;
		while (followedByDigitAfter(end, COLON)) {
			end = digitsEnd(end + 1);
		}
		return end;
	}

	/** The end of a date a/b/c, a-b-c or a.b.c starting here, or 0. */
	private int dateEnd(int first, int firstEnd) {
		if (firstEnd >= this.text.length()) {
			return 0;
		}
		char mark = this.text.charAt(firstEnd);
		if ((mark != SLASH && mark != MINUS && mark != DOT) || !followedByDigitAfter(firstEnd, mark)) {
			return 0;
		}
		int secondEnd = digitsEnd(firstEnd + 1);
		if (!followedByDigitAfter(secondEnd, mark)) {
			return 0;
		}
		int thirdEnd = digitsEnd(secondEnd + 1);
		int a = firstEnd - first;
		int b = secondEnd - firstEnd - 1;
		int c = thirdEnd - secondEnd - 1;
		boolean shaped = a <= 4 && b <= 2 && c <= 4 && (a == 4 || c == 4 || c == 2);
		return shaped ? thirdEnd : 0;
	}

	private int slashFraction(int start, int first, int firstEnd, boolean negative) {
		int denominatorEnd = digitsEnd(firstEnd + 1);
		if (firstEnd - first > MAX_FRACTION_DIGITS || denominatorEnd - firstEnd - 1 > MAX_FRACTION_DIGITS) {
			return notACount(start, denominatorEnd);
		}
		int numerator = Integer.parseInt(this.text.subSequence(first, firstEnd).toString());
		int denominator = Integer.parseInt(this.text.subSequence(firstEnd + 1, denominatorEnd).toString());
		if (denominator == 0 || numerator >= denominator || denominator > MAX_FRACTION_DENOMINATOR) {
			return notACount(start, denominatorEnd);
		}
		BigDecimal value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
		return add(start, denominatorEnd, negative ? value.negate() : value, Tokens.SLASH_FRACTION);
	}

	private int powerEnd(int end) {
		if (end >= this.text.length()) {
			return end;
		}
		char mark = this.text.charAt(end);
		if (mark != EXPONENT && mark != POWER) {
			return end;
		}
		int i = end + 1;
		while (i < this.text.length() && (this.text.charAt(i) == PLUS || this.text.charAt(i) == MINUS)) {
			i++;
		}
		int exponentEnd = digitsEnd(i);
		if (exponentEnd == i || exponentEnd - i > 2
				|| (exponentEnd < this.text.length() && CharClass.isLetterOrDigit(this.text.charAt(exponentEnd)))) {
			return end;
		}
		return exponentEnd;
	}

	private BigDecimal power(BigDecimal base, int end, int powerEnd) {
		int i = end + 1;
		boolean negative = false;
		while (this.text.charAt(i) == PLUS || this.text.charAt(i) == MINUS) {
			negative ^= this.text.charAt(i) == MINUS;
			i++;
		}
		int exponent = Integer.parseInt(this.text.subSequence(i, powerEnd).toString());
		if (exponent > MAX_EXPONENT) {
			return null;
		}
		BigDecimal factor = (this.text.charAt(end) == EXPONENT) ? BigDecimal.TEN : base;
		BigDecimal raised = factor.pow(exponent, MathContext.DECIMAL64);
		if (raised.signum() == 0) {
			return null;
		}
		if (negative) {
			raised = BigDecimal.ONE.divide(raised, MathContext.DECIMAL64);
		}
		return (this.text.charAt(end) == EXPONENT) ? base.multiply(raised) : raised;
	}

}
