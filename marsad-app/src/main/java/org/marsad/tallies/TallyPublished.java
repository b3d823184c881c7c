package org.marsad.tallies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A tally was published as a snapshot; published in the storing transaction.
 *
 * @param tallyId the tally
 * @param snapshotId the snapshot
 * @param asOf the day it was computed as of
 */
public record TallyPublished(UUID tallyId, UUID snapshotId, LocalDate asOf) {
}
