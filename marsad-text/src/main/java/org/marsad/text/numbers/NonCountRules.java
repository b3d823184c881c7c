package org.marsad.text.numbers;

import java.math.BigDecimal;

/**
 * Tells numbers that are not counts from counts, from the words around them.
 * <ul>
 * <li>digits glued to letters are units or codes (10000دولار، ١مليون، M4، UN1325،
 * F-16)</li>
 * <li>a number after a unit, text or place name is a name (الفرقة 17، اللواء 93، الكيلو
 * 7), and one after كم or سم is a power (40 كم2)</li>
 * <li>a number after a clock word or before a time-of-day word is a time (الساعة 5، 5
 * صباحاً); one before م or هـ is a year (2019 م)</li>
 * <li>a number from 1000 to 2100 after a year word is a year, in digits or in words (عام
 * 1982، عام ألفين وتسعة عشر); from 1900 to 2100 after في، منذ، خلال … or in a range of
 * years (2011-2019) too</li>
 * <li>a number right before a month name, maybe through من or شهر, is a day, also in a
 * list of days (23 و24 كانون الثاني); one right after a month name is a year or a
 * day</li>
 * <li>a number from 1900 to 2100 up to four tokens after a month name is a year (April
 * 11, 2014; September 24th, 2014)</li>
 * <li>a definite number word after اليوم، القرن، الذكرى … is an ordinal (اليوم
 * العشرين)</li>
 * <li>a/b or a number up to 31 after a day word is a date (يوم 5/6، بتاريخ 12)</li>
 * <li>الاثنين and الأحد are weekdays; بالمئة is a percentage word, not a hundred; واحد
 * after أي is a pronoun</li>
 * </ul>
 */
final class NonCountRules {

	private static final int MAX_LINK_WORDS = 2;

	private static final int MAX_TOKENS_FROM_MONTH_TO_YEAR = 4;

	private static final BigDecimal FIRST_WRITTEN_YEAR = BigDecimal.valueOf(1000);

	private static final BigDecimal FIRST_MODERN_YEAR = BigDecimal.valueOf(1900);

