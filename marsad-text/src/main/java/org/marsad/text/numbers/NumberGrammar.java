package org.marsad.text.numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Reads the number that starts at a token: an exact compound ({@link CompoundReader}), a
 * negative, a ratio, or a vague quantity.
 * <ul>
 * <li>سالب and ناقص negate the number after them</li>
 * <li>a number, then على، جزء من or أجزاء من, then a number, is a ratio (واحد على عشرين =
 * 0.05, ثلاثة أجزاء من عشرة = 0.3); so is a number, then من, then a larger number (واحد
 * من ثلاثة), but not «ارتفع إلى 300 من 250»; جزء من alone before a number is one part of
 * it</li>
 * <li>عشرات، مئات، آلاف، بضعة، عدة give bounds, multiplied by a plural scale after them
 * (عشرات الآلاف = 20,000–99,000, hundreds of thousands)</li>
 * <li>an ordinal hides the عشر or the tens after it (الخامس عشر، الحادي والعشرين)</li>
 * </ul>
 * One instance per text: it keeps the state of the number being read.
 */
final class NumberGrammar {

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private static final List<String> RATIO_WORDS = List.of("علي", "من");

	private static final List<String> PART_WORDS = List.of("جزء", "اجزاء");

	private static final String OF = "من";

	private static final String ENGLISH_OF = "of";

	private final Tokens tokens;

	private final CompoundReader compounds;

	NumberGrammar(Tokens tokens) {
		this.tokens = tokens;
		this.compounds = new CompoundReader(tokens);
	}

	/**
	 * Reads the number that starts at token {@code t}.
	 * @param t a token index
	 * @return the reading, or {@code null} when no number starts there
	 */
	Reading read(int t) {
		if (this.tokens.isNumeral(t)) {
			return ratio(this.compounds.read(t));
		}
		if (isPartOf(t)) {
			Reading whole = this.compounds.read(t + 2);
			return (whole == null || whole.value().signum() == 0) ? null
					: Reading.exact(t, whole.last(), BigDecimal.ONE.divide(whole.value(), PRECISION));
		}
		NumberWord word = this.tokens.numberWord(t);
		if (word == null) {
			return null;
		}
		return switch (word.kind()) {
			case NEGATIVE -> negative(t);
			case VAGUE, SCALE_PLURAL -> vague(t, word);
			case ZERO -> Reading.exact(t, t, BigDecimal.ZERO);
			case ORDINAL, DENOMINATOR -> null;
			default -> ratio(this.compounds.read(t));
		};
	}

	/** The last token of the ordinal at {@code t}: الخامس عشر، الحادي والعشرين. */
	int ordinalEnd(int t) {
		int end = t;
		if (isBare(end + 1, WordKind.TEN)) {
			end++;
		}
		if (this.tokens.isConjunction(end + 1) && this.tokens.isNumberWord(end + 2, WordKind.TENS)) {
			end += 2;
		}
		else if (this.tokens.isNumberWord(end + 1, WordKind.TENS) && this.tokens.waw[end + 1]) {
			end++;
		}
		return end;
	}

	private Reading ratio(Reading part) {
		if (part == null || part.value().signum() == 0) {
			return part;
		}
		int k = part.last() + 1;
		if (spellsAny(k, PART_WORDS) && this.tokens.spells(k + 1, OF)) {
			k++;
		}
		else if (!spellsAny(k, RATIO_WORDS)) {
			return part;
		}
		if (!startsExactNumber(k + 1)) {
			return part;
		}
		int first = part.first();
		BigDecimal numerator = part.value();
		boolean partOf = k > part.last() + 1;
		Reading whole = this.compounds.read(k + 1);
		boolean smaller = whole != null && numerator.compareTo(whole.value()) < 0;
		if (whole == null || whole.value().signum() == 0 || (this.tokens.spells(k, OF) && !partOf && !smaller)) {
			return part;
		}
		return Reading.exact(first, whole.last(), numerator.divide(whole.value(), PRECISION));
	}

	private boolean startsExactNumber(int t) {
		if (this.tokens.isNumeral(t)) {
			return this.tokens.has(t, Tokens.PLAIN_INTEGER) && !this.tokens.has(t, Tokens.GLUED_AFTER);
		}
		NumberWord word = this.tokens.numberWord(t);
		return word != null && this.tokens.stem[t] == this.tokens.start[t] && switch (word.kind()) {
			case UNIT, TEEN_HEAD, TEN, TEEN, TENS, HUNDRED, HUNDREDS, SCALE -> true;
			default -> false;
		};
	}

	private boolean spellsAny(int t, List<String> words) {
		for (String word : words) {
			if (this.tokens.spells(t, word)) {
				return true;
			}
		}
		return false;
	}

	private boolean isPartOf(int t) {
		return this.tokens.spells(t, PART_WORDS.get(0)) && this.tokens.spells(t + 1, OF) && startsExactNumber(t + 2);
	}

	private Reading negative(int t) {
		NumberWord next = this.tokens.numberWord(t + 1);
		if (!this.tokens.isNumeral(t + 1) && (next == null || next.is(WordKind.NEGATIVE))) {
			return null;
		}
		Reading reading = read(t + 1);
		return (reading == null || reading.isVague()) ? null : reading.negated(t);
	}

	private Reading vague(int t, NumberWord word) {
		BigDecimal low = word.low();
		BigDecimal high = word.high();
		int end = t;
		int next = this.tokens.spells(t + 1, ENGLISH_OF) ? t + 2 : t + 1;
		NumberWord multiplier = this.tokens.numberWord(next);
		if (multiplier != null && !this.tokens.waw[next] && isMultiplier(multiplier)) {
			low = low.multiply(multiplier.value());
			high = high.multiply(multiplier.value());
			end = next;
		}
		return Reading.vague(t, end, low, high);
	}

	private static boolean isMultiplier(NumberWord word) {
		return switch (word.kind()) {
			case SCALE, SCALE_PLURAL, HUNDRED -> true;
			case VAGUE -> word.value().compareTo(TEN) >= 0;
			default -> false;
		};
	}

	private boolean isBare(int t, WordKind kind) {
		return this.tokens.isNumberWord(t, kind) && this.tokens.stem[t] == this.tokens.start[t];
	}

}
