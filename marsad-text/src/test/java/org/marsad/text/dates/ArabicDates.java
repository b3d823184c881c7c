package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.marsad.text.DateMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.DatePrecision;

/**
 * Runs the recogniser on report texts published on Thursday 31 January 2019 and checks
 * what it found.
 */
final class ArabicDates {

	static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	private static final DateRecognizer RECOGNIZER = new DateRecognizer();

	private ArabicDates() {
	}

	static List<DateMention> find(String text) {
		return RECOGNIZER.find(FoldedText.of(text), PUBLISHED);
	}

	/** The only mention of a text, whose text must be the slice its span gives. */
	static DateMention only(String text) {
		List<DateMention> mentions = find(text);
		assertThat(mentions).as(text).hasSize(1);
		DateMention mention = mentions.get(0);
		assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
		return mention;
	}

	static void assertDay(DateMention mention, String day) {
		assertRange(mention, day, day, DatePrecision.DAY);
	}

	static void assertRange(DateMention mention, String from, String to, DatePrecision precision) {
		assertThat(mention.from()).as(mention.text()).isEqualTo(LocalDate.parse(from));
		assertThat(mention.to()).as(mention.text()).isEqualTo(LocalDate.parse(to));
		assertThat(mention.precision()).as(mention.text()).isEqualTo(precision);
	}

}
