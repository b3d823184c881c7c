package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.marsad.text.Extraction;

/**
 * A report's text cut into consecutive segments, each with the kinds of spans of the
 * draft that cover it, so that the page can highlight them with {@code th:text} alone and
 * never write markup taken from the text.
 * <ul>
 * <li>The segments join up to the text exactly: segment {@code n} starts where
 * {@code n - 1} ends, and each names its start (UTF-16 index), so that script on the page
 * can turn a selection into the offsets of the extraction contract.</li>
 * <li>Spans may nest or overlap (a figure holds its number): a segment lists every kind
 * that covers it, in the order {@code figure, number, date, place, actor}.</li>
 * <li>Spans outside the text are clipped to it.</li>
 * </ul>
 */
final class TextSegments {

	/** The kinds of spans, in the order their classes are written. */
	static final List<String> KINDS = List.of("figure", "number", "date", "place", "actor");

	private TextSegments() {
	}

	/**
	 * One piece of the text.
	 *
	 * @param start its first index in the text
	 * @param text the piece
	 * @param kinds the kinds of spans that cover it, possibly none
	 */
	record Segment(int start, String text, List<String> kinds) {

		/** The CSS classes of the piece, e.g. {@code hl hl-figure hl-number}. */
		public String classes() {
			if (this.kinds.isEmpty()) {
				return null;
			}
			StringBuilder classes = new StringBuilder("hl");
			this.kinds.forEach((kind) -> classes.append(" hl-").append(kind));
			return classes.toString();
		}

	}

	private record Marked(int start, int end, String kind) {
	}

	/**
	 * Cuts a text at the edges of the spans of its draft.
	 * @param text the text the extraction was made from
	 * @param extraction the draft
	 * @return the segments, together exactly the text
	 */
	static List<Segment> of(String text, Extraction extraction) {
		List<Marked> marked = new ArrayList<>();
		extraction.figures().forEach((f) -> marked.add(new Marked(f.start(), f.end(), "figure")));
		extraction.numbers().forEach((n) -> marked.add(new Marked(n.start(), n.end(), "number")));
		extraction.dates().forEach((d) -> marked.add(new Marked(d.start(), d.end(), "date")));
		extraction.places().forEach((p) -> marked.add(new Marked(p.start(), p.end(), "place")));
		extraction.actors().forEach((a) -> marked.add(new Marked(a.start(), a.end(), "actor")));
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
		for (Marked span : marked) {
			cuts.add(clip(span.start(), text));
			cuts.add(clip(span.end(), text));
		}
		List<Segment> segments = new ArrayList<>();
		Integer from = cuts.first();
		for (Integer to : cuts.tailSet(from, false)) {
			segments.add(new Segment(from, text.substring(from, to), kinds(marked, from, to)));
			from = to;
		}
		return segments;
	}

	private static List<String> kinds(List<Marked> marked, int from, int to) {
		List<String> kinds = new ArrayList<>();
		for (String kind : KINDS) {
			boolean covers = marked.stream()
				.anyMatch((span) -> span.kind().equals(kind) && span.start() <= from && span.end() >= to);
			if (covers) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	private static int clip(int index, String text) {
		return Math.max(0, Math.min(index, text.length()));
	}

}
