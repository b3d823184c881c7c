package org.marsad.persons;

import java.util.List;
import java.util.UUID;

/**
 * The persons a figure names («3 named of about 5»), those the caller may see.
 *
 * @param figureId the figure
 * @param eventId its event
 * @param unit {@code person} or {@code family} (persons named in it are heads of the
 * households counted)
 * @param value its value as stated
 * @param persons the persons linked to it that the caller may see, in the order linked
 * @param exceeded whether the figure names more persons than its high bound allows
 */
public record NamedInFigure(UUID figureId, UUID eventId, String unit, CountedFigure.StatedCount value,
		List<PersonSummary> persons, boolean exceeded) {
}