	private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2100);

	private static final BigDecimal LAST_DAY_OF_MONTH = BigDecimal.valueOf(31);

	private static final char HYPHEN = '-';

	private static final String ARTICLE = "ال";

	private static final char SLASH = '/';

	private final NumberVocabulary vocabulary;

	NonCountRules(NumberVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	/**
	 * Whether the reading is not a count.
	 * @param tokens the tokens
	 * @param reading the number read
	 * @return {@code true} for years, days, times, names and codes
	 */
	boolean excludes(Tokens tokens, Reading reading) {
		int first = reading.first();
		if (hasRole(tokens, first - 1, ContextRole.TIME)) {
			return true;
		}
		if (!reading.isVague() && within(reading.value(), FIRST_WRITTEN_YEAR)
				&& hasRole(tokens, first - 1, ContextRole.YEAR)) {
			return true;
		}
		if (isDefinite(tokens, first) && hasRole(tokens, first - 1, ContextRole.ORDINAL_NOUN)) {
			return true;
		}
		if (first == reading.last() && tokens.isWord(first)) {
			return hasRole(tokens, first, ContextRole.WEEKDAY) || hasRole(tokens, first, ContextRole.PERCENT_BEFORE)
					|| (tokens.word[first].is(WordKind.UNIT) && !tokens.waw[first]
							&& hasRole(tokens, first - 1, ContextRole.PRONOUN));
		}
		if (!tokens.isNumeral(first)) {
			return false;
		}
		if (tokens.has(first, Tokens.GLUED_AFTER) || tokens.has(first, Tokens.CODE)
				|| hasRole(tokens, first - 1, ContextRole.CODE)) {
			return true;
		}
		if (first != reading.last()) {
			return false;
		}
		boolean dayLike = tokens.has(first, Tokens.SLASH_FRACTION) || isDayOfMonth(tokens.value[first]);
		if (dayLike && hasRole(tokens, first - 1, ContextRole.DAY)) {
			return true;
		}
		return tokens.has(first, Tokens.PLAIN_INTEGER) && isDateOrTime(tokens, first, tokens.value[first]);
	}

	/** Where to go on after an excluded reading: past a word glued to its digits too. */
	int resumeAfter(Tokens tokens, Reading reading) {
		int next = reading.last() + 1;
		boolean glued = tokens.isNumeral(reading.last()) && tokens.has(reading.last(), Tokens.GLUED_AFTER);
		return (glued && tokens.isWord(next)) ? next + 1 : next;
	}

	private boolean isDateOrTime(Tokens tokens, int t, BigDecimal value) {
		if (hasRole(tokens, t + 1, ContextRole.TIME_AFTER) || isDay(tokens, t)) {
			return true;
		}
		if (hasRole(tokens, t - 1, ContextRole.MONTH) || hasRole(tokens, t - 1, ContextRole.MONTH_BEFORE_NUMBER)
				|| (tokens.isNumberWord(t - 1, WordKind.ORDINAL) && hasRole(tokens, t - 2, ContextRole.MONTH))) {
			return true;
		}
		if (!within(value, FIRST_MODERN_YEAR)) {
			return false;
		}
		return hasRole(tokens, t - 1, ContextRole.YEAR_WEAK) || isYearAt(tokens, t - 2) && isRangeMark(tokens, t - 1)
				|| isRangeMark(tokens, t + 1) && isYearAt(tokens, t + 2) || monthShortlyBefore(tokens, t);
	}

	private boolean isDay(Tokens tokens, int t) {
		int k = t + 1;
		boolean listed = (tokens.isConjunction(k) || tokens.isMark(k, HYPHEN)) && tokens.isNumeral(k + 1);
		if (listed) {
			k += 2;
		}
		for (int links = 0; links < MAX_LINK_WORDS && hasRole(tokens, k, ContextRole.LINK); links++) {
			k++;
		}
		return hasRole(tokens, k, ContextRole.MONTH)
				|| (hasRole(tokens, k, ContextRole.MONTH_BEFORE_NUMBER) && tokens.isNumeral(k + 1));
	}

	/** A month name before {@code t} with only a day, marks and link words between. */
	private boolean monthShortlyBefore(Tokens tokens, int t) {
		for (int k = t - 1; k >= 0 && k >= t - MAX_TOKENS_FROM_MONTH_TO_YEAR; k--) {
			if (hasRole(tokens, k, ContextRole.MONTH) || hasRole(tokens, k, ContextRole.MONTH_BEFORE_NUMBER)) {
				return true;
			}
			if (tokens.isWord(k) && !hasRole(tokens, k, ContextRole.LINK)) {
				return false;
			}
		}
		return false;
	}

	private static boolean isDefinite(Tokens tokens, int t) {
		return tokens.isWord(t) && tokens.stem[t] - tokens.start[t] >= ARTICLE.length()
				&& tokens.text.charAt(tokens.stem[t] - 2) == ARTICLE.charAt(0)
				&& tokens.text.charAt(tokens.stem[t] - 1) == ARTICLE.charAt(1);
	}

	private static boolean isDayOfMonth(BigDecimal value) {
		return value.signum() > 0 && value.compareTo(LAST_DAY_OF_MONTH) <= 0 && value.stripTrailingZeros().scale() <= 0;
	}

	private static boolean isRangeMark(Tokens tokens, int t) {
		return tokens.isMark(t, HYPHEN) || tokens.isMark(t, SLASH);
	}

	private static boolean isYearAt(Tokens tokens, int t) {
		return tokens.isNumeral(t) && tokens.has(t, Tokens.PLAIN_INTEGER) && within(tokens.value[t], FIRST_MODERN_YEAR);
	}

	private static boolean within(BigDecimal value, BigDecimal firstYear) {
		return value.compareTo(firstYear) >= 0 && value.compareTo(LAST_YEAR) <= 0;
	}

	private boolean hasRole(Tokens tokens, int t, ContextRole role) {
		if (!tokens.isWord(t)) {
			return false;
		}
		if (this.vocabulary.roles(tokens, t, tokens.start[t]).contains(role)) {
			return true;
		}
		return tokens.waw[t] && this.vocabulary.roles(tokens, t, tokens.start[t] + 1).contains(role);
	}

}
