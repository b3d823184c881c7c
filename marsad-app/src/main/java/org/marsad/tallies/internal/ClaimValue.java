package org.marsad.tallies.internal;

import java.util.UUID;

import org.marsad.tallies.Estimate;

/**
 * The value one claim gives its figure.
 *
 * @param claim the claim
 * @param figure the figure
 * @param value the interval the claim states
 */
record ClaimValue(UUID claim, UUID figure, Estimate value) {
}
