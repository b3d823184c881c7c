package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.marsad.text.DateMention;
import org.marsad.text.normalize.FoldedText;

/**
 * Runs the Arabic {@code DateParser} cases of Microsoft Recognizers-Text (MIT licence,
 * {@code peer-tests/recognizers-text/DateTime/DateParser.json} in the shared data)
 * through the recogniser and fails when fewer than 85% pass.
 *
 * <p>
 * Comparison rule, per case:
 * <ul>
 * <li>the publication date is the date part of the case's {@code ReferenceDateTime}</li>
 * <li>the expected values are the {@code PastResolution} dates of the case's results,
 * since Marsad resolves open dates to the past; a result whose past resolution is
 * {@code 0001-01-01} (the spec's value for a date that does not exist, such as 31
 * November) expects no mention</li>
 * <li>the case passes when the recogniser finds exactly as many mentions as expected and,
 * in order, each mention is the single expected day ({@code from} and {@code to} equal to
 * it) and its span overlaps the expected span ({@code Start}, {@code Length}); exact span
 * edges are not compared, since the spec sometimes includes a preposition («إلى 27») or
 * leaves out «يوم»</li>
 * <li>precision is not compared (the spec has none); nor the spec's
 * {@code NotSupportedByDesign} flags, which list every case</li>
 * </ul>
 * The pass rate and every failing input with what was found are printed.
 */
class DateSpecTests {

	private static final double REQUIRED_RATE = 0.85;

	private static final String NO_DATE = "0001-01-01";

	private final DateRecognizer recognizer = new DateRecognizer();

	@Test
	void passesAtLeastEightyFivePercentOfTheDateParserSpec() throws Exception {
		Path data = SharedData.folder();
		Assumptions.assumeTrue(data != null, "Skipped: no shared/data folder above the working directory");
		Path spec = data.resolve("peer-tests/recognizers-text/DateTime/DateParser.json");
		Assumptions.assumeTrue(Files.isRegularFile(spec), "Skipped: " + spec + " is absent");
		JsonNode cases = new ObjectMapper().readTree(Files.readString(spec).replace("\uFEFF", ""));
		List<String> failures = new ArrayList<>();
		int passed = 0;
		for (JsonNode testCase : cases) {
			String verdict = check(testCase);
			if (verdict == null) {
				passed++;
			}
			else {
				failures.add(verdict);
			}
		}
		double rate = (double) passed / cases.size();
		System.out.printf(Locale.ROOT, "DateParser spec: %d of %d passed (%.1f%%)%n", passed, cases.size(), rate * 100);
		failures.forEach((failure) -> System.out.println("  failed: " + failure));
		assertThat(rate).as("DateParser spec pass rate").isGreaterThanOrEqualTo(REQUIRED_RATE);
	}

	private String check(JsonNode testCase) {
		String input = testCase.get("Input").asString();
		LocalDate published = LocalDate
			.parse(testCase.get("Context").get("ReferenceDateTime").asString().substring(0, 10));
		List<JsonNode> expected = new ArrayList<>();
		for (JsonNode result : testCase.get("Results")) {
			if (!NO_DATE.equals(result.get("Value").get("PastResolution").get("date").asString())) {
				expected.add(result);
			}
		}
		List<DateMention> found = this.recognizer.find(FoldedText.of(input), published);
		boolean pass = found.size() == expected.size();
		for (int k = 0; pass && k < found.size(); k++) {
			pass = matches(found.get(k), expected.get(k));
		}
		return pass ? null : input + " | expected " + describe(expected) + " | found " + found;
	}

	private static boolean matches(DateMention mention, JsonNode result) {
		LocalDate day = LocalDate.parse(result.get("Value").get("PastResolution").get("date").asString());
		int start = result.get("Start").asInt();
		int end = start + result.get("Length").asInt();
		boolean overlaps = mention.start() < end && start < mention.end();
		return overlaps && day.equals(mention.from()) && day.equals(mention.to());
	}

	private static String describe(List<JsonNode> expected) {
		List<String> parts = new ArrayList<>();
		for (JsonNode result : expected) {
			parts.add(result.get("Text").asString() + "="
					+ result.get("Value").get("PastResolution").get("date").asString());
		}
		return parts.toString();
	}

}
