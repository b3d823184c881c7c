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
 */
public record CountedNoun(FigureUnit unit, AgeGroup age, Sex sex, boolean combatant, FigureCategory category) {

	static CountedNoun of(FigureUnit unit) {
		return new CountedNoun(unit, null, null, false, null);
	}

	static CountedNoun person(AgeGroup age, Sex sex) {
		return new CountedNoun(FigureUnit.PERSON, age, sex, false, null);
	}

	static CountedNoun fighter() {
		return new CountedNoun(FigureUnit.PERSON, AgeGroup.ADULT, null, true, null);
	}

	static CountedNoun implying(FigureUnit unit, FigureCategory category) {
		return new CountedNoun(unit, null, null, false, category);
	}

}
