package org.marsad.web;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.web.TemplateTextChecker.Finding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template checker finds what it is meant to find, on deliberately bad and good
 * fixtures, so that a clean result on the real templates means something.
 */
class TemplateTextCheckerTests {

	private static final Path FIXTURES = Path.of("src/test/resources/fixtures/templates");

	private final List<Finding> badFindings = TemplateTextChecker.hardCodedText("bad.html",
			TemplateTextChecker.read(FIXTURES.resolve("bad.html")));

	@Test
	void findsArabicTextNodeWrittenIntoTemplate() {
		assertThat(this.badFindings).contains(new Finding("bad.html", "text", "تقرير جديد"));
	}

	@Test
	void findsEnglishTextNodeWrittenIntoTemplate() {
		assertThat(this.badFindings).contains(new Finding("bad.html", "text", "Save the report"));
	}

	@Test
	void findsHardCodedReadableAttributes() {
		assertThat(this.badFindings).contains(new Finding("bad.html", "attribute", "title=Open the report"),
				new Finding("bad.html", "attribute", "placeholder=اكتب النص هنا"),
				new Finding("bad.html", "attribute", "alt=Photo of the site"),
				new Finding("bad.html", "attribute", "aria-label=Main"));
	}

	@Test
	void findsHardCodedButtonValue() {
		assertThat(this.badFindings).contains(new Finding("bad.html", "attribute", "value=Send"));
	}

	@Test
	void findsNothingElseInTheBadFixture() {
		assertThat(this.badFindings).hasSize(7);
	}

	@Test
	void acceptsTextReplacedByThymeleafAndPunctuation() {
		List<Finding> findings = TemplateTextChecker.hardCodedText("good.html",
				TemplateTextChecker.read(FIXTURES.resolve("good.html")));
		assertThat(findings).isEmpty();
	}

	@Test
	void readsLiteralMessageKeysWithAndWithoutArguments() {
		String html = "<p th:text=\"#{report.count(${n})}\">3</p><p th:text=\"#{ nav.reports }\">x</p>"
				+ "<p th:text=\"#{'account.role.' + ${r}}\">x</p>";
		assertThat(TemplateTextChecker.messageKeys(html)).containsExactly("report.count", "nav.reports");
	}

	@Test
	void flagsPageWithoutLanguageOrDirection() {
		assertThat(TemplateTextChecker.languageAndDirection("bad.html",
				TemplateTextChecker.read(FIXTURES.resolve("bad.html"))))
			.hasSize(1);
	}

	@Test
	void fragmentLibraryIsNotAPage() {
		String html = "<!DOCTYPE html><html><body><nav th:fragment=\"links\"><a th:text=\"#{nav.reports}\">x</a></nav>"
				+ "</body></html>";
		assertThat(TemplateTextChecker.languageAndDirection("fragments.html", html)).isEmpty();
	}

	@Test
	void acceptsPageThatUsesTheLayout() {
		assertThat(TemplateTextChecker.languageAndDirection("good.html",
				TemplateTextChecker.read(FIXTURES.resolve("good.html"))))
			.isEmpty();
	}

}
