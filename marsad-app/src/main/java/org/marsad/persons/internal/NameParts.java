package org.marsad.persons.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parts of an Arabic full name as written, when the documenter gave none: a first
 * reading that the documenter can correct on the form.
 * <ul>
 * <li>words are split on white space; «عبد» and «أبو»/«أم» join the word after them («عبد
 * الله»، «أبو بكر»)</li>
 * <li>the first «أبو …»/«أم …» is the kunya</li>
 * <li>nasab markers «بن»، «ابن»، «بنت» are dropped</li>
 * <li>of the words left: given name, father, grandfather; a last word beyond the third,
 * or a last word with the article «ال» beyond the first, is the family or tribe</li>
 * </ul>
 * Record linkage reads the same names with its own, fuller parser.
 *
 * @param given the given name
 * @param father the father's name
 * @param grandfather the grandfather's name
 * @param family the family or tribe
 * @param kunya the kunya or laqab
 */
record NameParts(String given, String father, String grandfather, String family, String kunya) {

	private static final Set<String> JOINS_NEXT = Set.of("عبد", "أبو", "ابو", "أبي", "ابي", "أم", "ام");

	private static final Set<String> KUNYA = Set.of("أبو", "ابو", "أبي", "ابي", "أم", "ام");

	private static final Set<String> NASAB = Set.of("بن", "ابن", "بنت");

	private static final String ARTICLE = "ال";

	static NameParts parse(String fullName) {
		List<String> words = joined(fullName.strip().split("\\s+"));
		String kunya = null;
		List<String> rest = new ArrayList<>();
		for (String word : words) {
			if (kunya == null && KUNYA.contains(word.split(" ")[0])) {
				kunya = word;
			}
			else if (!NASAB.contains(word)) {
				rest.add(word);
			}
		}
		String family = null;
		if (rest.size() > 3 || (rest.size() > 1 && rest.get(rest.size() - 1).startsWith(ARTICLE))) {
			family = rest.remove(rest.size() - 1);
		}
		return new NameParts(at(rest, 0), at(rest, 1), at(rest, 2), family, kunya);
	}

	private static List<String> joined(String[] words) {
		List<String> joined = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			if (JOINS_NEXT.contains(words[i]) && i + 1 < words.length) {
				joined.add(words[i] + " " + words[++i]);
			}
			else if (!words[i].isEmpty()) {
				joined.add(words[i]);
			}
		}
		return joined;
	}

	private static String at(List<String> words, int index) {
		return (index < words.size()) ? String.join(" ", words.subList(index, (index == 2) ? words.size() : index + 1))
				: null;
	}

}
