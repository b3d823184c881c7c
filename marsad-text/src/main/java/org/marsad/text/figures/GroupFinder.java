package org.marsad.text.figures;

import org.marsad.text.FigureGroup;
import org.marsad.text.FigureMention;
import org.marsad.text.vocabulary.FigureUnit;

/**
 * Finds who the counted people of a figure are (DESIGN, "Figure units": group).
 *
 * <p>
 * Rules:
 * <ul>
 * <li>age and sex come from the counted noun (أطفال → child, نساء → female)</li>
 * <li>nationality, for people and families only: a nationality that stands for the noun
 * («500 عراقي») or follows it within {@value #NATIONALITY_REACH} words in the clause
 * («شخصاً من الجنسية العراقية», «عائلات عراقية»), before any other number</li>
 * <li>actor: an actor between number and noun («3,000 ISIS fighters»), or, for
 * combatants, an actor within {@value #ACTOR_REACH} words after the noun («عناصر
 * التنظيم», «مقاتلين من قسد»)</li>
 * <li>a figure that is part of the previous one («ضمن أكثر من 6000 عائلة») or coordinated
 * with it takes the nationality and actor of that figure when it names none itself</li>
 * </ul>
 */
final class GroupFinder {

	static final int NATIONALITY_REACH = 5;

	static final int ACTOR_REACH = 3;

	FigureGroup find(MentionedText text, FigureFinder.Counted counted, FigureMention whole) {
		CountedNoun noun = counted.noun();
		boolean people = noun.unit() == FigureUnit.PERSON || noun.unit() == FigureUnit.FAMILY;
		String nationality = null;
		if (counted.nationality() >= 0) {
			nationality = text.nationalities().get(counted.nationality()).country();
		}
		else if (people && counted.named()) {
			nationality = nationalityAfter(text, counted.lastWord());
		}
		String actor = null;
		if (counted.actor() >= 0) {
			actor = text.actors().get(counted.actor()).actorId();
		}
		else if (noun.combatant()) {
			actor = actorAfter(text, counted.lastWord());
		}
		if (whole != null) {
			nationality = (nationality != null) ? nationality : whole.group().nationality();
			actor = (actor != null) ? actor : whole.group().actor();
		}
		return new FigureGroup(nationality, actor, noun.age(), noun.sex());
	}

	private String nationalityAfter(MentionedText text, int nounWord) {
		Anchors nationalities = text.nationalityAnchors();
		int candidate = nationalities.firstAtOrAfter(nounWord + 1);
		if (candidate >= nationalities.size()
				|| !closeInClause(text, nounWord, nationalities.firstWord(candidate), NATIONALITY_REACH)) {
			return null;
		}
		int nextNumber = text.numberAnchors().firstAtOrAfter(nounWord + 1);
		if (nextNumber < text.numberAnchors().size()
				&& text.numberAnchors().firstWord(nextNumber) < nationalities.firstWord(candidate)) {
			return null;
		}
		return text.nationalities().get(candidate).country();
	}

	private String actorAfter(MentionedText text, int nounWord) {
		Anchors actors = text.actorAnchors();
		int covering = actors.covering(nounWord);
		if (covering >= 0) {
			return text.actors().get(covering).actorId();
		}
		int candidate = actors.firstAtOrAfter(nounWord + 1);
		if (candidate >= actors.size() || !closeInClause(text, nounWord, actors.firstWord(candidate), ACTOR_REACH)) {
			return null;
		}
		return text.actors().get(candidate).actorId();
	}

	private static boolean closeInClause(MentionedText text, int from, int to, int reach) {
		TextLayout layout = text.layout();
		return to < layout.words() && to - from <= reach && layout.clause(to) == layout.clause(from);
	}

}
