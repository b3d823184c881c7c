package org.marsad.text.numbers;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads one exact number made of numerals and number words, in Arabic and in English.
 *
 * <p>
 * The value is built as {@code total} (finished groups of thousands, millions …) plus
 * {@code current} (the group below a thousand being read), as in most number-word parsers
 * (e.g. Microsoft Recognizers-Text). Rules:
 * <ul>
 * <li>Arabic parts are joined by و (خمسة وعشرون، مائة وستة عشر); English parts may touch
 * (twenty-five, two hundred fifty)</li>
 * <li>a unit right before عشر makes a teen (ثلاثة عشر); a unit or a numeral right before
 * مئة multiplies it (ثلاث مئة، ٣ مئة)</li>
 * <li>a count right before a scale multiplies it (ثلاثة آلاف، 2.5 مليون، مائتا ألف);
 * after a scale only smaller parts follow (مليون وخمسمائة ألف)</li>
 * <li>each of units, tens and hundreds is filled once, so «ثلاثمائة و مائتين» and «300 و
 * 212» are two numbers</li>
 * <li>a fraction after و is added, of the last scale when nothing follows it (مليون ونصف
 * = 1,500,000); a count before أخماس، أرباع … is divided (ثلاثة أرباع)</li>
 * <li>خمس and ثمن are fractions before a definite noun, alone, or after a full unit (خمس
 * الفطيرة، ثلاثة وخمس); otherwise خمس is five and ثمن (price) no number</li>
 * </ul>
 * One instance per text: it keeps the state of the number being read.
 */
final class CompoundReader {

	private static final int UNITS = 1;

	private static final int TENS = 2;

	private static final int HUNDREDS = 4;

	private static final int ALL = UNITS | TENS | HUNDREDS;

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private static final BigDecimal DOZEN = BigDecimal.valueOf(12);

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private static final String ARTICLE = "ال";

	private enum Link {

		START, WAW, ADJACENT, NONE

	}

	private final Tokens tokens;

	private BigDecimal total;

	private BigDecimal current;

	private BigDecimal lastAdded;

	private BigDecimal lastScale;

	private int bits;

	private int last;

	private boolean multipliable;

	private boolean ended;

	CompoundReader(Tokens tokens) {
		this.tokens = tokens;
	}

	/**
	 * Reads the exact number that starts at token {@code first}.
	 * @param first a numeral or a number word
	 * @return the reading, or {@code null}
	 */
	Reading read(int first) {
		this.total = BigDecimal.ZERO;
		this.current = BigDecimal.ZERO;
		this.lastAdded = BigDecimal.ZERO;
		this.lastScale = null;
		this.bits = 0;
		this.last = -1;
		this.multipliable = false;
		this.ended = false;
		if (!take(first, Link.START)) {
			return null;
		}
		while (!this.ended) {
			int next = this.last + 1;
			Link link = Link.ADJACENT;
			if (isConjunction(next)) {
				link = Link.WAW;
				next++;
			}
			else if (this.tokens.isMark(next, '-') && this.tokens.isLatin(this.last) && this.tokens.isLatin(next + 1)) {
				next++;
			}
			else if (this.tokens.isWord(next) && this.tokens.stem[next] > this.tokens.start[next]) {
				link = this.tokens.waw[next] ? Link.WAW : Link.NONE;
			}
			if (!take(next, link)) {
				break;
			}
		}
		return Reading.exact(first, this.last, this.total.add(this.current));
	}

