package org.marsad.tallies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A published snapshot in a list.
 *
 * @param id the snapshot
 * @param tallyId the tally
 * @param asOf the day computed as of
 * @param publishedAt when it was published
 * @param publishedBy who published it
 * @param value its total
 */
public record SnapshotSummary(UUID id, UUID tallyId, LocalDate asOf, Instant publishedAt, String publishedBy,
		Estimate value) {
}
