package org.marsad.text.numbers;

import java.math.BigDecimal;
import java.util.List;

import org.marsad.text.NumberMention;
import org.marsad.text.normalize.FoldedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs one shared recogniser over test sentences.
 */
final class Recognized {

	private static final NumberRecognizer RECOGNIZER = new NumberRecognizer();

	private Recognized() {
	}

	static List<NumberMention> in(String text) {
		return RECOGNIZER.find(FoldedText.of(text));
	}

	static NumberMention only(String text) {
		List<NumberMention> mentions = in(text);
		assertThat(mentions).as("numbers in «%s»", text).hasSize(1);
		return mentions.get(0);
	}

	static List<BigDecimal> bestValues(String text) {
		return in(text).stream().map(NumberMention::best).toList();
	}

	static BigDecimal best(String text) {
		return only(text).best();
	}

}
