package org.marsad.events.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.events.internal.TextSegments.Segment;
import org.marsad.text.DateMention;
import org.marsad.text.Extraction;
import org.marsad.text.Language;
import org.marsad.text.NumberMention;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report text cut at the edges of the draft's spans.
 */
class TextSegmentsTests {

	static final String TEXT = "خرج ٣٦٢٥٠ شخصاً منذ الأول من ديسمبر";

	static Extraction extraction() {
		Extraction empty = Extraction.empty(Language.AR, LocalDate.of(2019, 1, 31));
		int number = TEXT.indexOf("٣٦٢٥٠");
		int date = TEXT.indexOf("منذ");
		return new Extraction(empty.language(), empty.published(),
				List.of(new NumberMention(number, number + 5, "٣٦٢٥٠", Qualifier.EXACT, BigDecimal.valueOf(36250),
						BigDecimal.valueOf(36250), BigDecimal.valueOf(36250), false)),
				List.of(new DateMention(date, TEXT.length(), "منذ الأول من ديسمبر", LocalDate.of(2018, 12, 1),
						LocalDate.of(2019, 1, 31), DatePrecision.DAY)),
				List.of(), List.of(), List.of(), List.of());
	}

	@Test
	void segmentsJoinUpToTheTextExactly() {
		List<Segment> segments = TextSegments.of(TEXT, extraction());
		assertThat(String.join("", segments.stream().map(Segment::text).toList())).isEqualTo(TEXT);
		for (Segment segment : segments) {
			assertThat(TEXT.substring(segment.start())).startsWith(segment.text());
		}
	}

	@Test
	void marksEachSegmentWithTheKindsThatCoverIt() {
		List<Segment> segments = TextSegments.of(TEXT, extraction());
		assertThat(segments).extracting(Segment::text, Segment::classes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("خرج ", null),
					org.assertj.core.groups.Tuple.tuple("٣٦٢٥٠", "hl hl-number"),
					org.assertj.core.groups.Tuple.tuple(" شخصاً ", null),
					org.assertj.core.groups.Tuple.tuple("منذ الأول من ديسمبر", "hl hl-date"));
	}

	@Test
	void clipsSpansThatLieOutsideTheText() {
		Extraction outside = new Extraction(
				Language.AR, LocalDate.of(2019, 1, 31), List.of(), List.of(new DateMention(4, 500, "x",
						LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1), DatePrecision.DAY)),
				List.of(), List.of(), List.of(), List.of());
		assertThat(String.join("", TextSegments.of(TEXT, outside).stream().map(Segment::text).toList()))
			.isEqualTo(TEXT);
	}

}
