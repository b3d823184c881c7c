package org.marsad.text.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Generates the written forms of a nationality from its stems, so that the data file
 * lists each nationality once.
 *
 * <p>
 * Arabic rules, for a nisba stem S (masculine singular, ending in ي, e.g. «عراقي»):
 * <ul>
 * <li>S, S+ة (feminine), S+ان and S+ين (dual), S+ون and S+ين (masculine plural), S+ات
 * (feminine plural), S+تان and S+تين (feminine dual): عراقي، عراقية، عراقيان، عراقيين،
 * عراقيون، عراقيات، عراقيتان، عراقيتين</li>
 * <li>each also with the article: العراقي، العراقيين ...</li>
 * <li>«الجنسية ال»+S+ة and «من الجنسية ال»+S+ة, so that «من الجنسية العراقية» is one
 * mention</li>
 * <li>a broken plural P (روس، أتراك، أفغان) gives P and ال+P</li>
 * <li>hamza forms, teh marbuta and diacritics need no forms of their own: the matcher
 * folds them</li>
 * </ul>
 * English rules, for a singular demonym D: D, and D+s unless D ends in -ese, -ish, -ch,
 * -sh, -s, -x or -z (French, Dutch, Lebanese stay as they are).
 */
public final class NationalityForms {

	private static final String ARTICLE = "ال";

	private static final String TEH_MARBUTA = "ة";

	private static final List<String> ARABIC_ENDINGS = List.of("", TEH_MARBUTA, "ان", "ين", "ون", "ات", "تان", "تين");

	private static final List<String> NATIONALITY_PHRASES = List.of("الجنسية ", "من الجنسية ");

	private static final List<String> UNCOUNTED_ENDINGS = List.of("ese", "ish", "ch", "sh", "s", "x", "z");

	private NationalityForms() {
	}

	/**
	 * Forms of an Arabic nisba stem.
	 * @param stem the stem, e.g. «عراقي»
	 * @return its forms
	 */
	public static List<String> arabic(String stem) {
		List<String> forms = new ArrayList<>();
		for (String ending : ARABIC_ENDINGS) {
			forms.add(stem + ending);
			forms.add(ARTICLE + stem + ending);
		}
		for (String phrase : NATIONALITY_PHRASES) {
			forms.add(phrase + ARTICLE + stem + TEH_MARBUTA);
		}
		return forms;
	}

	/**
	 * Forms of an Arabic broken plural.
	 * @param plural the plural, e.g. «روس»
	 * @return its forms
	 */
	public static List<String> arabicPlural(String plural) {
		return List.of(plural, ARTICLE + plural);
	}

	/**
	 * Forms of an English demonym.
	 * @param demonym the singular, e.g. "Iraqi"
	 * @return its forms
	 */
	public static List<String> english(String demonym) {
		String lower = demonym.toLowerCase(Locale.ROOT);
		boolean uncounted = UNCOUNTED_ENDINGS.stream().anyMatch(lower::endsWith);
		return uncounted ? List.of(demonym) : List.of(demonym, demonym + "s");
	}

}
