package org.marsad.text.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marsad.text.DateMention;
import org.marsad.text.EventMention;
import org.marsad.text.PlaceMention;
import org.marsad.text.figures.MentionedText;

/**
 * Joins the first event of a sentence to the last event of the sentence before when it
 * goes on with it: «اندلعت اشتباكات عنيفة في محيط بلدة هجين. واستمرت الاشتباكات حتى ساعات
 * الفجر» reports one battle, not two.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>only the first event of a sentence right after a sentence that reported events can
 * go on with it; a sentence that reports nothing in between ends the event</li>
 * <li>the two events are of the same type, or the later sentence reports only deaths or
 * injuries (weak cues: «قُتل 5 مدنيين بقصف جوي على الشعفة. وأصيب 12 آخرون»), which are
 * the toll of the event before; the joined event keeps the earlier type</li>
 * <li>the later one names no new date or place: each date it holds has the interval of a
 * date of the event so far, each place the same gazetteer entry (or, unresolved, the same
 * words) as a place of the event so far; new actors and figures are allowed, since they
 * tell more about the same event</li>
 * <li>the joined event spans all its sentences and holds the mentions of all; it is built
 * once, so a long run of joined sentences costs time linear in its length, and an event
 * that nothing goes on with is passed on as it is, with nothing built for it</li>
 * </ul>
 */
final class SentenceContinuation {

	private SentenceContinuation() {
	}

	/**
	 * Joins the events that go on with the one before.
	 * @param text the text and its mentions
	 * @param events the events in text order, one sentence after another
	 * @param sentenceFirst the events that are the first of a sentence right after a
	 * sentence that reported events
	 * @param casualtiesOnly those among them whose sentence reports only deaths or
	 * injuries
	 * @return the events, joined where they go on
	 */
	static List<EventMention> join(MentionedText text, List<EventMention> events, BitSet sentenceFirst,
			BitSet casualtiesOnly) {
		if (sentenceFirst.isEmpty()) {
			return events;
		}
		List<EventMention> joined = new ArrayList<>(events.size());
		Run run = null;
		for (int i = 0; i < events.size(); i++) {
			EventMention event = events.get(i);
			if (run != null && sentenceFirst.get(i) && run.goesOnWith(text, event, casualtiesOnly.get(i))) {
				run.add(text, event);
				continue;
			}
			if (run != null) {
				joined.add(run.event());
				run = null;
			}
			if (sentenceFirst.get(i + 1)) {
				run = new Run(event);
			}
			else {
				joined.add(event);
			}
		}
		if (run != null) {
			joined.add(run.event());
		}
		return joined;
	}

	/**
	 * Events being joined into one. Until a second event joins, a run is its first event
	 * alone, compared mention by mention; the joined lists and the keys of its dates and
	 * places are built when the second joins.
	 */
	private static final class Run {

		private final EventMention first;

		private int end;

		private List<Integer> dates;

		private List<Integer> places;

		private List<Integer> actors;

		private List<Integer> figures;

		private Set<DateKey> dateKeys;

		private Set<PlaceKey> placeKeys;

		Run(EventMention first) {
			this.first = first;
			this.end = first.end();
		}

		boolean goesOnWith(MentionedText text, EventMention later, boolean casualtiesOnly) {
			if (later.type() != this.first.type() && !casualtiesOnly) {
				return false;
			}
			for (int date : later.dates()) {
				if (!holds(text, key(text.dates().get(date)))) {
					return false;
				}
			}
			for (int place : later.places()) {
				if (!holds(text, key(text.places().get(place)))) {
					return false;
				}
			}
			return true;
		}

		private boolean holds(MentionedText text, DateKey date) {
			if (this.dateKeys != null) {
				return this.dateKeys.contains(date);
			}
			for (int held : this.first.dates()) {
				if (key(text.dates().get(held)).equals(date)) {
					return true;
				}
			}
			return false;
		}

		private boolean holds(MentionedText text, PlaceKey place) {
			if (this.placeKeys != null) {
				return this.placeKeys.contains(place);
			}
			for (int held : this.first.places()) {
				if (key(text.places().get(held)).equals(place)) {
					return true;
				}
			}
			return false;
		}

		void add(MentionedText text, EventMention event) {
			if (this.dates == null) {
				this.dates = new ArrayList<>();
				this.places = new ArrayList<>();
				this.actors = new ArrayList<>();
				this.figures = new ArrayList<>();
				this.dateKeys = new HashSet<>();
				this.placeKeys = new HashSet<>();
				append(text, this.first);
			}
			append(text, event);
		}

		private void append(MentionedText text, EventMention event) {
			this.end = event.end();
			this.dates.addAll(event.dates());
			this.places.addAll(event.places());
			this.actors.addAll(event.actors());
			this.figures.addAll(event.figures());
			event.dates().forEach((date) -> this.dateKeys.add(key(text.dates().get(date))));
			event.places().forEach((place) -> this.placeKeys.add(key(text.places().get(place))));
		}

		EventMention event() {
			if (this.dates == null) {
				return this.first;
			}
			return new EventMention(this.first.start(), this.end, this.first.type(), this.dates, this.places,
					this.actors, this.figures);
		}

		private static DateKey key(DateMention date) {
			return new DateKey(date.from(), date.to());
		}

		private static PlaceKey key(PlaceMention place) {
			return (place.place() != null) ? new PlaceKey(place.place().id(), null) : new PlaceKey(null, place.text());
		}

	}

	/** A date's interval. */
	private record DateKey(LocalDate from, LocalDate to) {

	}

	/** A place's gazetteer entry or, unresolved, its words. */
	private record PlaceKey(String id, String text) {

	}

}
