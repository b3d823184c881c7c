package org.marsad.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.marsad.search.SearchResults.SnippetPart;

/**
 * Turns highlighted passages into parts of the original text rather than HTML, so that
 * pages escape them like any other text and the API returns plain data.
 * <ul>
 * <li>Each passage becomes one fragment: a list of parts, in text order.</li>
 * <li>Matches that overlap (a word and its hamza variant share offsets) are marked
 * once.</li>
 * </ul>
 */
final class SnippetFormatter extends PassageFormatter {

	@Override
	public Object format(Passage[] passages, String content) {
		List<List<SnippetPart>> fragments = new ArrayList<>(passages.length);
		for (Passage passage : passages) {
			fragments.add(parts(passage, content));
		}
		return fragments;
	}

	private static List<SnippetPart> parts(Passage passage, String content) {
		List<SnippetPart> parts = new ArrayList<>();
		int position = passage.getStartOffset();
		int end = passage.getEndOffset();
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int matchStart = Math.max(passage.getMatchStarts()[i], position);
			int matchEnd = Math.min(passage.getMatchEnds()[i], end);
			if (matchEnd <= matchStart) {
				continue;
			}
			add(parts, content, position, matchStart, false);
			add(parts, content, matchStart, matchEnd, true);
			position = matchEnd;
		}
		add(parts, content, position, end, false);
		return parts;
	}

	private static void add(List<SnippetPart> parts, String content, int start, int end, boolean highlighted) {
		if (end > start) {
			parts.add(new SnippetPart(content.substring(start, end), highlighted, start, end));
		}
	}

}
