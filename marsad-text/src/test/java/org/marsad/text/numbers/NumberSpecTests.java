package org.marsad.text.numbers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.marsad.text.NumberMention;
import org.marsad.text.normalize.FoldedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every case of the Arabic {@code NumberModel} spec of Microsoft Recognizers-Text
 * (MIT, in the shared data under {@code peer-tests/recognizers-text/Number}) through
 * {@link NumberRecognizer}, prints the pass rate and the failing inputs, and fails below
 * 80%.
 *
 * <p>
 * Comparison rule:
 * <ul>
 * <li>a case passes when the multiset of values found equals the multiset of expected
 * {@code Resolution.value}s, in any order; spans and sub-types are not compared, because
 * Marsad spans include qualifiers the spec leaves out</li>
 * <li>the value of a mention is its best value, or its low bound for a vague
 * quantity</li>
 * <li>two values are equal when they differ by less than 10<sup>-9</sup> of the larger
 * (the spec writes 1/3 as 0.333333333333333)</li>
 * <li>every case counts, including those the spec marks as not supported by some of its
 * own platforms and those whose expectations contradict Marsad's rules (dates, times and
 * codes are not counts)</li>
 * </ul>
 */
class NumberSpecTests {

	private static final double REQUIRED_PASS_RATE = 0.80;

	private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

	private final NumberRecognizer recognizer = new NumberRecognizer();

	@Test
	void readsAtLeastFourFifthsOfTheRecognizersTextNumberSpec() throws IOException {
		Path spec = SharedData.find("peer-tests/recognizers-text/Number/NumberModel.json");
		assumeTrue(spec != null, "Skipped: shared data folder with peer-tests/recognizers-text not found");
		JsonNode cases = new ObjectMapper().readTree(Files.readString(spec).replace("\uFEFF", ""));
		List<String> failures = new ArrayList<>();
		for (JsonNode specCase : cases) {
			String input = specCase.get("Input").asString();
			List<BigDecimal> expected = new ArrayList<>();
			for (JsonNode result : specCase.get("Results")) {
				expected.add(new BigDecimal(result.get("Resolution").get("value").asString()));
			}
			List<BigDecimal> found = new ArrayList<>();
			for (NumberMention mention : this.recognizer.find(FoldedText.of(input))) {
				found.add((mention.best() != null) ? mention.best() : mention.low());
			}
			if (!sameValues(expected, found)) {
				failures.add(input + "  expected " + expected + " found " + found);
			}
		}
		int total = cases.size();
		double rate = (double) (total - failures.size()) / total;
		System.out.printf("NumberModel spec: %d of %d cases pass (%.1f%%)%n", total - failures.size(), total,
				rate * 100);
		failures.forEach((failure) -> System.out.println("  FAIL " + failure));
		assertThat(rate).isGreaterThanOrEqualTo(REQUIRED_PASS_RATE);
	}

	private static boolean sameValues(List<BigDecimal> expected, List<BigDecimal> found) {
		if (expected.size() != found.size()) {
			return false;
		}
		List<BigDecimal> left = new ArrayList<>(found);
		for (BigDecimal value : expected) {
			BigDecimal match = left.stream().filter((candidate) -> close(value, candidate)).findFirst().orElse(null);
			if (match == null) {
				return false;
			}
			left.remove(match);
		}
		return true;
	}

	private static boolean close(BigDecimal a, BigDecimal b) {
		BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE);
		return a.subtract(b).abs().compareTo(TOLERANCE.multiply(scale, MathContext.DECIMAL64)) <= 0;
	}

}
