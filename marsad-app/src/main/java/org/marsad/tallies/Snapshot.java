package org.marsad.tallies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A published tally, frozen: its definition, value, breakdowns and series as computed,
 * and the figures and claims behind its numbers as they stood. Never changed.
 *
 * @param id the snapshot
 * @param tallyId the tally
 * @param asOf the day computed as of
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param definition the tally as defined then
 * @param result the computation as published
 * @param figures the counted figures of each number as they stood, the first
 * {@value #FIGURES_SHOWN} (by number, role and day)
 * @param figureCount how many counted figures were frozen in all
 */
public record Snapshot(UUID id, UUID tallyId, LocalDate asOf, Instant publishedAt, String publishedBy, Tally definition,
		TallyResult result, List<FrozenFigure> figures, long figureCount) {

	/** How many frozen figures a snapshot lists. */
	public static final int FIGURES_SHOWN = 1000;

	/**
	 * A counted figure as it stood when the snapshot was published.
	 *
	 * @param cell the number it is counted in ({@code total} or
	 * {@code <dimension>:<key>})
	 * @param entry the figure, its role and its claims
	 */
	public record FrozenFigure(String cell, Provenance.Entry entry) {
	}

}
