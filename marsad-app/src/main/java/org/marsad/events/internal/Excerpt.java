package org.marsad.events.internal;

/**
 * A passage of a report around a span, split into the text before it, the span and the
 * text after it, so that a page can mark the span while escaping all three.
 * <ul>
 * <li>cuts fall between words when a space lies within {@value #WORD} characters of
 * them</li>
 * <li>cuts never split a character written with two UTF-16 code units</li>
 * </ul>
 *
 * @param before the text before the span within the window
 * @param span the span's text (empty when no span was marked)
 * @param after the text after it within the window
 * @param cutBefore whether text before the window was left out
 * @param cutAfter whether text after the window was left out
 */
record Excerpt(String before, String span, String after, boolean cutBefore, boolean cutAfter) {

	/** Characters shown on either side of a span. */
	static final int CONTEXT = 160;

	/** How far a cut may move to fall between words. */
	static final int WORD = 20;

	/**
	 * The passage around a span.
	 * @param text the report's text
	 * @param start the span's start, or {@code null} for no span (then the opening of the
	 * text)
	 * @param end the span's end, exclusive
	 * @param context characters to show on either side
	 * @return the excerpt
	 */
	static Excerpt around(String text, Integer start, Integer end, int context) {
		if (start == null || end == null) {
			int cut = boundary(text, Math.min(text.length(), 2 * context));
			return new Excerpt(text.substring(0, cut), "", "", false, cut < text.length());
		}
		int s = boundary(text, clamp(start, text));
		int e = boundary(text, Math.max(s, clamp(end, text)));
		int from = boundary(text, afterSpace(text, Math.max(0, s - context), s));
		int to = boundary(text, beforeSpace(text, Math.min(text.length(), e + context), e));
		return new Excerpt(text.substring(from, s), text.substring(s, e), text.substring(e, to), from > 0,
				to < text.length());
	}

	/**
	 * A cut at the start of a window moved forward to just after a space, not past the
	 * span.
	 */
	private static int afterSpace(String text, int cut, int limit) {
		if (cut == 0) {
			return cut;
		}
		for (int i = cut; i < Math.min(limit, cut + WORD); i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i + 1;
			}
		}
		return cut;
	}

	/** A cut at the end of a window moved back to a space, not into the span. */
	private static int beforeSpace(String text, int cut, int limit) {
		if (cut == text.length()) {
			return cut;
		}
		for (int i = cut; i > Math.max(limit, cut - WORD); i--) {
			if (Character.isWhitespace(text.charAt(i - 1))) {
				return i - 1;
			}
		}
		return cut;
	}

	private static int clamp(int index, String text) {
		return Math.max(0, Math.min(text.length(), index));
	}

	/** Moves an index off the middle of a surrogate pair. */
	private static int boundary(String text, int index) {
		if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
				&& Character.isHighSurrogate(text.charAt(index - 1))) {
			return index - 1;
		}
		return index;
	}

}
