package org.marsad.text.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.marsad.text.FigureGroup;
import org.marsad.text.FigureMention;
import org.marsad.text.NumberMention;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.Qualifier;

/**
 * Turns numbers into figures: a number, what it counts and what happened to it (DESIGN,
 * "Figure units" and "Figure categories"). Stateless and safe to share between threads.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>percentages and numbers inside a date or place mention are not figures</li>
 * <li>the counted noun follows the number, directly or after «من» («مئات من المدنيين»),
 * within the clause; a nationality adjective may stand for it («500 عراقي»)</li>
 * <li>without a noun, a number right before or after a cue that only people undergo
 * (killed, injured, arrested, detained, missing, surrendered, released, trapped: «مقتل
 * 12», «المئات عالقين») counts persons</li>
 * <li>any other number counts nothing recognisable and stays a plain number</li>
 * <li>a dual noun ({@link DualNouns}: «طفلان», «عائلتين», «شخصين») is a figure of exactly
 * two on its own, spanning the word, unless a number stands right before it or it lies
 * inside a date, place or actor mention</li>
 * <li>the span covers the qualifier, the number and the counted noun</li>
 * <li>an actor may stand between the number and its noun («3,000 ISIS fighters») or
 * replace it («40 من قوات سوريا الديمقراطية»: 40 of its members)</li>
 * <li>the category comes from {@link CategoryChooser}; without a cue, from the noun («300
 * ألف نازح» left); else a figure that is part of the previous one («بينهم 6 أطفال») or
 * coordinated with it («114 من عناصر التنظيم و 40 من …») takes the previous figure's
 * category</li>
 * <li>the group comes from {@link GroupFinder}</li>
 * <li>the date and the place are the mentions of the figure's sentence nearest to it (for
 * transferred people the destination after it); none in the sentence gives
 * {@code null}</li>
 * </ul>
 */
public final class FigureFinder {

	private static final int MAX_SKIPPED = 2;

	private static final int COORDINATION_REACH = 5;

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private final CategoryChooser categories = new CategoryChooser();

	private final GroupFinder groups = new GroupFinder();

	/**
	 * Finds the figures of a text.
	 * @param text the text and its mentions
	 * @return figures in text order
	 */
	public List<FigureMention> find(MentionedText text) {
		List<FigureMention> figures = new ArrayList<>();
		WordCues cues = text.cues();
		Anchors numbers = text.numberAnchors();
		int words = text.layout().words();
		int number = 0;
		for (int w = 0; w < words; w++) {
			for (; number < numbers.size() && numbers.firstWord(number) <= w; number++) {
				add(figureOf(text, cues, number, figures), figures);
			}
			add(dualFigure(text, cues, w, figures), figures);
		}
		for (; number < numbers.size(); number++) {
			add(figureOf(text, cues, number, figures), figures);
		}
		return figures;
	}

	private static void add(FigureMention figure, List<FigureMention> figures) {
		if (figure != null) {
			figures.add(figure);
		}
	}

	private FigureMention dualFigure(MentionedText text, WordCues cues, int word, List<FigureMention> earlier) {
		CountedNoun noun = cues.dual(word);
		if (noun == null || text.numberAnchors().covering(word) >= 0 || text.numberAnchors().covering(word - 1) >= 0
				|| insideOtherMention(text, word) || text.actorAnchors().covering(word) >= 0) {
			return null;
		}
		Counted counted = new Counted(noun, word, -1, -1, true);
		FigureMention whole = whole(text, cues, word, earlier);
		FigureCategory category = this.categories.choose(text, cues, word, word, noun);
		if (category == null) {
			category = usualCategory(noun, whole);
		}
		TextLayout layout = text.layout();
		int start = layout.text().originalStart(layout.start(word));
		int end = layout.text().originalEnd(layout.end(word));
		return new FigureMention(start, end, layout.text().original().substring(start, end), Qualifier.EXACT, TWO, TWO,
				TWO, noun.unit(), category, this.groups.find(text, counted, whole), dateOf(text, word),
				placeOf(text, word, category));
	}

	private FigureMention figureOf(MentionedText text, WordCues cues, int index, List<FigureMention> earlier) {
		NumberMention number = text.numbers().get(index);
		Anchors anchors = text.numberAnchors();
		int firstWord = anchors.firstWord(index);
		int lastWord = anchors.lastWord(index);
		if (number.percent() || firstWord >= text.layout().words() || insideOtherMention(text, firstWord)) {
			return null;
		}
		Counted counted = countedAfter(text, cues, lastWord);
		if (counted == null) {
			counted = personsAroundCue(text, cues, firstWord, lastWord);
		}
		if (counted == null) {
			return null;
		}
		FigureMention whole = whole(text, cues, firstWord, earlier);
		FigureCategory category = this.categories.choose(text, cues, firstWord, counted.lastWord, counted.noun);
		if (category == null) {
			category = usualCategory(counted.noun, whole);
		}
		FigureGroup group = this.groups.find(text, counted, whole);
		int end = (counted.lastWord > lastWord) ? text.layout().text().originalEnd(text.layout().end(counted.lastWord))
				: number.end();
		String original = text.layout().text().original();
		return new FigureMention(number.start(), end, original.substring(number.start(), end), number.qualifier(),
				number.low(), number.best(), number.high(), counted.noun.unit(), category, group,
				dateOf(text, counted.lastWord), placeOf(text, counted.lastWord, category));
	}

