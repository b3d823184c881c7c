package org.marsad.text.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures the transliteration keys of {@link NameAnalyzer} on public Arabic–English name
 * lists kept outside the repository ({@code shared/data/names}); skipped when they are
 * absent.
 *
 * <p>
 * Floors, measured on these lists (November 2026) and set a few points below:
 * <ul>
 * <li>Google transliteration pairs (15,898; many foreign names written in Arabic, and
 * some pairs that are only parts of a compound): 86.2% each way, floor
 * {@value #GOOGLE_FLOOR}%;</li>
 * <li>Gaza name dictionary (6,092 Arabic names with local Latin spellings): 97.8% Latin
 * to Arabic and 97.5% Arabic to Latin, floor {@value #GAZA_FLOOR}%;</li>
 * <li>precision: a Latin name finds the Arabic name of a random other pair in 0.06% of
 * the pairs, ceiling {@value #FALSE_MATCH_CEILING}%.</li>
 * </ul>
 * The misses that remain are mostly Latin spellings that glue the article («aljozat»),
 * foreign names with a prothetic alef («ألين», "Lin"), and s/z or t/d confusions of
 * foreign names.
 */
class TransliterationDictionaryTests {

	private static final double GOOGLE_FLOOR = 83;

	private static final double GAZA_FLOOR = 95;

	private static final double FALSE_MATCH_CEILING = 0.5;

	private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

	private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");

	@Test
	void findsGoogleTransliterationsBothWays() throws IOException {
		List<VariantPair> pairs = read("google-transliteration/ar2en.txt", "\t");
		assertThat(measure("Google ar2en", pairs))
			.allSatisfy((recall) -> assertThat(recall).isGreaterThanOrEqualTo(GOOGLE_FLOOR));
	}

	@Test
	void findsGazaDictionaryNamesBothWays() throws IOException {
		List<VariantPair> pairs = read("gaza-name-dictionary/dict_ar_en.csv", ",");
		assertThat(measure("Gaza dictionary", pairs))
			.allSatisfy((recall) -> assertThat(recall).isGreaterThanOrEqualTo(GAZA_FLOOR));
	}

	@Test
	void rarelyFindsAnotherName() throws IOException {
		List<VariantPair> pairs = read("gaza-name-dictionary/dict_ar_en.csv", ",");
		pairs.addAll(read("google-transliteration/ar2en.txt", "\t"));
		Random random = new Random(7);
		int falseMatches = 0;
		int checked = 0;
		try (VariantIndex index = new VariantIndex(new ReportTextAnalyzer(), new NameAnalyzer(), pairs)) {
			for (VariantPair pair : pairs) {
				int other = random.nextInt(pairs.size());
				if (pairs.get(other).document().equals(pair.document())) {
					continue;
				}
				checked++;
				if (index.finds("name", pair.query(), other)) {
					falseMatches++;
				}
			}
		}
		double rate = 100.0 * falseMatches / checked;
		System.out.printf("Latin name finding a random other Arabic name: %.2f%% of %d%n", rate, checked);
		assertThat(rate).isLessThanOrEqualTo(FALSE_MATCH_CEILING);
	}

	private static List<Double> measure(String name, List<VariantPair> latinToArabic) throws IOException {
		List<VariantPair> arabicToLatin = latinToArabic.stream()
			.map((pair) -> new VariantPair(pair.kind(), pair.document(), pair.query(), pair.note()))
			.toList();
		double forward = recall(latinToArabic);
		double backward = recall(arabicToLatin);
		System.out.printf("%s, %d pairs: Latin to Arabic %.1f%%, Arabic to Latin %.1f%%%n", name, latinToArabic.size(),
				forward, backward);
		return List.of(forward, backward);
	}

	private static double recall(List<VariantPair> pairs) throws IOException {
		try (VariantIndex index = new VariantIndex(new ReportTextAnalyzer(), new NameAnalyzer(), pairs)) {
			List<VariantPair> misses = index.misses(pairs);
			misses.stream()
				.limit(40)
				.forEach((pair) -> System.out.println("  missed: " + pair.query() + " -> " + pair.document()));
			return 100.0 * (pairs.size() - misses.size()) / pairs.size();
		}
	}

	/**
	 * Pairs of a name list as Latin query and Arabic document; lines without letters on
	 * both sides are skipped.
	 */
	private static List<VariantPair> read(String file, String separator) throws IOException {
		Path names = sharedNames();
		Path path = names.resolve(file);
		assumeTrue(Files.isRegularFile(path), "shared name list not found: " + path);
		Predicate<String[]> usable = (columns) -> columns.length == 2 && ARABIC_LETTER.matcher(columns[0]).find()
				&& LATIN_LETTER.matcher(columns[1]).find();
		List<VariantPair> pairs = new ArrayList<>();
		for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
			String[] columns = line.split(separator);
			if (usable.test(columns)) {
				pairs.add(new VariantPair("name/" + file, columns[1].trim(), columns[0].trim(), file));
			}
		}
		return pairs;
	}

	private static Path sharedNames() {
		Path directory = Path.of("").toAbsolutePath();
		while (directory != null) {
			Path candidate = directory.resolve("shared/data/names");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			directory = directory.getParent();
		}
		assumeTrue(false, "shared/data/names not found above " + Path.of("").toAbsolutePath() + "; skipping");
		return null;
	}

}
