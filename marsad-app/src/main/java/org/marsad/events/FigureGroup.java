package org.marsad.events;

import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.Sex;

/**
 * Whom a figure's count is limited to; {@code null} parts do not limit it.
 *
 * @param nationality ISO 3166-1 alpha-2 code, e.g. {@code IQ}
 * @param actorId the catalogue id of the group the counted people belong to
 * @param age child or adult
 * @param sex female or male
 */
public record FigureGroup(String nationality, String actorId, AgeGroup age, Sex sex) {

	/** No limit: everyone counted. */
	public static final FigureGroup EVERYONE = new FigureGroup(null, null, null, null);

	/** Whether the group limits the count at all. */
	public boolean limited() {
		return this.nationality != null || this.actorId != null || this.age != null || this.sex != null;
	}

}