	private boolean take(int t, Link link) {
		if (link == Link.NONE) {
			return false;
		}
		if (this.tokens.isNumeral(t)) {
			return numeral(t, link);
		}
		NumberWord word = this.tokens.numberWord(t);
		if (word == null) {
			return false;
		}
		BigDecimal v = word.value();
		return switch (word.kind()) {
			case UNIT -> unit(t, v, link);
			case AMBIGUOUS_FRACTION -> ambiguousFraction(t, word, link);
			case TEEN_HEAD -> isBare(t + 1, WordKind.TEN) && add(v.add(TEN), UNITS | TENS, link, t + 1, false);
			case TEN, TEEN -> add(v, UNITS | TENS, link, t, false);
			case TENS -> add(v, TENS, link, t, false);
			case HUNDRED -> hundred(t, link);
			case HUNDREDS -> add(v, HUNDREDS, link, t, false);
			case SCALE -> scale(t, v, link);
			case SCALE_PLURAL -> link == Link.ADJACENT && scale(t, v, link);
			case SCALE_DUAL -> dual(t, v, link);
			case FRACTION -> fraction(t, v, link);
			case DENOMINATOR -> link == Link.ADJACENT && divide(t, v);
			case DOZEN -> dozen(t, link);
			default -> false;
		};
	}

	private boolean numeral(int t, Link link) {
		BigDecimal v = this.tokens.value[t];
		boolean glued = this.tokens.has(t, Tokens.GLUED_AFTER) || this.tokens.has(t, Tokens.CODE);
		if (this.tokens.has(t, Tokens.SLASH_FRACTION) || glued) {
			boolean mixed = link == Link.ADJACENT && !glued && this.tokens.isNumeral(this.last) && this.bits == ALL
					&& this.total.signum() == 0;
			if (link != Link.START && !mixed) {
				return false;
			}
			this.current = (this.current.signum() < 0) ? this.current.subtract(v) : this.current.add(v);
			this.last = t;
			this.ended = true;
			return true;
		}
		boolean integer = v.signum() > 0 && v.stripTrailingZeros().scale() <= 0;
		int mask = ALL;
		if (integer && v.compareTo(THOUSAND) < 0) {
			mask = (v.compareTo(TEN) < 0) ? UNITS : (v.compareTo(HUNDRED) < 0) ? UNITS | TENS : ALL;
		}
		if (link == Link.START) {
			add(v, ALL, link, t, integer && v.compareTo(THOUSAND) < 0);
			return true;
		}
		return link == Link.WAW && mask != ALL && add(v, mask, link, t, true);
	}

	private boolean unit(int t, BigDecimal v, Link link) {
		if (isBare(t + 1, WordKind.TEN)) {
			return add(v.add(TEN), UNITS | TENS, link, t + 1, false);
		}
		if (link == Link.WAW && (this.bits & UNITS) != 0 && isBare(t + 1, WordKind.DENOMINATOR)) {
			BigDecimal denominator = this.tokens.word[t + 1].value();
			this.current = this.current.add(v.divide(denominator, PRECISION));
			this.last = t + 1;
			this.ended = true;
			return true;
		}
		return add(v, UNITS, link, t, true);
	}

	private boolean ambiguousFraction(int t, NumberWord word, Link link) {
		BigDecimal cardinal = word.low();
		if (link == Link.ADJACENT && cardinal != null && this.last >= 0 && this.current.signum() != 0) {
			return divide(t, cardinal);
		}
		boolean alone = link == Link.START && (definiteNounAt(t + 1) || !this.tokens.isWord(t + 1));
		boolean afterUnit = link == Link.WAW && (this.bits & UNITS) != 0;
		if (alone || afterUnit) {
			this.current = this.current.add(word.value());
			this.bits = ALL;
			this.last = t;
			this.ended = afterUnit;
			return true;
		}
		return cardinal != null && unit(t, cardinal, link);
	}

	private boolean add(BigDecimal v, int mask, Link link, int end, boolean canMultiply) {
		boolean started = this.last >= 0;
		boolean allowed = switch (link) {
			case START -> true;
			case WAW -> started && (this.bits & mask) == 0 && (mask != HUNDREDS || this.bits == 0);
			case ADJACENT -> started && this.tokens.isLatin(end) && this.tokens.isLatin(this.last)
					&& (this.bits & mask) == 0 && mask != HUNDREDS;
			case NONE -> false;
		};
		if (!allowed) {
			return false;
		}
		this.current = this.current.add(v);
		this.bits |= mask;
		this.lastAdded = v;
		this.last = end;
		this.multipliable = canMultiply && this.current.compareTo(v) == 0;
		return true;
	}

