package org.marsad.bench.generate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportParagraphsTests {

	private static final long SEED = 20190123L;

	private final ReportParagraphs paragraphs = new ReportParagraphs(SEED);

	@Test
	void writesTheSameParagraphForTheSameSeedAndSequence() {
		assertThat(new ReportParagraphs(SEED).paragraph(42)).isEqualTo(this.paragraphs.paragraph(42));
	}

	@Test
	void writesDifferentParagraphsForDifferentSequences() {
		assertThat(IntStream.range(0, 100).mapToObj(this.paragraphs::paragraph).distinct()).hasSize(100);
	}

	@Test
	void writesDifferentParagraphsForDifferentSeeds() {
		assertThat(new ReportParagraphs(SEED + 1).paragraph(7)).isNotEqualTo(this.paragraphs.paragraph(7));
	}

	@Test
	void writesAboutOneKilobyteOfUtf8() {
		assertThat(sample(200)).allSatisfy((text) -> assertThat(text.getBytes(StandardCharsets.UTF_8).length)
			.isBetween(ReportParagraphs.TARGET_BYTES, ReportParagraphs.TARGET_BYTES + 400));
	}

	@Test
	void writesMostlyArabicLetters() {
		String text = this.paragraphs.paragraph(3);
		long arabic = text.chars().filter((c) -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC).count();
		assertThat(arabic).isGreaterThan(text.length() / 2);
	}

	@Test
	void namesPlacesOfTheDeirEzZorPocket() {
		String texts = String.join("\n", sample(100));
		assertThat(texts).contains("الباغوز", "هجين", "الهول");
	}

	@Test
	void writesSomeNumbersWithArabicIndicDigitsAndSomeWithAsciiDigits() {
		String texts = String.join("\n", sample(50));
		assertThat(texts).containsPattern("[٠-٩]{2}").containsPattern("[0-9]{2}");
	}

	@Test
	void statesFiguresWithQualifiers() {
		String texts = String.join("\n", sample(50));
		assertThat(texts).contains("أكثر من ", "نحو ");
	}

	@Test
	void stretchesSomeWordsWithTatweelAfterAJoiningLetter() {
		String texts = String.join("\n", sample(200));
		assertThat(texts).containsPattern("قـوات|الـتحالف|طـيران|تـنظيم|داعـش|قـسد|الـقوات|الـميليشيات")
			.doesNotContainPattern("[اأإآدذرزوؤة]ـ");
	}

	@Test
	void endsWithTheMarkerOnItsOwnLine() {
		assertThat(this.paragraphs.paragraph(9, "MRSD-0badcafe-0000009")).endsWith("\nالمرجع: MRSD-0badcafe-0000009");
	}

	@Test
	void keepsTheSameParagraphBeforeTheMarker() {
		assertThat(this.paragraphs.paragraph(9, "MRSD-0badcafe-0000009")).startsWith(this.paragraphs.paragraph(9));
	}

	@Test
	void titlesNameAPlace() {
		assertThat(this.paragraphs.title(5)).startsWith("تقرير ميداني من ");
	}

	private List<String> sample(int count) {
		return IntStream.range(0, count).mapToObj(this.paragraphs::paragraph).toList();
	}

}
