package org.marsad.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import org.marsad.text.actors.ActorCatalogue;
import org.marsad.text.actors.ActorRecognizer;
import org.marsad.text.actors.Nationalities;
import org.marsad.text.actors.NationalityRecognizer;
import org.marsad.text.dates.DateRecognizer;
import org.marsad.text.events.EventFinder;
import org.marsad.text.figures.FigureFinder;
import org.marsad.text.figures.MentionedText;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Vocabulary;
import org.marsad.text.numbers.NumberRecognizer;
import org.marsad.text.places.CommonWords;
import org.marsad.text.places.Gazetteer;
import org.marsad.text.places.PlaceRecognizer;

/**
 * The text engine's one entry point: proposes numbers, dates, places, actors, figures and
 * events for a report (DESIGN, "The extraction contract").
 *
 * <p>
 * Built once (dictionaries are loaded when it is built) and shared: it holds no state
 * between calls and is safe to use from many threads.
 * <ul>
 * <li>the text is folded once and every recogniser matches on the folded view</li>
 * <li>the place, qualifier, actor and nationality dictionaries share one vocabulary, so
 * each reading of a word of the text is looked up once for all of them</li>
 * <li>mentions of each kind are reported in text order (recognisers find them in that
 * order, so they are sorted only when they are not); of two overlapping mentions of the
 * same kind the longer (then the earlier) is kept</li>
 * <li>a number inside a date is part of the date («الـ 30 من يناير»), a place or a
 * nationality inside an actor's name part of the name («قوات سوريا الديمقراطية», «قوات
 * النظام السوري»): they are dropped</li>
 * <li>figures are assembled from numbers and what surrounds them, events from clauses;
 * what cannot be resolved is left {@code null}</li>
 * </ul>
 */
public final class Extractor {

	private final NumberRecognizer numbers;

	private final DateRecognizer dates;

	private final PlaceRecognizer places;

	private final ActorRecognizer actors;

	private final NationalityRecognizer nationalities;

	private final FigureFinder figures = new FigureFinder();

	private final EventFinder events = new EventFinder();

	private Extractor(Builder builder) {
		this.numbers = new NumberRecognizer();
		this.dates = new DateRecognizer();
		Vocabulary names = new Vocabulary();
		this.places = new PlaceRecognizer(builder.gazetteer, CommonWords.standard(), names);
		this.actors = new ActorRecognizer(builder.catalogue, names);
		this.nationalities = new NationalityRecognizer(Nationalities.starter(), names);
		names.seal();
	}

	/** An extractor with the starter gazetteer and actor catalogue. */
	public static Extractor standard() {
		return builder().build();
	}

	/** Starts an extractor with other dictionaries. */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Extracts everything from a text.
	 * @param text the text exactly as received
	 * @param published publication date, against which relative dates are resolved
	 * @return what was found, with spans into {@code text}
	 */
	public Extraction extract(String text, LocalDate published) {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(published, "published");
		FoldedText folded = FoldedText.of(text);
		List<DateMention> dateMentions = inOrder(this.dates.find(folded, published), DateMention::start,
				DateMention::end);
		List<ActorMention> actorMentions = inOrder(this.actors.find(folded), ActorMention::start, ActorMention::end);
		List<NumberMention> numberMentions = outside(
				inOrder(this.numbers.find(folded), NumberMention::start, NumberMention::end), NumberMention::start,
				NumberMention::end, dateMentions, DateMention::start, DateMention::end);
		List<PlaceMention> placeMentions = outside(
				inOrder(this.places.find(folded), PlaceMention::start, PlaceMention::end), PlaceMention::start,
				PlaceMention::end, actorMentions, ActorMention::start, ActorMention::end);
		MentionedText mentioned = MentionedText.of(folded, numberMentions, dateMentions, placeMentions, actorMentions,
				outside(inOrder(this.nationalities.find(folded), NationalityMention::start, NationalityMention::end),
						NationalityMention::start, NationalityMention::end, actorMentions, ActorMention::start,
						ActorMention::end));
		List<FigureMention> figureMentions = this.figures.find(mentioned);
		List<EventMention> eventMentions = this.events.find(mentioned, figureMentions);
		return new Extraction(Language.detect(text), published, mentioned.numbers(), mentioned.dates(),
				mentioned.places(), mentioned.actors(), figureMentions, eventMentions);
	}

	private static <M> List<M> inOrder(List<M> mentions, ToIntFunction<M> start, ToIntFunction<M> end) {
		Comparator<M> order = Comparator.comparingInt(start).thenComparing(Comparator.comparingInt(end).reversed());
		List<M> sorted = mentions;
		for (int i = 1; i < mentions.size() && sorted == mentions; i++) {
			if (order.compare(mentions.get(i - 1), mentions.get(i)) > 0) {
				sorted = new ArrayList<>(mentions);
				sorted.sort(order);
			}
		}
		List<M> kept = new ArrayList<>(sorted.size());
		int reached = -1;
		for (M mention : sorted) {
			if (start.applyAsInt(mention) >= reached) {
				kept.add(mention);
				reached = end.applyAsInt(mention);
			}
		}
		return kept;
	}

	private static <M, C> List<M> outside(List<M> mentions, ToIntFunction<M> start, ToIntFunction<M> end,
			List<C> containers, ToIntFunction<C> containerStart, ToIntFunction<C> containerEnd) {
		List<M> kept = new ArrayList<>(mentions.size());
		int c = 0;
		for (M mention : mentions) {
			while (c < containers.size() && containerEnd.applyAsInt(containers.get(c)) <= start.applyAsInt(mention)) {
				c++;
			}
			boolean inside = c < containers.size()
					&& containerStart.applyAsInt(containers.get(c)) <= start.applyAsInt(mention)
					&& end.applyAsInt(mention) <= containerEnd.applyAsInt(containers.get(c));
			if (!inside) {
				kept.add(mention);
			}
		}
		return kept;
	}

	/**
	 * Chooses the dictionaries of an {@link Extractor}.
	 */
	public static final class Builder {

		private Gazetteer gazetteer;

		private ActorCatalogue catalogue;

		private Builder() {
		}

		/**
		 * Uses another gazetteer (for instance a full one imported from OCHA data).
		 * @param gazetteer the gazetteer
		 * @return this builder
		 */
		public Builder gazetteer(Gazetteer gazetteer) {
			this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
			return this;
		}

		/**
		 * Uses another actor catalogue.
		 * @param catalogue the catalogue
		 * @return this builder
		 */
		public Builder actors(ActorCatalogue catalogue) {
			this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
			return this;
		}

		/**
		 * Builds the extractor, loading the starter dictionaries where none was given.
		 */
		public Extractor build() {
			if (this.gazetteer == null) {
				this.gazetteer = Gazetteer.starter();
			}
			if (this.catalogue == null) {
				this.catalogue = ActorCatalogue.starter();
			}
			return new Extractor(this);
		}

	}

}
