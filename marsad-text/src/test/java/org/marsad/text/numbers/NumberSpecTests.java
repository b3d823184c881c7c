package org.marsad.text.numbers;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.text.NumberMention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs every case of the Arabic {@code NumberModel} and {@code PercentModel} specs of
 * Microsoft Recognizers-Text (MIT, in the shared data under
 * {@code peer-tests/recognizers-text/Number}) through {@link NumberRecognizer}, prints
 * the pass rate and the failing inputs, and fails below 80%.
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
 * <li>in the percentage spec, every mention found must also be marked as a percentage,
 * and the expected "30%" is compared as 30</li>
 * <li>every case counts, including those the spec marks as not supported by some of its
 * own platforms and those whose expectations contradict Marsad's rules (dates, times and
 * codes are not counts)</li>
 * </ul>
 */
class NumberSpecTests {

	private static final double REQUIRED_PASS_RATE = 0.80;

	private static final String SPEC_FOLDER = "peer-tests/recognizers-text/Number/";

	@Test
	void readsAtLeastFourFifthsOfTheNumberSpec() throws IOException {
		assertThat(passRate("NumberModel.json", false)).isGreaterThanOrEqualTo(REQUIRED_PASS_RATE);
	}

	@Test
	void readsAtLeastFourFifthsOfThePercentSpec() throws IOException {
		assertThat(passRate("PercentModel.json", true)).isGreaterThanOrEqualTo(REQUIRED_PASS_RATE);
	}

	private static double passRate(String file, boolean percent) throws IOException {
		Path spec = SharedData.find(SPEC_FOLDER + file);
		assumeTrue(spec != null, "Skipped: shared data folder with " + SPEC_FOLDER + file + " not found");
		List<RecognizersTextSpec.Case> cases = RecognizersTextSpec.read(spec);
		List<String> failures = new ArrayList<>();
		for (RecognizersTextSpec.Case specCase : cases) {
			List<NumberMention> mentions = Recognized.in(specCase.input());
			List<BigDecimal> found = mentions.stream()
				.map((mention) -> (mention.best() != null) ? mention.best() : mention.low())
				.toList();
			boolean marked = !percent || mentions.stream().allMatch(NumberMention::percent);
			if (!marked || !RecognizersTextSpec.sameValues(specCase.expected(), found)) {
				failures.add(specCase.input() + "  expected " + specCase.expected() + " found " + found);
			}
		}
		double rate = (double) (cases.size() - failures.size()) / cases.size();
		System.out.printf("%s: %d of %d cases pass (%.1f%%)%n", file, cases.size() - failures.size(), cases.size(),
				rate * 100);
		failures.forEach((failure) -> System.out.println("  FAIL " + failure));
		return rate;
	}

}
