package org.marsad.tallies;

import java.util.UUID;

/**
 * A tally was defined; published in the storing transaction, so that the definition and
 * its audit entry are kept together or not at all.
 *
 * @param tallyId the tally
 * @param version its version, 1
 */
public record TallyDefined(UUID tallyId, int version) {
}
