package org.marsad.text;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the engine proposes for one text (DESIGN, "The extraction contract"). Spans
 * are UTF-16 indices into the text exactly as received; the indices held by figures and
 * events point into the lists of this record.
 *
 * @param language language of the text
 * @param published date against which relative dates were resolved
 * @param numbers numbers
 * @param dates dates and date ranges
 * @param places places
 * @param actors actors
 * @param figures figures
 * @param events events
 */
public record Extraction(Language language, LocalDate published, List<NumberMention> numbers, List<DateMention> dates,
		List<PlaceMention> places, List<ActorMention> actors, List<FigureMention> figures, List<EventMention> events) {

	public Extraction {
		numbers = List.copyOf(numbers);
		dates = List.copyOf(dates);
		places = List.copyOf(places);
		actors = List.copyOf(actors);
		figures = List.copyOf(figures);
		events = List.copyOf(events);
	}

	/**
	 * The result for a text in which nothing was found.
	 * @param language language of the text
	 * @param published publication date
	 * @return an empty extraction
	 */
	public static Extraction empty(Language language, LocalDate published) {
		return new Extraction(language, published, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

}
