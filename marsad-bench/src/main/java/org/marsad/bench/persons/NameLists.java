package org.marsad.bench.persons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Arabic names with their Latin spellings, read from the shared name lists (never copied
 * into the project): the Gaza name dictionary
 * ({@code gaza-name-dictionary/dict_ar_en.csv}, public domain) gives the names and
 * spellings, Google's transliteration pairs ({@code google-transliteration/ar2en.txt},
 * Apache-2.0) add spellings of the same names.
 * <ul>
 * <li>family names are the words with the article («الرومي», al-Roumi); «أبو» names are
 * left out, since the engine reads «أبو» as a kunya;</li>
 * <li>given names are the other single words of three to nine letters (longer ones are
 * two names glued); a name ending in teh marbuta, heh (which the dictionary often writes
 * for it), alef maksura or hamza is female, the others male;</li>
 * <li>names common in Syria and Iraq come first, in the order of {@link #COMMON_MALE} and
 * {@link #COMMON_FEMALE}, the rest in a fixed random order, so that a Zipf draw over the
 * list gives «محمد» to about one man in eight.</li>
 * </ul>
 *
 * @param male male given names, most common first
 * @param female female given names, most common first
 * @param families family names with their article, most common first
 * @param spellings Latin spellings of each name
 */
public record NameLists(List<String> male, List<String> female, List<String> families,
		Map<String, List<String>> spellings) {

	static final String GAZA = "gaza-name-dictionary/dict_ar_en.csv";

	static final String GOOGLE = "google-transliteration/ar2en.txt";

	static final List<String> COMMON_MALE = List.of("محمد", "أحمد", "علي", "محمود", "حسن", "خالد", "عمر", "إبراهيم",
			"يوسف", "عبدالله", "مصطفى", "حسين", "عبدالرحمن", "سعيد", "جاسم", "حمد");

	static final List<String> COMMON_FEMALE = List.of("فاطمة", "مريم", "زينب", "عائشة", "خديجة", "نور", "هدى", "سارة",
			"آمنة", "رقية");

	/** Male names that end as female names do. */
	private static final Set<String> MALE_WITH_FEMININE_ENDING = Set.of("مصطفى", "يحيى", "يحى", "موسى", "عيسى", "مرتضى",
			"مجتبى", "مرتجى", "حمزة", "حمزه", "طلحة", "أسامة", "اسامة", "أسامه", "عبده", "طه", "معاوية", "حذيفة",
			"عكرمة", "عبيدة", "قتيبة", "عطية", "خليفة", "حمودة", "حموده");

	private static final char TEH_MARBUTA = '\u0629';

	private static final char HEH = '\u0647';

	private static final char ALEF_MAKSURA = '\u0649';

	private static final char HAMZA = '\u0621';

	private static final String ARTICLE = "ال";

	private static final String ABU = "ابو";

	private static final String ABU_HAMZA = "أبو";

	private static final int MIN_LETTERS = 3;

	/** Longer words of the dictionary are two names glued («محمدمنتصر»). */
	private static final int MAX_LETTERS = 9;

	/**
	 * Reads the lists.
	 * @param names the folder {@code shared/data/names}
	 * @return the names
	 * @throws IOException when a list cannot be read
	 */
	public static NameLists read(Path names) throws IOException {
		Map<String, Set<String>> spellings = new HashMap<>();
		for (String line : Files.readAllLines(names.resolve(GAZA), StandardCharsets.UTF_8)) {
			addPair(line.split(","), spellings, true);
		}
		for (String line : Files.readAllLines(names.resolve(GOOGLE), StandardCharsets.UTF_8)) {
			String[] pair = line.split("\t");
			if (pair.length == 2 && spellings.containsKey(pair[0].strip())) {
				addPair(pair, spellings, false);
			}
		}
		List<String> male = new ArrayList<>();
		List<String> female = new ArrayList<>();
		List<String> families = new ArrayList<>();
		for (String name : spellings.keySet()) {
			if (name.startsWith(ARTICLE)) {
				families.add(name);
			}
			else if (!name.startsWith(ABU) && !name.startsWith(ABU_HAMZA) && name.length() >= MIN_LETTERS
					&& name.length() <= MAX_LETTERS) {
				(isFemale(name) ? female : male).add(name);
			}
		}
		Map<String, List<String>> lists = new HashMap<>();
		spellings.forEach((name, latin) -> lists.put(name, List.copyOf(latin)));
		return new NameLists(ordered(male, COMMON_MALE), ordered(female, COMMON_FEMALE), ordered(families, List.of()),
				lists);
	}

	private static void addPair(String[] pair, Map<String, Set<String>> spellings, boolean adds) {
		if (pair.length != 2) {
			return;
		}
		String arabic = pair[0].strip();
		String latin = pair[1].strip().toLowerCase(java.util.Locale.ROOT);
		boolean word = !arabic.isEmpty() && arabic.indexOf(' ') < 0 && arabic.indexOf('(') < 0
				&& Character.UnicodeBlock.of(arabic.charAt(0)) == Character.UnicodeBlock.ARABIC;
		boolean spelled = latin.matches("[a-z][a-z'-]*[a-z]") && latin.indexOf(' ') < 0;
		if (word && spelled && (adds || spellings.containsKey(arabic))) {
			spellings.computeIfAbsent(arabic, (a) -> new LinkedHashSet<>()).add(latin);
		}
	}

	static boolean isFemale(String name) {
		if (MALE_WITH_FEMININE_ENDING.contains(name)) {
			return false;
		}
		char last = name.charAt(name.length() - 1);
		return last == TEH_MARBUTA || last == HEH || last == ALEF_MAKSURA || (last == HAMZA && name.length() > 1);
	}

	private static List<String> ordered(List<String> names, List<String> common) {
		List<String> rest = new ArrayList<>(names);
		rest.removeAll(common);
		rest.sort(null);
		Collections.shuffle(rest, new Random(names.size()));
		List<String> ordered = new ArrayList<>();
		for (String name : common) {
			if (names.contains(name)) {
				ordered.add(name);
			}
		}
		ordered.addAll(rest);
		return List.copyOf(ordered);
	}

	/**
	 * A Latin spelling of a name.
	 * @param name the Arabic name
	 * @param random the draw
	 * @return one of its spellings, capitalised
	 */
	String latin(String name, Random random) {
		List<String> latin = this.spellings.get(name);
		String spelled = latin.get(random.nextInt(latin.size()));
		return Character.toUpperCase(spelled.charAt(0)) + spelled.substring(1);
	}

}
