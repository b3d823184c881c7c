package org.marsad.catalogue.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.marsad.catalogue.CatalogueRefused.Problem;

/**
 * Rules that places and actors share: ids, names and aliases.
 * <ul>
 * <li>an id is 1 to {@value #MAX_ID} letters, digits and {@code _ . : -}, starting with a
 * letter or digit (P-codes such as {@code SY0902}, {@code geonames:170063},
 * {@code syrian-archive-12}, {@code us_forces})</li>
 * <li>names and aliases are stripped, and empty ones dropped; each is at most
 * {@value #MAX_NAME} characters, without control characters (tabs, line breaks) or
 * {@code |}, which separate names in the catalogue's tables</li>
 * <li>an entry has an Arabic or an English name, or both</li>
 * <li>aliases are kept once each, in the order given, at most {@value #MAX_ALIASES}</li>
 * </ul>
 */
final class EntryRules {

	static final int MAX_ID = 64;

	static final int MAX_NAME = 300;

	static final int MAX_ALIASES = 200;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0," + (MAX_ID - 1) + "}");

	private EntryRules() {
	}

	/** The text stripped, or {@code null} when it is {@code null} or blank. */
	static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The aliases stripped, without blanks and repeats. */
	static List<String> cleanAliases(List<String> aliases) {
		Set<String> kept = new LinkedHashSet<>();
		if (aliases != null) {
			for (String alias : aliases) {
				String clean = clean(alias);
				if (clean != null) {
					kept.add(clean);
				}
			}
		}
		return List.copyOf(kept);
	}

	static boolean isId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	static void checkId(String id, List<Problem> problems) {
		if (!isId(id)) {
			problems.add(new Problem("id", "catalogue.error.id"));
		}
	}

	static void checkNames(String nameAr, String nameEn, List<String> aliases, List<Problem> problems) {
		if (nameAr == null && nameEn == null) {
			problems.add(new Problem("nameAr", "catalogue.error.nameRequired"));
		}
		checkName("nameAr", nameAr, problems);
		checkName("nameEn", nameEn, problems);
		if (aliases.size() > MAX_ALIASES) {
			problems.add(new Problem("aliases", "catalogue.error.tooManyAliases"));
		}
		for (String alias : aliases) {
			if (!isName(alias)) {
				problems.add(new Problem("aliases", "catalogue.error.alias"));
				return;
			}
		}
	}

	private static void checkName(String field, String name, List<Problem> problems) {
		if (name != null && !isName(name)) {
			problems.add(new Problem(field, "catalogue.error.name"));
		}
	}

	private static boolean isName(String name) {
		if (name.length() > MAX_NAME) {
			return false;
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isISOControl(c) || c == '|') {
				return false;
			}
		}
		return true;
	}

}
