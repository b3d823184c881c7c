package org.marsad.tallies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A tally pinned to the dashboard, with the number to show.
 *
 * @param id the tally
 * @param name its name
 * @param unit its unit code
 * @param category its category code
 * @param value the number: computed now for readers who may compute tallies, else the
 * last published one; {@code null} when there is none to show
 * @param asOf the day the number is as of, {@code null} with no number
 * @param published whether the number is a published snapshot
 */
public record PinnedTally(UUID id, String name, String unit, String category, Estimate value, LocalDate asOf,
		boolean published) {
}
