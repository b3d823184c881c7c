package org.marsad.text.figures;

import java.util.List;

import org.marsad.text.ActorMention;
import org.marsad.text.DateMention;
import org.marsad.text.NationalityMention;
import org.marsad.text.NumberMention;
import org.marsad.text.PlaceMention;
import org.marsad.text.normalize.FoldedText;

/**
 * A folded text with what the recognisers found in it, each kind in text order and
 * anchored to words, ready for figures and events to be assembled.
 *
 * @param layout words, clauses and sentences
 * @param numbers numbers
 * @param dates dates
 * @param places places
 * @param actors actors
 * @param nationalities nationalities
 * @param numberAnchors where the numbers lie
 * @param dateAnchors where the dates lie
 * @param placeAnchors where the places lie
 * @param actorAnchors where the actors lie
 * @param nationalityAnchors where the nationalities lie
 * @param cues the cue words of the text, looked up once per word for figures and events
 */
public record MentionedText(TextLayout layout, List<NumberMention> numbers, List<DateMention> dates,
		List<PlaceMention> places, List<ActorMention> actors, List<NationalityMention> nationalities,
		Anchors numberAnchors, Anchors dateAnchors, Anchors placeAnchors, Anchors actorAnchors,
		Anchors nationalityAnchors, WordCues cues) {

	/**
	 * Anchors the mentions of a text; every list must be in text order.
	 * @param text the folded text
	 * @param numbers numbers
	 * @param dates dates
	 * @param places places
	 * @param actors actors
	 * @param nationalities nationalities
	 * @return the text with its mentions
	 */
	public static MentionedText of(FoldedText text, List<NumberMention> numbers, List<DateMention> dates,
			List<PlaceMention> places, List<ActorMention> actors, List<NationalityMention> nationalities) {
		TextLayout layout = TextLayout.of(text);
		return new MentionedText(layout, numbers, dates, places, actors, nationalities,
				Anchors.of(layout, numbers, NumberMention::start, NumberMention::end),
				Anchors.of(layout, dates, DateMention::start, DateMention::end),
				Anchors.of(layout, places, PlaceMention::start, PlaceMention::end),
				Anchors.of(layout, actors, ActorMention::start, ActorMention::end),
				Anchors.of(layout, nationalities, NationalityMention::start, NationalityMention::end),
				WordCues.of(layout));
	}

}
