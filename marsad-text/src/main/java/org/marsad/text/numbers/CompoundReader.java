package org.marsad.text.numbers;

import java.math.BigDecimal;

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
 * <li>أحد and إحدى are one only before a definite noun (أحد المدنيين) or in a teen (أحد
 * عشر); alone they are pronouns (لم يصب أحد)</li>
 * <li>خمس and ثمن are fractions before a definite noun, alone, or after a full unit (خمس
 * الفطيرة، ثلاثة وخمس); otherwise خمس is five and ثمن (price) no number</li>
 * </ul>
 * One instance per text: it keeps the state of the number being read.
 */
final class CompoundReader {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

	private static final BigDecimal DOZEN = BigDecimal.valueOf(12);

	private static final int UNITS = CompoundValue.UNITS;

	private static final int TENS = CompoundValue.TENS;

	private static final int HUNDREDS = CompoundValue.HUNDREDS;

	private static final int ALL = CompoundValue.ALL;

	private static final char HYPHEN = '-';

	private static final String ARTICLE = "ال";

	private enum Link {

		START, WAW, ADJACENT, NONE

	}

	private final Tokens tokens;

	private final CompoundValue value = new CompoundValue();

	private int last;

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
		this.value.reset();
		this.last = -1;
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
			else if (this.tokens.isMark(next, HYPHEN) && this.tokens.isLatin(this.last)
					&& this.tokens.isLatin(next + 1)) {
				next++;
			}
			else if (this.tokens.isWord(next) && this.tokens.stem[next] > this.tokens.start[next]) {
				link = this.tokens.waw[next] ? Link.WAW : Link.NONE;
			}
			if (!take(next, link)) {
				break;
			}
		}
		return Reading.exact(first, this.last, this.value.value());
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
			case TEEN_HEAD -> teenHead(t, v, link);
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
			boolean mixed = link == Link.ADJACENT && !glued && this.tokens.isNumeral(this.last)
					&& !this.value.isFree(ALL) && !this.value.hasTotal();
			if (link != Link.START && !mixed) {
				return false;
			}
			this.value.addMixedFraction(v);
			return end(t);
		}
		boolean small = v.signum() > 0 && v.stripTrailingZeros().scale() <= 0 && v.compareTo(THOUSAND) < 0;
		if (link == Link.START) {
			return add(v, ALL, link, t, small);
		}
		int mask = !small ? ALL : (v.compareTo(TEN) < 0) ? UNITS : (v.compareTo(HUNDRED) < 0) ? UNITS | TENS : ALL;
		return link == Link.WAW && small && add(v, mask, link, t, true);
	}

	private boolean unit(int t, BigDecimal v, Link link) {
		if (isBare(t + 1, WordKind.TEN)) {
			return add(v.add(TEN), UNITS | TENS, link, t + 1, false);
		}
		if (link == Link.WAW && !this.value.isFree(UNITS) && isBare(t + 1, WordKind.DENOMINATOR)) {
			this.value.add(v, 0, false);
			this.value.divide(this.tokens.word[t + 1].value());
			return end(t + 1);
		}
		return add(v, UNITS, link, t, true);
	}

	private boolean teenHead(int t, BigDecimal v, Link link) {
		if (isBare(t + 1, WordKind.TEN)) {
			return add(v.add(TEN), UNITS | TENS, link, t + 1, false);
		}
		boolean oneOf = link == Link.START && v.compareTo(BigDecimal.ONE) == 0 && definiteNounAt(t + 1);
		return oneOf && add(v, ALL, link, t, false);
	}

	private boolean ambiguousFraction(int t, NumberWord word, Link link) {
		BigDecimal cardinal = word.low();
		if (link == Link.ADJACENT && cardinal != null && this.value.hasCurrent()) {
			return divide(t, cardinal);
		}
		if (link == Link.START && (definiteNounAt(t + 1) || !this.tokens.isWord(t + 1))) {
			this.value.add(word.value(), ALL, false);
			this.last = t;
			return true;
		}
		if (link == Link.WAW && !this.value.isFree(UNITS)) {
			this.value.addFraction(word.value());
			return end(t);
		}
		return cardinal != null && unit(t, cardinal, link);
	}

	private boolean add(BigDecimal v, int mask, Link link, int end, boolean canMultiply) {
		boolean started = this.last >= 0;
		boolean allowed = switch (link) {
			case START -> true;
			case WAW -> started && this.value.isFree(mask) && (mask != HUNDREDS || this.value.isGroupEmpty());
			case ADJACENT -> started && this.tokens.isLatin(end) && this.tokens.isLatin(this.last)
					&& this.value.isFree(mask) && mask != HUNDREDS;
			case NONE -> false;
		};
		if (allowed) {
			this.value.add(v, mask, canMultiply);
			this.last = end;
		}
		return allowed;
	}

	private boolean hundred(int t, Link link) {
		if (link == Link.ADJACENT && this.value.isMultipliable()) {
			this.value.multiplyByHundred();
			this.last = t;
			return true;
		}
		return add(HUNDRED, HUNDREDS, link, t, false);
	}

	private boolean scale(int t, BigDecimal v, Link link) {
		boolean smaller = this.value.isBelowLastScale(v);
		if (link == Link.START || (link == Link.WAW && !this.value.hasCurrent() && this.value.hasTotal() && smaller)) {
			this.value.addScale(v, v);
		}
		else if (link == Link.ADJACENT && this.value.hasCurrent() && smaller) {
			this.value.multiplyByScale(v);
		}
		else {
			return false;
		}
		this.last = t;
		return true;
	}

	private boolean dual(int t, BigDecimal v, Link link) {
		boolean afterLarger = link == Link.WAW && !this.value.hasCurrent() && this.value.hasTotal()
				&& this.value.isBelowLastScale(v);
		if (link != Link.START && !afterLarger) {
			return false;
		}
		this.value.addScale(v.add(v), v);
		this.last = t;
		return true;
	}

	private boolean fraction(int t, BigDecimal v, Link link) {
		if (link == Link.START) {
			return add(v, ALL, link, t, false);
		}
		if (link != Link.WAW || this.last < 0) {
			return false;
		}
		this.value.addFraction(v);
		return end(t);
	}

	private boolean divide(int t, BigDecimal denominator) {
		if (this.last < 0 || !this.value.canDivide()) {
			return false;
		}
		this.value.divide(denominator);
		return end(t);
	}

	private boolean dozen(int t, Link link) {
		if (link == Link.START) {
			return add(DOZEN, ALL, link, t, false);
		}
		if (link != Link.ADJACENT || !this.value.hasCurrent()) {
			return false;
		}
		this.value.multiplyGroup(DOZEN);
		this.last = t;
		return true;
	}

	private boolean end(int t) {
		this.last = t;
		this.ended = true;
		return true;
	}

	private boolean isConjunction(int t) {
		return this.tokens.isConjunction(t);
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
