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
 * <li>a cue right before the number, up to {@value #CLOSE_BEFORE} words back, governs it
 * («اعتقال مئات آخرين», «فقدان الاتصال بنحو 200»); a cue of two senses only when it
 * stands directly before the number ({@link FigureCues#adjacent()})</li>
 * <li>otherwise the nearest cue wins: before the number up to {@value #REACH_BEFORE}
 * words back, or after the counted noun («23200 شخصاً … خرجوا») up to
 * {@value #REACH_AFTER} words on, both within the sentence; a tie goes to the cue
 * before</li>
 * <li>a cue named after «عدد» or «حصيلة» («بلغ عدد الخارجين … أكثر من 36 ألف شخص»)
 * governs the number however far it is in the sentence</li>
 * <li>looking back stops at a part-of word («بينهم», «among them») or a lone «و» / "and":
 * what lies before it belongs to the whole or to the previous clause («154 people were
 * killed and about 45,000 residents fled»)</li>
 * <li>looking ahead stops at a cue that is directly followed by another number, which
 * governs that number («مقتل 5 وإصابة 10»)</li>
 * <li>people that left and were then moved on later in the same sentence («خرجوا … ونقلوا
 * إلى مخيمات», «خرجت … ووصلت إلى مخيم الهول») are transferred, as DESIGN's example codes
 * them, unless another number stands between the two cues</li>
 * <li>arrival: forces that arrive are deployed; people brought to a camp are transferred;
 * anything else that arrives entered</li>
 * <li>no cue: {@code null}, left to the caller</li>
 * </ul>
 */
final class CategoryChooser {

	static final int CLOSE_BEFORE = 3;

	static final int REACH_BEFORE = 8;

	static final int REACH_AFTER = 14;

	/**
	 * Chooses a category.
	 * @param text the text and its mentions
	 * @param cues the cue words of the text
	 * @param numberWord the first word of the number, qualifier included
	 * @param nounWord the last word of the counted noun (or of the number)
	 * @param noun the counted noun
	 * @return the category, or {@code null} when no cue governs the figure
	 */
	FigureCategory choose(MentionedText text, WordCues cues, int numberWord, int nounWord, CountedNoun noun) {
		if (noun.category() != null) {
			return noun.category();
		}
		TextLayout layout = text.layout();
		int sentence = layout.sentence(nounWord);
		Cue before = lookBack(layout, cues, numberWord, sentence);
		Ahead ahead = lookAhead(text, cues, nounWord, sentence);
		FigureCategory chosen;
		if (before != null
				&& (before.distance <= CLOSE_BEFORE || ahead.category == null || before.distance <= ahead.distance)) {
			chosen = before.category;
		}
		else {
			chosen = ahead.category;
		}
		boolean people = noun.unit() == FigureUnit.PERSON || noun.unit() == FigureUnit.FAMILY;
		if (chosen == FigureCategory.EXITED
				&& (ahead.transferred || (ahead.arrived && people && mentionsCamp(layout, cues, sentence)))) {
			chosen = FigureCategory.TRANSFERRED;
		}
		return resolveArrival(layout, cues, sentence, noun, chosen);
	}

	private Cue lookBack(TextLayout layout, WordCues cues, int numberWord, int sentence) {
		FigureCategory adjacent = cues.adjacentCategory(numberWord - 1);
		if (adjacent != null) {
			return new Cue(adjacent, 1);
		}
		for (int w = numberWord - 1; w >= 0 && layout.sentence(w) == sentence; w--) {
			if (cues.is(w, LinkWord.PART_OF) || cues.is(w, LinkWord.AND)) {
				return null;
			}
			FigureCategory category = cues.category(w);
			if (category == null || cues.categoryEnd(w) > layout.start(numberWord)) {
				continue;
			}
			if (numberWord - w <= REACH_BEFORE || cues.is(w - 1, LinkWord.COUNT_OF)) {
				return new Cue(category, numberWord - w);
			}
		}
		return null;
	}

	/**
	 * Reads the cues after the counted noun. Once a cue is chosen and another number
	 * follows, nothing further can change the answer, so the walk stops there.
	 */
	private Ahead lookAhead(MentionedText text, WordCues cues, int nounWord, int sentence) {
		TextLayout layout = text.layout();
		Ahead ahead = new Ahead();
		boolean numberBetween = false;
		for (int w = nounWord + 1; w < layout.words() && layout.sentence(w) == sentence; w++) {
			if (text.numberAnchors().startingAt(w) >= 0) {
				numberBetween = ahead.category != null;
				if (numberBetween) {
					break;
				}
				continue;
			}
			FigureCategory category = cues.category(w);
			if (category == null) {
				continue;
			}
			int next = layout.wordAtOrAfter(cues.categoryEnd(w));
			if (next < layout.words() && text.numberAnchors().startingAt(next) >= 0) {
				break;
			}
			if (ahead.category == null && w - nounWord <= REACH_AFTER) {
				ahead.category = category;
				ahead.distance = w - nounWord;
			}
			if (!numberBetween) {
				ahead.transferred |= category == FigureCategory.TRANSFERRED;
				ahead.arrived |= category == FigureCategory.ENTERED;
			}
		}
		return ahead;
	}

	private FigureCategory resolveArrival(TextLayout layout, WordCues cues, int sentence, CountedNoun noun,
			FigureCategory chosen) {
		if (chosen != FigureCategory.ENTERED) {
			return chosen;
		}
		if (noun.combatant()) {
			return FigureCategory.DEPLOYED;
		}
		boolean people = noun.unit() == FigureUnit.PERSON || noun.unit() == FigureUnit.FAMILY;
		if (!people) {
			return chosen;
		}
		return mentionsCamp(layout, cues, sentence) ? FigureCategory.TRANSFERRED : FigureCategory.EXITED;
	}

	private boolean mentionsCamp(TextLayout layout, WordCues cues, int sentence) {
		for (int w = layout.firstWordOf(sentence); w < layout.words() && layout.sentence(w) == sentence; w++) {
			if (cues.is(w, LinkWord.CAMP)) {
				return true;
			}
		}
		return false;
	}

	private record Cue(FigureCategory category, int distance) {
	}

	private static final class Ahead {

		private FigureCategory category;

		private int distance;

		private boolean transferred;

		private boolean arrived;

	}

}
