package org.marsad.catalogue;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.marsad.text.normalize.ArabicFolding;

/**
 * The search key of a name: how the catalogue compares names with what people type.
 * <ul>
 * <li>folded as the text engine folds report text ({@link ArabicFolding}: hamza and alef
 * forms, teh marbuta, alef maksura, diacritics, tatweel, Arabic-Indic digits), then in
 * lower case, so «الرقّة», «الرقه» and «ٱلرقة» give one key</li>
 * <li>split into words at anything that is not a letter or digit (spaces, hyphens,
 * apostrophes), joined by one space</li>
 * <li>the article «ال» is taken off a word when at least two letters remain, so «رقة»
 * finds «الرقة» and «دير الزور» finds «دير زور»</li>
 * </ul>
 * A key holds only letters, digits and single spaces, so it is safe inside a {@code LIKE}
 * pattern.
 */
public final class NameKeys {

	private static final int MIN_AFTER_ARTICLE = 2;

	private NameKeys() {
	}

	/**
	 * The key of a name.
	 * @param name the name, or {@code null}
	 * @return the key, empty when the name holds no letter or digit
	 */
	public static String of(String name) {
		if (name == null) {
			return "";
		}
		String folded = ArabicFolding.fold(name).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(folded.length());
		int i = 0;
		while (i < folded.length()) {
			if (!Character.isLetterOrDigit(folded.charAt(i))) {
				i++;
				continue;
			}
			int end = i;
			while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
				end++;
			}
			int start = (end - i - 2 >= MIN_AFTER_ARTICLE && folded.charAt(i) == '\u0627'
					&& folded.charAt(i + 1) == '\u0644') ? i + 2 : i;
			if (key.length() > 0) {
				key.append(' ');
			}
			key.append(folded, start, end);
			i = end;
		}
		return key.toString();
	}

	/**
	 * The distinct non-empty keys of some names.
	 * @param names the names; {@code null} entries are skipped
	 * @return the keys, in the order of the names
	 */
	public static Set<String> of(Collection<String> names) {
		Set<String> keys = new LinkedHashSet<>();
		for (String name : names) {
			String key = of(name);
			if (!key.isEmpty()) {
				keys.add(key);
			}
		}
		return keys;
	}

}
