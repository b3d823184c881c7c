package org.marsad.text;

import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.Sex;

/**
 * Who the counted people are (DESIGN, "Figure units"); every part is {@code null} when
 * the text does not say it.
 *
 * @param nationality ISO 3166-1 alpha-2 code, e.g. {@code IQ}
 * @param actor catalogue id of the group the counted people belong to, e.g. {@code isis}
 * @param age age group
 * @param sex sex
 */
public record FigureGroup(String nationality, String actor, AgeGroup age, Sex sex) {

	/** A group of which nothing is known. */
	public static final FigureGroup UNKNOWN = new FigureGroup(null, null, null, null);

	/** Whether nothing is known of the group. */
	public boolean isUnknown() {
		return this.nationality == null && this.actor == null && this.age == null && this.sex == null;
	}

}
