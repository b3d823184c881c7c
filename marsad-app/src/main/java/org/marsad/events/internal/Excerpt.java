package org.marsad.events.internal;

/**
 * A passage of a report around a span, split into the text before it, the span and the
 * text after it, so that a page can mark the span while escaping all three. Cuts never
 * split a character written with two UTF-16 code units.
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
		int from = boundary(text, Math.max(0, s - context));
		int to = boundary(text, Math.min(text.length(), e + context));
		return new Excerpt(text.substring(from, s), text.substring(s, e), text.substring(e, to), from > 0,
				to < text.length());
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
