package org.marsad.persons;

import java.util.UUID;

/**
 * A coordinator's decision on a pair.
 *
 * @param keep the person kept (one of the pair); the other is merged into it
 * @param reason why
 */
public record MergeDecision(UUID keep, String reason) {
}
