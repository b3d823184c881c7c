package org.marsad.events.internal;

import org.junit.jupiter.api.Test;
import org.marsad.events.CodingRefused;
import org.marsad.events.Span;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Spans into report text, counted in UTF-16 code units as the extraction contract does.
 */
class SpansTests {

	static final String TEXT = "وصل ٣٦٢٥٠ شخصاً إلى مخيم الهول 🙏 اليوم";

	static Spans.Checked check(Integer start, Integer end, boolean required) {
		Problems problems = new Problems();
		Spans.Checked span = Spans.check(new Span(start, end), TEXT, required, problems.at("span"));
		problems.throwIfAny();
		return span;
	}

	static String refused(Integer start, Integer end) {
		return assertThatExceptionOfType(CodingRefused.class).isThrownBy(() -> check(start, end, true))
			.actual()
			.problems()
			.get(0)
			.code();
	}

	@Test
	void takesTheQuoteExactlyAsWritten() {
		int start = TEXT.indexOf("٣٦٢٥٠");
		assertThat(check(start, start + "٣٦٢٥٠ شخصاً".length(), true).quote()).isEqualTo("٣٦٢٥٠ شخصاً");
	}

	@Test
	void acceptsASpanEndingAtTheEndOfTheText() {
		assertThat(check(TEXT.length() - 5, TEXT.length(), true).quote()).isEqualTo("اليوم");
	}

	@Test
	void refusesASpanPastTheEnd() {
		assertThat(refused(0, TEXT.length() + 1)).isEqualTo("claim.error.spanOutside");
	}

	@Test
	void refusesANegativeStart() {
		assertThat(refused(-1, 3)).isEqualTo("claim.error.spanOutside");
	}

	@Test
	void refusesAnEmptySpan() {
		assertThat(refused(4, 4)).isEqualTo("claim.error.spanOrder");
	}

	@Test
	void refusesASpanThatCutsAnEmojiInTwo() {
		int emoji = TEXT.indexOf("🙏");
		assertThat(refused(emoji + 1, emoji + 4)).isEqualTo("claim.error.spanSplitsCharacter");
	}

	@Test
	void refusesHalfASpan() {
		assertThat(refused(3, null)).isEqualTo("claim.error.spanRequired");
	}

	@Test
	void anOptionalSpanMayBeLeftOut() {
		Problems problems = new Problems();
		assertThat(Spans.check(null, TEXT, false, problems)).isNull();
		assertThat(problems.isEmpty()).isTrue();
	}

	@Test
	void namesTheSpanByItsPath() {
		Problems problems = new Problems();
		Spans.check(new Span(0, 999), TEXT, true, problems.at("events", 0).at("figures", 2).at("claim").at("span"));
		assertThatExceptionOfType(CodingRefused.class).isThrownBy(problems::throwIfAny)
			.satisfies((refused) -> assertThat(refused.problems().get(0).field())
				.isEqualTo("events[0].figures[2].claim.span"));
	}

}
