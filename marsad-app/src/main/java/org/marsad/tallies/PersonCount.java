package org.marsad.tallies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The persons of the registry behind a tally as of a day: those linked to the figures of
 * persons and families in its scope (the filters and days of the tally, as its total
 * reads them).
 * <ul>
 * <li>a person is counted once however many figures name it; a person merged into another
 * is counted as the person kept; void persons and undone links do not count</li>
 * <li>households are the distinct households of those persons; persons with no household
 * recorded are counted apart</li>
 * </ul>
 *
 * @param tallyId the tally
 * @param asOf the day asked for
 * @param from the first day counted, {@code null} for all records
 * @param to the last day counted
 * @param persons how many distinct persons
 * @param households in how many distinct households
 * @param withoutHousehold how many of the persons have no household recorded
 * @param figures how many figures in scope name at least one person
 * @param exceeded the figures in scope that name more persons than their high bound
 * allows, at most {@value #EXCEEDED_SHOWN}
 */
public record PersonCount(UUID tallyId, LocalDate asOf, LocalDate from, LocalDate to, long persons, long households,
		long withoutHousehold, long figures, List<NamedBeyondBound> exceeded) {

	/** How many of the figures that name too many persons a count lists. */
	public static final int EXCEEDED_SHOWN = 100;

	/**
	 * A consistency finding: a figure names more persons than its high bound allows («لا
	 * يزيد عن 3» with five persons linked), with the records involved.
	 *
	 * @param figureId the figure
	 * @param eventId its event
	 * @param unit {@code person} or {@code family}
	 * @param qualifier how its value was stated
	 * @param high its high bound
	 * @param named how many persons it names
	 * @param personIds the persons it names
	 */
	public record NamedBeyondBound(UUID figureId, UUID eventId, String unit, String qualifier, BigDecimal high,
			long named, List<UUID> personIds) {
	}

}