	private boolean hundred(int t, Link link) {
		if (link == Link.ADJACENT && this.multipliable) {
			this.current = this.current.multiply(HUNDRED);
			this.bits = HUNDREDS;
			this.lastAdded = this.current;
			this.last = t;
			this.multipliable = false;
			return true;
		}
		return add(HUNDRED, HUNDREDS, link, t, false);
	}

	private boolean scale(int t, BigDecimal v, Link link) {
		boolean smaller = this.lastScale == null || v.compareTo(this.lastScale) < 0;
		if (link == Link.START) {
			this.total = v;
		}
		else if (link == Link.ADJACENT && this.current.signum() != 0 && smaller) {
			this.total = this.total.add(this.current.multiply(v));
		}
		else if (link == Link.WAW && this.current.signum() == 0 && this.total.signum() > 0 && smaller) {
			this.total = this.total.add(v);
		}
		else {
			return false;
		}
		startGroup(t, v);
		return true;
	}

	private boolean dual(int t, BigDecimal v, Link link) {
		boolean afterLarger = link == Link.WAW && this.current.signum() == 0 && this.total.signum() > 0
				&& this.lastScale != null && v.compareTo(this.lastScale) < 0;
		if (link != Link.START && !afterLarger) {
			return false;
		}
		this.total = this.total.add(v.add(v));
		startGroup(t, v);
		return true;
	}

	private void startGroup(int t, BigDecimal scale) {
		this.current = BigDecimal.ZERO;
		this.bits = 0;
		this.lastAdded = BigDecimal.ZERO;
		this.lastScale = scale;
		this.multipliable = false;
		this.last = t;
	}

	private boolean fraction(int t, BigDecimal v, Link link) {
		if (link == Link.START) {
			add(v, ALL, link, t, false);
			return true;
		}
		if (link != Link.WAW || this.last < 0) {
			return false;
		}
		if (this.current.signum() == 0 && this.lastScale != null) {
			this.total = this.total.add(v.multiply(this.lastScale));
		}
		else {
			this.current = this.current.add(v);
		}
		this.last = t;
		this.ended = true;
		return true;
	}

	private boolean divide(int t, BigDecimal denominator) {
		if (this.last < 0 || this.lastAdded.signum() == 0) {
			return false;
		}
		if (this.lastAdded.compareTo(TEN) < 0 && this.lastAdded.compareTo(this.current) != 0) {
			this.current = this.current.subtract(this.lastAdded).add(this.lastAdded.divide(denominator, PRECISION));
		}
		else {
			this.current = this.current.divide(denominator, PRECISION);
		}
		this.last = t;
		this.ended = true;
		return true;
	}

	private boolean dozen(int t, Link link) {
		if (link == Link.START) {
			add(DOZEN, ALL, link, t, false);
			return true;
		}
		if (link != Link.ADJACENT || this.current.signum() == 0) {
			return false;
		}
		this.current = this.current.multiply(DOZEN);
		this.bits = ALL;
		this.last = t;
		return true;
	}

	private boolean isConjunction(int t) {
		return this.tokens.spells(t, "و") || this.tokens.spells(t, "and");
	}

	private boolean isBare(int t, WordKind kind) {
		return this.tokens.isNumberWord(t, kind) && this.tokens.stem[t] == this.tokens.start[t];
	}

	private boolean definiteNounAt(int t) {
		return this.tokens.isWord(t) && this.tokens.word[t] == null && this.tokens.end[t] - this.tokens.start[t] > 2
				&& this.tokens.text.charAt(this.tokens.start[t]) == ARTICLE.charAt(0)
				&& this.tokens.text.charAt(this.tokens.start[t] + 1) == ARTICLE.charAt(1);
	}

}