	private static FigureCategory usualCategory(CountedNoun noun, FigureMention whole) {
		if (noun.usual() != null) {
			return noun.usual();
		}
		return (whole != null) ? whole.category() : FigureCategory.OTHER;
	}

	private boolean insideOtherMention(MentionedText text, int word) {
		return text.dateAnchors().covering(word) >= 0 || text.placeAnchors().covering(word) >= 0;
	}

	private Counted countedAfter(MentionedText text, WordCues cues, int numberWord) {
		TextLayout layout = text.layout();
		int clause = layout.clause(numberWord);
		int actor = -1;
		int skipped = 0;
		for (int w = numberWord + 1; w < layout.words() && skipped <= MAX_SKIPPED && layout.clause(w) == clause; w++) {
			CountedNoun noun = cues.noun(w);
			if (noun != null) {
				return new Counted(noun, layout.wordBefore(cues.nounEnd(w)), -1, actor, true);
			}
			int nationality = text.nationalityAnchors().startingAt(w);
			if (nationality >= 0) {
				return new Counted(CountedNoun.person(null, null), text.nationalityAnchors().lastWord(nationality),
						nationality, actor, true);
			}
			int named = text.actorAnchors().startingAt(w);
			if (named >= 0 && actor < 0) {
				actor = named;
				w = text.actorAnchors().lastWord(named);
				continue;
			}
			if (actor >= 0 || !cues.is(w, LinkWord.FILLER)) {
				break;
			}
			skipped++;
		}
		return (actor >= 0 && layout.clause(text.actorAnchors().lastWord(actor)) == clause)
				? new Counted(CountedNoun.fighter(), text.actorAnchors().lastWord(actor), -1, actor, false) : null;
	}

	private Counted personsAroundCue(MentionedText text, WordCues cues, int firstWord, int lastWord) {
		TextLayout layout = text.layout();
		int after = lastWord + 1;
		if (after < layout.words() && layout.clause(after) == layout.clause(lastWord) && cues.category(after) != null
				&& countsPeople(cues.category(after))) {
			return new Counted(CountedNoun.person(null, null), lastWord, -1, -1, false);
		}
		int cueWord = firstWord - 1;
		if (cueWord < 0 || layout.clause(cueWord) != layout.clause(firstWord)) {
			return null;
		}
		FigureCategory cue = (cues.adjacentCategory(cueWord) != null) ? cues.adjacentCategory(cueWord)
				: cues.category(cueWord);
		if (cue == null || !countsPeople(cue)) {
			return null;
		}
		return new Counted(CountedNoun.person(null, null), lastWord, -1, -1, false);
	}

	private static boolean countsPeople(FigureCategory category) {
		return switch (category) {
			case KILLED, INJURED, ARRESTED, DETAINED, MISSING, SURRENDERED, RELEASED, TRAPPED -> true;
			default -> false;
		};
	}

	private FigureMention whole(MentionedText text, WordCues cues, int firstWord, List<FigureMention> earlier) {
		TextLayout layout = text.layout();
		if (earlier.isEmpty() || firstWord == 0) {
			return null;
		}
		FigureMention previous = earlier.get(earlier.size() - 1);
		int previousWord = layout.wordBefore(layout.folded(previous.end()));
		if (previousWord < 0 || layout.sentence(previousWord) != layout.sentence(firstWord)) {
			return null;
		}
		boolean coordinated = previousWord >= firstWord - COORDINATION_REACH && cues.is(firstWord - 1, LinkWord.AND);
		boolean partOf = cues.is(firstWord - 1, LinkWord.PART_OF) || cues.is(firstWord - 2, LinkWord.PART_OF);
		return (coordinated || partOf) ? previous : null;
	}

	private Integer dateOf(MentionedText text, int word) {
		int date = text.dateAnchors().nearestInSentence(text.layout().sentence(word), word);
		return (date >= 0) ? date : null;
	}

	private Integer placeOf(MentionedText text, int word, FigureCategory category) {
		Anchors places = text.placeAnchors();
		int sentence = text.layout().sentence(word);
		if (category == FigureCategory.TRANSFERRED) {
			int after = places.firstAtOrAfter(word + 1);
			if (after < places.size() && places.sentence(after) == sentence) {
				return after;
			}
		}
		int place = places.nearestInSentence(sentence, word);
		return (place >= 0) ? place : null;
	}

	/**
	 * What a number counts.
	 *
	 * @param noun the counted noun
	 * @param lastWord the last word of the noun (or of the number)
	 * @param nationality the nationality mention that stands for the noun, or -1
	 * @param actor the actor named between number and noun («3,000 ISIS fighters», «40 من
	 * قوات سوريا الديمقراطية»), or -1
	 * @param named whether a noun or a nationality says what is counted
	 */
	record Counted(CountedNoun noun, int lastWord, int nationality, int actor, boolean named) {
	}

}
