package org.marsad.text;

import java.util.List;

import org.marsad.text.vocabulary.EventType;

/**
 * A sentence or clause that reports something, with what it refers to (DESIGN, "The
 * extraction contract").
 *
 * @param start start of the span
 * @param end exclusive end of the span
 * @param type event type
 * @param dates indices into the document's dates
 * @param places indices into the document's places
 * @param actors indices into the document's actors
 * @param figures indices into the document's figures
 */
public record EventMention(int start, int end, EventType type, List<Integer> dates, List<Integer> places,
		List<Integer> actors, List<Integer> figures) {

	public EventMention {
		dates = List.copyOf(dates);
		places = List.copyOf(places);
		actors = List.copyOf(actors);
		figures = List.copyOf(figures);
	}

}
