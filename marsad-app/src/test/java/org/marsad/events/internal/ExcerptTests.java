package org.marsad.events.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excerpts around spans, split for highlighting.
 */
class ExcerptTests {

	static final String TEXT = "منذ الأول من ديسمبر، وثّقنا خروج 36250 شخصاً من الجيب المحاصر في الباغوز.";

	@Test
	void splitsTheTextAroundTheSpan() {
		int start = TEXT.indexOf("36250");
		Excerpt excerpt = Excerpt.around(TEXT, start, start + "36250 شخصاً".length(), Excerpt.CONTEXT);
		assertThat(excerpt.before() + excerpt.span() + excerpt.after()).isEqualTo(TEXT);
		assertThat(excerpt.span()).isEqualTo("36250 شخصاً");
		assertThat(excerpt.cutBefore()).isFalse();
		assertThat(excerpt.cutAfter()).isFalse();
	}

	@Test
	void cutsLongContextBetweenWords() {
		int start = TEXT.indexOf("36250");
		Excerpt excerpt = Excerpt.around(TEXT, start, start + 5, 8);
		assertThat(excerpt.before()).isEqualTo("خروج ");
		assertThat(excerpt.after()).isEqualTo(" شخصاً");
		assertThat(excerpt.cutBefore()).isTrue();
		assertThat(excerpt.cutAfter()).isTrue();
	}

	@Test
	void neverCutsAnEmojiInTwo() {
		String text = "🙏🙏🙏غارة";
		Excerpt excerpt = Excerpt.around(text, 6, 10, 1);
		assertThat(excerpt.before()).isEqualTo("🙏");
	}

	@Test
	void withoutASpanShowsTheOpening() {
		Excerpt excerpt = Excerpt.around(TEXT, null, null, 10);
		assertThat(excerpt.before()).isEqualTo(TEXT.substring(0, 20));
		assertThat(excerpt.span()).isEmpty();
		assertThat(excerpt.cutAfter()).isTrue();
	}

}
