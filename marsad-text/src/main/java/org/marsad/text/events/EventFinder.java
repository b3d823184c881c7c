package org.marsad.text.events;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.marsad.text.EventMention;
import org.marsad.text.FigureMention;
import org.marsad.text.figures.Anchors;
import org.marsad.text.figures.EventCue;
import org.marsad.text.figures.EventCues;
import org.marsad.text.figures.MentionedText;
import org.marsad.text.figures.TextLayout;
import org.marsad.text.vocabulary.EventType;

/**
 * Finds the events a text reports, one per run of clauses of a sentence that report the
 * same kind of thing, with the dates, places, actors and figures they hold. Stateless and
 * safe to share between threads.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>each clause takes the type of its first cue ({@link EventCues}); a weak cue
 * (deaths, injuries, or a figure's category where the clause has no cue word) counts only
 * when its sentence has no other cue</li>
 * <li>clauses without a cue belong to the event before them in the sentence, or to the
 * first one after them when none is before («ووثق المرصد 23200 شخصاً …، خرجوا …»)</li>
 * <li>a clause whose type differs from the current event starts a new event («… خرجوا …،
 * ونقلوا إلى مخيمات …» is a displacement and then a transfer)</li>
 * <li>an event spans two sentences only when the later one goes on with it (same type, no
 * new date or place: {@link SentenceContinuation}); a sentence without a cue reports no
 * event</li>
 * <li>an event holds the mentions that start within its words</li>
 * </ul>
 */
public final class EventFinder {

	/**
	 * Finds the events of a text.
	 * @param text the text and its mentions
	 * @param figures the figures found in it, in text order
	 * @return events in text order
	 */
	public List<EventMention> find(MentionedText text, List<FigureMention> figures) {
		TextLayout layout = text.layout();
		Anchors figureAnchors = Anchors.of(layout, figures, FigureMention::start, FigureMention::end);
		List<EventMention> events = new ArrayList<>();
		List<Clause> sentence = new ArrayList<>();
		Clause clause = null;
		int figure = 0;
		boolean reported = false;
		BitSet sentenceFirst = new BitSet();
		BitSet casualtiesOnly = new BitSet();
		for (int w = 0; w < layout.words(); w++) {
			if (clause != null && layout.clause(w) != layout.clause(clause.lastWord)) {
				sentence.add(clause);
				clause = null;
				if (layout.sentence(w) != layout.sentence(w - 1)) {
					reported = emitNoting(text, figureAnchors, sentence, events, reported, sentenceFirst,
							casualtiesOnly);
					sentence.clear();
				}
			}
			if (clause == null) {
				clause = new Clause(w);
			}
			while (figure < figures.size() && figureAnchors.firstWord(figure) < w) {
				figure++;
			}
			EventCue cue = text.cues().event(w);
			if (cue == null && figure < figures.size() && figureAnchors.firstWord(figure) == w) {
				cue = EventCues.ofFigure(figures.get(figure).category(), figures.get(figure).unit());
			}
			clause.read(w, cue);
		}
		if (clause != null) {
			sentence.add(clause);
			emitNoting(text, figureAnchors, sentence, events, reported, sentenceFirst, casualtiesOnly);
		}
		return SentenceContinuation.join(text, events, sentenceFirst, casualtiesOnly);
	}

	/**
	 * Emits the events of a sentence and notes whether its first event may go on with the
	 * sentence before ({@link SentenceContinuation}).
	 * @param previousReported whether the sentence before reported events
	 * @param sentenceFirst receives the index of the first event when the sentence before
	 * reported events
	 * @param casualtiesOnly receives it too when the sentence has no cue but deaths and
	 * injuries (weak cues of violence against civilians)
	 * @return whether this sentence reported events
	 */
	private boolean emitNoting(MentionedText text, Anchors figures, List<Clause> sentence, List<EventMention> events,
			boolean previousReported, BitSet sentenceFirst, BitSet casualtiesOnly) {
		int before = events.size();
		emit(text, figures, sentence, events);
		if (events.size() == before) {
			return false;
		}
		if (previousReported) {
			sentenceFirst.set(before);
			if (reportsCasualtiesOnly(sentence)) {
				casualtiesOnly.set(before);
			}
		}
		return true;
	}

	private static boolean reportsCasualtiesOnly(List<Clause> sentence) {
		for (Clause clause : sentence) {
			if (clause.strong != null || (clause.weak != null && clause.weak != EventType.VIOLENCE_AGAINST_CIVILIANS)) {
				return false;
			}
		}
		return true;
	}

	private void emit(MentionedText text, Anchors figures, List<Clause> sentence, List<EventMention> events) {
		boolean strong = false;
		for (Clause clause : sentence) {
			strong |= clause.strong != null;
		}
		int pending = -1;
		int first = -1;
		int last = -1;
		EventType current = null;
		for (Clause clause : sentence) {
			EventType type = strong ? clause.strong : clause.weak;
			if (type != null && type != current) {
				if (current != null) {
					events.add(event(text, figures, first, last, current));
				}
				first = (current == null && pending >= 0) ? pending : clause.firstWord;
				current = type;
			}
			else if (current == null && pending < 0) {
				pending = clause.firstWord;
			}
			last = clause.lastWord;
		}
		if (current != null) {
			events.add(event(text, figures, first, last, current));
		}
	}

	private EventMention event(MentionedText text, Anchors figures, int firstWord, int lastWord, EventType type) {
		TextLayout layout = text.layout();
		int start = layout.text().originalStart(layout.start(firstWord));
		int end = layout.text().originalEnd(layout.end(lastWord));
		return new EventMention(start, end, type, within(text.dateAnchors(), firstWord, lastWord),
				within(text.placeAnchors(), firstWord, lastWord), within(text.actorAnchors(), firstWord, lastWord),
				within(figures, firstWord, lastWord));
	}

	private static List<Integer> within(Anchors anchors, int firstWord, int lastWord) {
		int from = anchors.firstAtOrAfter(firstWord);
		int to = anchors.firstAtOrAfter(lastWord + 1);
		List<Integer> indices = new ArrayList<>(to - from);
		for (int i = from; i < to; i++) {
			indices.add(i);
		}
		return indices;
	}

	private static final class Clause {

		private final int firstWord;

		private int lastWord;

		private EventType strong;

		private EventType weak;

		Clause(int firstWord) {
			this.firstWord = firstWord;
			this.lastWord = firstWord;
		}

		void read(int word, EventCue cue) {
			this.lastWord = word;
			if (cue == null) {
				return;
			}
			if (!cue.weak() && this.strong == null) {
				this.strong = cue.type();
			}
			else if (cue.weak() && this.weak == null) {
				this.weak = cue.type();
			}
		}

	}

}
