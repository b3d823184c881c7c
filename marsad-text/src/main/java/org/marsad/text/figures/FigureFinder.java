package org.marsad.text.figures;

import java.util.ArrayList;
import java.util.List;

import org.marsad.text.FigureGroup;
import org.marsad.text.FigureMention;
import org.marsad.text.NumberMention;
import org.marsad.text.vocabulary.FigureCategory;

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
 * <li>without a noun, a number right after a cue that only people undergo (killed,
 * injured, arrested, detained, missing, surrendered, released: «مقتل 12») counts
 * persons</li>
 * <li>any other number counts nothing recognisable and stays a plain number</li>
 * <li>the span covers the qualifier, the number and the counted noun</li>
 * <li>the category comes from {@link CategoryChooser}, the group from
 * {@link GroupFinder}</li>
 * <li>the date and the place are the mentions of the figure's sentence nearest to it (for
 * transferred people the destination after it); none in the sentence gives
 * {@code null}</li>
 * </ul>
 */
public final class FigureFinder {

	private final CueLexicon<CountedNoun> nouns = CountedNouns.lexicon();

	private final CueLexicon<FigureCategory> cues = FigureCues.lexicon();

	private final CueLexicon<LinkWord> links = LinkWords.lexicon();

	private final CategoryChooser categories = new CategoryChooser();

	private final GroupFinder groups = new GroupFinder();

	/**
	 * Finds the figures of a text.
	 * @param text the text and its mentions
	 * @return figures in text order
	 */
	public List<FigureMention> find(MentionedText text) {
		List<FigureMention> figures = new ArrayList<>();
		for (int i = 0; i < text.numbers().size(); i++) {
			FigureMention figure = figureOf(text, i, figures);
			if (figure != null) {
				figures.add(figure);
			}
		}
		return figures;
	}

	private FigureMention figureOf(MentionedText text, int index, List<FigureMention> earlier) {
		NumberMention number = text.numbers().get(index);
		Anchors anchors = text.numberAnchors();
		int firstWord = anchors.firstWord(index);
		int lastWord = anchors.lastWord(index);
		if (number.percent() || firstWord >= text.layout().words() || insideOtherMention(text, firstWord)) {
			return null;
		}
		Counted counted = countedAfter(text, lastWord);
		if (counted == null) {
			counted = personsAfterCue(text, firstWord, lastWord);
		}
		if (counted == null) {
			return null;
		}
		FigureCategory category = this.categories.choose(text, firstWord, counted.lastWord, counted.noun);
		FigureGroup group = this.groups.find(text, counted, partOf(text, firstWord) ? earlier : List.of());
		int end = (counted.lastWord > lastWord) ? text.layout().text().originalEnd(text.layout().end(counted.lastWord))
				: number.end();
		String original = text.layout().text().original();
		return new FigureMention(number.start(), end, original.substring(number.start(), end), number.qualifier(),
				number.low(), number.best(), number.high(), counted.noun.unit(), category, group,
				dateOf(text, counted.lastWord), placeOf(text, counted.lastWord, category));
	}

	private boolean insideOtherMention(MentionedText text, int word) {
		return text.dateAnchors().covering(word) >= 0 || text.placeAnchors().covering(word) >= 0;
	}

	private Counted countedAfter(MentionedText text, int numberWord) {
		TextLayout layout = text.layout();
		int clause = layout.clause(numberWord);
		for (int w = numberWord + 1; w < layout.words() && w <= numberWord + 2 && layout.clause(w) == clause; w++) {
			CueLexicon.Match<CountedNoun> noun = this.nouns.match(layout.text(), layout.start(w));
			if (noun != null) {
				return new Counted(noun.value(), layout.wordBefore(noun.end()), -1);
			}
			int nationality = text.nationalityAnchors().startingAt(w);
			if (nationality >= 0) {
				return new Counted(CountedNoun.person(null, null), text.nationalityAnchors().lastWord(nationality),
						nationality);
			}
			if (!isLink(layout, w, LinkWord.FILLER)) {
				return null;
			}
		}
		return null;
	}

	private Counted personsAfterCue(MentionedText text, int firstWord, int lastWord) {
		TextLayout layout = text.layout();
		int cueWord = firstWord - 1;
		if (cueWord < 0 || layout.clause(cueWord) != layout.clause(firstWord)) {
			return null;
		}
		CueLexicon.Match<FigureCategory> cue = this.cues.match(layout.text(), layout.start(cueWord));
		if (cue == null || !countsPeople(cue.value())) {
			return null;
		}
		return new Counted(CountedNoun.person(null, null), lastWord, -1);
	}

	private static boolean countsPeople(FigureCategory category) {
		return switch (category) {
			case KILLED, INJURED, ARRESTED, DETAINED, MISSING, SURRENDERED, RELEASED -> true;
			default -> false;
		};
	}

	private boolean partOf(MentionedText text, int firstWord) {
		TextLayout layout = text.layout();
		for (int w = firstWord - 1; w >= 0 && w >= firstWord - 2; w--) {
			if (isLink(layout, w, LinkWord.PART_OF)) {
				return true;
			}
		}
		return false;
	}

	private boolean isLink(TextLayout layout, int word, LinkWord kind) {
		CueLexicon.Match<LinkWord> match = this.links.match(layout.text(), layout.start(word));
		return match != null && match.value() == kind;
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
	 */
	record Counted(CountedNoun noun, int lastWord, int nationality) {
	}

}
