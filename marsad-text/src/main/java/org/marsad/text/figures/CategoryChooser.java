package org.marsad.text.figures;

import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;

/**
 * Chooses what happened to what a figure counts from the cue words of its sentence.
 *
 * <p>
 * Rules:
 * <ul>
 * <li>a noun that implies its category (غارة → strikes, كلم مربع → area) decides</li>
 * <li>otherwise the nearest cue wins: before the number («اعتقال مئات آخرين») up to
 * {@value #REACH_BEFORE} words back, or after the counted noun («23200 شخصاً … خرجوا») up
 * to {@value #REACH_AFTER} words on, both within the sentence; a tie goes to the cue
 * before</li>
 * <li>looking ahead stops at a cue that is directly followed by another number, which
 * governs that number («مقتل 5 وإصابة 10»)</li>
 * <li>people that left and were then moved on later in the same sentence («خرجوا … ونقلوا
 * إلى مخيمات») are transferred, as DESIGN's example codes them</li>
 * <li>arrival: forces that arrive are deployed; people brought to a camp are transferred;
 * anything else that arrives entered</li>
 * <li>no cue: {@link FigureCategory#OTHER}</li>
 * </ul>
 */
final class CategoryChooser {

	static final int REACH_BEFORE = 8;

	static final int REACH_AFTER = 14;

	private final CueLexicon<FigureCategory> cues = FigureCues.lexicon();

	private final CueLexicon<LinkWord> links = LinkWords.lexicon();

	/**
	 * Chooses a category.
	 * @param text the text and its mentions
	 * @param numberWord the first word of the number (qualifier excluded or not)
	 * @param nounWord the last word of the counted noun (or of the number)
	 * @param noun the counted noun
	 * @return the category
	 */
	FigureCategory choose(MentionedText text, int numberWord, int nounWord, CountedNoun noun) {
		if (noun.category() != null) {
			return noun.category();
		}
		TextLayout layout = text.layout();
		int sentence = layout.sentence(nounWord);
		int before = -1;
		FigureCategory beforeCategory = null;
		for (int w = numberWord - 1; w >= 0 && numberWord - w <= REACH_BEFORE && layout.sentence(w) == sentence; w--) {
			CueLexicon.Match<FigureCategory> match = this.cues.match(layout.text(), layout.start(w));
			if (match != null && match.end() <= layout.start(numberWord)) {
				before = numberWord - w;
				beforeCategory = match.value();
				break;
			}
		}
		Ahead ahead = lookAhead(text, nounWord, sentence);
		FigureCategory chosen;
		if (beforeCategory != null && (ahead.category == null || before <= ahead.distance)) {
			chosen = beforeCategory;
		}
		else {
			chosen = ahead.category;
		}
		if (chosen == FigureCategory.EXITED && ahead.transferred) {
			chosen = FigureCategory.TRANSFERRED;
		}
		return resolveArrival(text, sentence, noun, chosen);
	}

	private Ahead lookAhead(MentionedText text, int nounWord, int sentence) {
		TextLayout layout = text.layout();
		Ahead ahead = new Ahead();
		for (int w = nounWord + 1; w < layout.words() && layout.sentence(w) == sentence; w++) {
			CueLexicon.Match<FigureCategory> match = this.cues.match(layout.text(), layout.start(w));
			if (match == null) {
				continue;
			}
			int next = layout.wordAtOrAfter(match.end());
			if (next < layout.words() && text.numberAnchors().startingAt(next) >= 0) {
				break;
			}
			if (ahead.category == null && w - nounWord <= REACH_AFTER) {
				ahead.category = match.value();
				ahead.distance = w - nounWord;
			}
			else if (match.value() == FigureCategory.TRANSFERRED) {
				ahead.transferred = true;
			}
		}
		return ahead;
	}

	private FigureCategory resolveArrival(MentionedText text, int sentence, CountedNoun noun, FigureCategory chosen) {
		if (chosen == null) {
			return FigureCategory.OTHER;
		}
		if (chosen != FigureCategory.ENTERED) {
			return chosen;
		}
		if (noun.combatant()) {
			return FigureCategory.DEPLOYED;
		}
		boolean people = noun.unit() == FigureUnit.PERSON || noun.unit() == FigureUnit.FAMILY;
		if (people && mentionsCamp(text.layout(), sentence)) {
			return FigureCategory.TRANSFERRED;
		}
		return chosen;
	}

	private boolean mentionsCamp(TextLayout layout, int sentence) {
		for (int w = layout.firstWordOf(sentence); w < layout.words() && layout.sentence(w) == sentence; w++) {
			CueLexicon.Match<LinkWord> match = this.links.match(layout.text(), layout.start(w));
			if (match != null && match.value() == LinkWord.CAMP) {
				return true;
			}
		}
		return false;
	}

	private static final class Ahead {

		private FigureCategory category;

		private int distance;

		private boolean transferred;

	}

}
