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
import org.marsad.text.vocabulary.EventType;

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
		EventMention pending = null;
		Run run = null;
		for (int i = 0; i < events.size(); i++) {
			EventMention event = events.get(i);
			boolean casualties = casualtiesOnly.get(i);
			if (run != null && sentenceFirst.get(i) && run.goesOnWith(text, event, casualties)) {
				run.add(text, event);
				continue;
			}
			if (pending != null && sentenceFirst.get(i) && goesOn(text, pending, event, casualties)) {
				run = new Run(text, pending);
				run.add(text, event);
				pending = null;
				continue;
			}
			if (run != null) {
				joined.add(run.event());
				run = null;
			}
			if (pending != null) {
				joined.add(pending);
				pending = null;
			}
			if (sentenceFirst.get(i + 1)) {
				pending = event;
			}
			else {
				joined.add(event);
			}
		}
		if (run != null) {
			joined.add(run.event());
		}
		if (pending != null) {
			joined.add(pending);
		}
		return joined;
	}

	/**
	 * Whether an event goes on with one event of the sentence before, as
	 * {@link Run#goesOnWith} tells it for several, without building the run.
	 */
	private static boolean goesOn(MentionedText text, EventMention earlier, EventMention later,
			boolean casualtiesOnly) {
		if (later.type() != earlier.type() && !casualtiesOnly) {
			return false;
		}
		for (int date : later.dates()) {
			if (!holdsDate(text, earlier, text.dates().get(date))) {
				return false;
			}
		}
		for (int place : later.places()) {
			if (!holdsPlace(text, earlier, text.places().get(place))) {
				return false;
			}
		}
		return true;
	}

	private static boolean holdsDate(MentionedText text, EventMention event, DateMention date) {
		for (int held : event.dates()) {
			if (Run.key(text.dates().get(held)).equals(Run.key(date))) {
				return true;
			}
		}
		return false;
	}

	private static boolean holdsPlace(MentionedText text, EventMention event, PlaceMention place) {
		for (int held : event.places()) {
			if (Run.key(text.places().get(held)).equals(Run.key(place))) {
				return true;
			}
		}
		return false;
	}

	/** Events being joined into one. */
	private static final class Run {

		private final int start;

		private final EventType type;

		private int end;

		private final List<Integer> dates = new ArrayList<>();

		private final List<Integer> places = new ArrayList<>();

		private final List<Integer> actors = new ArrayList<>();

		private final List<Integer> figures = new ArrayList<>();

		private final Set<DateKey> dateKeys = new HashSet<>();

		private final Set<PlaceKey> placeKeys = new HashSet<>();

		Run(MentionedText text, EventMention first) {
			this.start = first.start();
			this.type = first.type();
			add(text, first);
		}

		boolean goesOnWith(MentionedText text, EventMention later, boolean casualtiesOnly) {
			if (later.type() != this.type && !casualtiesOnly) {
				return false;
			}
			for (int date : later.dates()) {
				if (!this.dateKeys.contains(key(text.dates().get(date)))) {
					return false;
				}
			}
			for (int place : later.places()) {
				if (!this.placeKeys.contains(key(text.places().get(place)))) {
					return false;
				}
			}
			return true;
		}

		void add(MentionedText text, EventMention event) {
			this.end = event.end();
			this.dates.addAll(event.dates());
			this.places.addAll(event.places());
			this.actors.addAll(event.actors());
			this.figures.addAll(event.figures());
			event.dates().forEach((date) -> this.dateKeys.add(key(text.dates().get(date))));
			event.places().forEach((place) -> this.placeKeys.add(key(text.places().get(place))));
		}

		EventMention event() {
			return new EventMention(this.start, this.end, this.type, this.dates, this.places, this.actors,
					this.figures);
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
