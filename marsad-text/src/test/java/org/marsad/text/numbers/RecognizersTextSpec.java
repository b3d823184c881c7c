package org.marsad.text.numbers;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a Microsoft Recognizers-Text spec file (MIT) and compares values the way the spec
 * tests document.
 */
final class RecognizersTextSpec {

	private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

	private static final String PERCENT_SIGN = "%";

	private RecognizersTextSpec() {
	}

	/**
	 * One case of a spec file.
	 *
	 * @param input the input text
	 * @param expected the resolved values, a trailing % removed
	 */
	record Case(String input, List<BigDecimal> expected) {
	}

	@SuppressWarnings("unchecked")
	static List<Case> read(Path spec) throws IOException {
		List<Object> cases = (List<Object>) SpecJson.parse(Files.readString(spec).replace("\uFEFF", ""));
		List<Case> read = new ArrayList<>();
		for (Object item : cases) {
			Map<String, Object> specCase = (Map<String, Object>) item;
			List<BigDecimal> expected = new ArrayList<>();
			for (Object result : (List<Object>) specCase.get("Results")) {
				Map<String, Object> resolution = (Map<String, Object>) ((Map<String, Object>) result).get("Resolution");
				String value = (String) resolution.get("value");
				expected.add(new BigDecimal(value.replace(PERCENT_SIGN, "")));
			}
			read.add(new Case((String) specCase.get("Input"), expected));
		}
		return read;
	}

	/** Whether two lists hold the same values in any order, each matched once. */
	static boolean sameValues(List<BigDecimal> expected, List<BigDecimal> found) {
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
