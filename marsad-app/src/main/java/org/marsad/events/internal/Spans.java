package org.marsad.events.internal;

import org.marsad.events.Span;

/**
 * Checks a span against the report text it points into and takes its quote.
 * <ul>
 * <li>start and end both given (required for claims, optional for events)</li>
 * <li>0 ≤ start &lt; end ≤ the length of the text (UTF-16 code units, as the extraction
 * contract counts)</li>
 * <li>neither end splits a character written with two code units (a surrogate pair)</li>
 * <li>at most {@value #MAX_QUOTE} characters, the length of a quote the record keeps</li>
 * </ul>
 */
final class Spans {

	static final int MAX_QUOTE = 4000;

	private Spans() {
	}

	/**
	 * A checked span and the text it covers.
	 *
	 * @param start the first index
	 * @param end the index after the last
	 * @param quote the text between them
	 */
	record Checked(int start, int end, String quote) {
	}

	/**
	 * Checks a span.
	 * @param span the span, possibly {@code null}
	 * @param text the report text it points into
	 * @param required whether a span must be given
	 * @param problems where problems go, at the span's path
	 * @return the span, or {@code null} when absent or refused
	 */
	static Checked check(Span span, String text, boolean required, Problems problems) {
		if (span == null || (span.start() == null && span.end() == null)) {
			if (required) {
				problems.add("claim.error.spanRequired");
			}
			return null;
		}
		if (span.start() == null || span.end() == null) {
			problems.add("claim.error.spanRequired");
			return null;
		}
		int start = span.start();
		int end = span.end();
		if (start < 0 || end > text.length()) {
			problems.add("claim.error.spanOutside");
			return null;
		}
		if (end <= start) {
			problems.add("claim.error.spanOrder");
			return null;
		}
		if (splits(text, start) || splits(text, end)) {
			problems.add("claim.error.spanSplitsCharacter");
			return null;
		}
		if (end - start > MAX_QUOTE) {
			problems.add("claim.error.spanTooLong");
			return null;
		}
		return new Checked(start, end, text.substring(start, end));
	}

	private static boolean splits(String text, int index) {
		return index > 0 && index < text.length() && Character.isHighSurrogate(text.charAt(index - 1))
				&& Character.isLowSurrogate(text.charAt(index));
	}

}
