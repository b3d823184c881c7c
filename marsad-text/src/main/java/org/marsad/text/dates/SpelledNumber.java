package org.marsad.text.dates;

/**
 * Reads numbers spelled out in words, as days (الحادي والعشرين) and years (ألف وتسعمائة
 * وثمانية وسبعون). Arabic writes units before tens and joins parts with و.
 *
 * <ul>
 * <li>a teen is a unit followed by عشر or عشرة (خمسة عشر = 15)</li>
 * <li>tens follow a unit with و (واحد وعشرين = 21)</li>
 * <li>after a hundred or thousand, any smaller part follows with و</li>
 * <li>anything else ends the number, so that lists (الأول والثاني) stay apart</li>
 * </ul>
 */
final class SpelledNumber {

	private static final int TEN = 10;

	private static final int HUNDRED = 100;

	private SpelledNumber() {
	}

	/**
	 * Reads a spelled number starting at token i.
	 * @param t the tokens
	 * @param i where the number should start
	 * @return the number and its end, or null
	 */
	static Slot read(DateTokens t, int i) {
		if (!t.is(i, WordKind.NUMBER_WORD)) {
			return null;
		}
		int total = t.value(i);
		int last = total;
		boolean teen = false;
		int j = i + 1;
		while (true) {
			int next = j;
			boolean joined = t.conjoined(next);
			if (!joined && t.is(next, WordKind.AND) && t.is(next + 1, WordKind.NUMBER_WORD)) {
				next++;
				joined = true;
			}
			if (!t.is(next, WordKind.NUMBER_WORD)) {
				return new Slot(total, j);
			}
			int v = t.value(next);
			boolean unitBefore = last >= 1 && last < TEN && !teen;
			if (!joined && v == TEN && unitBefore) {
				teen = true;
			}
			else if (joined && isTens(v) && unitBefore) {
				teen = false;
			}
			else if (joined && last >= HUNDRED && v < last) {
				teen = false;
			}
			else {
				return new Slot(total, j);
			}
			total += v;
			last = v;
			j = next + 1;
		}
	}

	private static boolean isTens(int v) {
		return v >= 2 * TEN && v < HUNDRED && v % TEN == 0;
	}

}
