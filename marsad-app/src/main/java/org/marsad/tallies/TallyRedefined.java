package org.marsad.tallies;

import java.util.UUID;

/**
 * A tally's definition was changed; published in the storing transaction, so that the new
 * definition and its audit entry are kept together or not at all.
 *
 * @param tallyId the tally
 * @param version its new version
 */
public record TallyRedefined(UUID tallyId, int version) {
}
