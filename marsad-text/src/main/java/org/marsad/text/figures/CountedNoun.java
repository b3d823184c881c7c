package org.marsad.text.figures;

import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Sex;

/**
 * What a counted noun tells about a figure.
 *
 * @param unit the unit it counts
 * @param age age group of counted people, or {@code null}
 * @param sex sex of counted people, or {@code null}
 * @param combatant whether it counts members of an armed group (so that a following actor
 * names the group they belong to)
 * @param category the category the noun alone implies (strikes, area), or {@code null}
 * @param usual the category the noun suggests when no cue word governs the figure («300
 * ألف نازح» left, «3500 محتجز» are detained), or {@code null}
 */
public record CountedNoun(FigureUnit unit, AgeGroup age, Sex sex, boolean combatant, FigureCategory category,
		FigureCategory usual) {

	static CountedNoun of(FigureUnit unit) {
		return new CountedNoun(unit, null, null, false, null, null);
	}

	static CountedNoun person(AgeGroup age, Sex sex) {
		return new CountedNoun(FigureUnit.PERSON, age, sex, false, null, null);
	}

	static CountedNoun personUsually(FigureCategory usual) {
		return new CountedNoun(FigureUnit.PERSON, null, null, false, null, usual);
	}

	static CountedNoun fighter() {
		return new CountedNoun(FigureUnit.PERSON, AgeGroup.ADULT, null, true, null, null);
	}

	static CountedNoun implying(FigureUnit unit, FigureCategory category) {
		return new CountedNoun(unit, null, null, false, category, null);
	}

}
