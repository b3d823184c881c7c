package org.marsad.publishing.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a whole number in Arabic words, alone or with the noun it counts, in the
 * nominative, as a bulletin's style asks («ثلاثة آلاف ومئتان», «ستة آلاف عائلة»). Rules
 * (Wright, vol. 1, §§ 321–325; "Modern Written Arabic", ch. 4.2):
 * <ul>
 * <li>The number is read in groups: billions, millions, thousands, then the rest below a
 * thousand, joined by «و»; within a group, hundreds first, then units before tens («خمسة
 * وعشرون»).</li>
 * <li>Each group counts its scale word as a noun (thousands like «ألف», masculine): 1
 * takes the bare noun («ألف»), 2 the dual («ألفان»), 3–10 the plural («ثلاثة آلاف»),
 * 11–99 the accusative singular («أحد عشر ألفاً»), a round hundred the singular («مئة
 * ألف»).</li>
 * <li>With a counted noun, the last group counts it the same way: 1 «شخص واحد», 2
 * «شخصان», 3–10 «ثلاثة أشخاص», 11–99 «أحد عشر شخصاً»; when the last group is 0 or a round
 * hundred, the noun follows in the genitive singular and a dual before it loses its «ن»
 * («ثلاثة آلاف ومئتا شخص», «ألفا شخص»).</li>
 * <li>Gender: 1 and 2 agree with the noun (واحد/واحدة، اثنان/اثنتان); 3–9 take the
 * opposite gender (ثلاثة أشخاص، ثلاث عائلات), and so does 10 alone (عشرة/عشر); in 11–19
 * the ten agrees (عشر/عشرة) and the unit takes the opposite gender; tens and hundreds do
 * not change.</li>
 * <li>Without a noun, the number is written as counting a masculine noun («ثلاثة»).</li>
 * <li>A group of 1 or 2 after a larger group («مئة وواحد») is written as a number and the
 * noun follows in the accusative singular («مئة وواحد شخصاً»), the modern written
 * usage.</li>
 * </ul>
 */
final class ArabicNumberWords {

	private static final String AND = " و";

	private static final String[] UNITS_MASCULINE_NOUN = { "", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة",
			"ثمانية", "تسعة", "عشرة" };

	private static final String[] UNITS_FEMININE_NOUN = { "", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع",
			"ثماني", "تسع", "عشر" };

	private static final String[] TENS = { "", "عشر", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون",
			"تسعون" };

	private static final String[] HUNDREDS = { "", "مئة", "مئتان", "ثلاثمئة", "أربعمئة", "خمسمئة", "ستمئة", "سبعمئة",
			"ثمانمئة", "تسعمئة" };

	private static final long MAX = 999_999_999_999L;

	private ArabicNumberWords() {
	}

	/**
	 * The number in words, as counting a masculine noun that is not written.
	 * @param n from 0 to 999,999,999,999
	 * @return the words, e.g. «ثلاثة آلاف ومئتان» for 3200
	 */
	static String words(long n) {
		return phrase(n, null);
	}

	/**
	 * The number in words with the noun it counts.
	 * @param n from 0 to 999,999,999,999
	 * @param noun the counted noun, or {@code null} for the number alone
	 * @return the words, e.g. «ستة آلاف عائلة» for 6000 families
	 */
	static String words(long n, CountedNoun noun) {
		return phrase(n, noun);
	}

	private static String phrase(long n, CountedNoun noun) {
		if (n < 0 || n > MAX) {
			throw new IllegalArgumentException("out of range: " + n);
		}
		if (n == 0) {
			return (noun != null) ? "صفر " + noun.singular() : "صفر";
		}
		long[] groups = { n / 1_000_000_000L, (n / 1_000_000L) % 1000, (n / 1000) % 1000, n % 1000 };
		CountedNoun[] scales = { CountedNoun.BILLION, CountedNoun.MILLION, CountedNoun.THOUSAND, null };
		int last = 3;
		while (groups[last] == 0) {
			last--;
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i <= last; i++) {
			if (groups[i] == 0) {
				continue;
			}
			boolean followedByNoun = (i == last) && noun != null && i < 3;
			if (i < 3) {
				parts.add(group(groups[i], scales[i], followedByNoun, !parts.isEmpty()));
			}
			else {
				parts.add(group(groups[i], noun, false, !parts.isEmpty()));
			}
		}
		String words = String.join(AND, parts);
		if (last < 3 && noun != null) {
			words += " " + noun.singular();
		}
		return words;
	}

	/**
	 * One group below a thousand with the noun it counts.
	 * @param n 1 to 999
	 * @param noun the noun, or {@code null} for none
	 * @param construct whether another noun follows (a thousand of persons: «ألف شخص»,
	 * «ألفا شخص», «أحد عشر ألف شخص»)
	 * @param afterLarger whether a larger group comes before it
	 */
	private static String group(long n, CountedNoun noun, boolean construct, boolean afterLarger) {
		int hundreds = (int) (n / 100);
		int rest = (int) (n % 100);
		boolean feminine = noun != null && noun.feminine();
		if (rest == 0) {
			String word = HUNDREDS[hundreds];
			if (noun == null) {
				return word;
			}
			return ((hundreds == 2) ? "مئتا" : word) + " " + noun.singular();
		}
		String prefix = (hundreds > 0) ? HUNDREDS[hundreds] + AND : "";
		if (noun == null) {
			return prefix + belowHundred(rest, false);
		}
		if (hundreds == 0 && (!afterLarger || noun.scale()) && rest <= 2) {
			if (rest == 1) {
				return construct ? noun.singular() : noun.singular() + ((noun.scale()) ? "" : " " + one(feminine));
			}
			return construct ? noun.dualConstruct() : noun.dual();
		}
		String number = belowHundred(rest, feminine);
		if (rest >= 3 && rest <= 10) {
			return prefix + number + " " + noun.plural();
		}
		return prefix + number + " " + (construct ? noun.singular() : noun.accusative());
	}

	private static String one(boolean feminine) {
		return feminine ? "واحدة" : "واحد";
	}

	/** 1–99, for a noun of the given gender. */
	private static String belowHundred(int n, boolean feminineNoun) {
		int units = n % 10;
		int tens = n / 10;
		String[] unitWords = feminineNoun ? UNITS_FEMININE_NOUN : UNITS_MASCULINE_NOUN;
		if (n <= 10) {
			return unitWords[n];
		}
		if (n < 20) {
			String ten = feminineNoun ? "عشرة" : "عشر";
			if (units == 1) {
				return (feminineNoun ? "إحدى" : "أحد") + " " + ten;
			}
			if (units == 2) {
				return (feminineNoun ? "اثنتا" : "اثنا") + " " + ten;
			}
			return unitWords[units] + " " + ten;
		}
		if (units == 0) {
			return TENS[tens];
		}
		String unit = (units == 1) ? (feminineNoun ? "إحدى" : "واحد") : unitWords[units];
		return unit + AND + TENS[tens];
	}

}
