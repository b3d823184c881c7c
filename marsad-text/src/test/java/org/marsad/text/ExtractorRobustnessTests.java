package org.marsad.text;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that a report inbox receives sooner or later: noise, huge pastes, digits only,
 * punctuation only, mixed scripts and broken quotes. The engine must return a result
 * whose spans are valid slices of the input, never throw.
 */
class ExtractorRobustnessTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	private static final String PARAGRAPH = "ووثق المرصد 23200 شخصاً من الجنسية العراقية ضمن أكثر من 6000 عائلة، "
			+ "خرجوا منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري، ونقلوا إلى مخيمات منطقة الهول. ";

	private static Extractor extractor;

	@BeforeAll
	static void build() {
		extractor = Extractor.standard();
	}

	private static Extraction extractValid(String text) {
		Extraction extraction = extractor.extract(text, PUBLISHED);
		extraction.numbers().forEach((m) -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
		extraction.dates().forEach((m) -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
		extraction.places().forEach((m) -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
		extraction.actors().forEach((m) -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
		extraction.figures().forEach((m) -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
		extraction.events().forEach((m) -> assertThat(m.start()).isBetween(0, m.end()));
		extraction.events().forEach((m) -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
		return extraction;
	}

	@Test
	void survivesRandomStrings() {
		Random random = new Random(20190131);
		String alphabet = "0123456789٠١٢٣٤٥٦٧٨٩ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ًٌٍَُِّْـ.,،؛:!?؟«»\"'()-–\n\t"
				+ "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u200f\u200e\u00a0\ud83d\ude00\ud800";
		for (int n = 0; n < 2000; n++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(200);
			for (int i = 0; i < length; i++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			extractValid(text.toString());
		}
	}

	@Test
	void survivesTenMegabytes() {
		StringBuilder text = new StringBuilder(10 * 1024 * 1024 + PARAGRAPH.length());
		while (text.length() < 10 * 1024 * 1024) {
			text.append(PARAGRAPH);
		}
		assertThat(extractValid(text.toString()).events()).isNotEmpty();
	}

	@Test
	void survivesOnlyDigits() {
		extractValid("1234567890".repeat(1000));
		extractValid("٠١٢٣٤٥٦٧٨٩".repeat(1000));
	}

	@Test
	void survivesOnlyPunctuation() {
		assertThat(extractValid(".,،؛:!?؟«»\"'()-–…".repeat(500)).figures()).isEmpty();
	}

	@Test
	void survivesMixedScripts() {
		extractValid("خرج 300 people من Baghuz إلى مخيم al-Hol، Более 200 семей, 500 家庭 ١٢٠٠ عائلة");
	}

	@Test
	void survivesUnbalancedQuotes() {
		extractValid("قال \"مصدر: «خرج 300 شخص من الباغوز (يوم أمس» \" ' ( [ {");
	}

	@Test
	void survivesEmptyAndBlankText() {
		assertThat(extractValid("").language()).isEqualTo(Language.OTHER);
		assertThat(extractValid(" \n\t ").events()).isEmpty();
	}

}
