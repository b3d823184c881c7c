package org.marsad.events;

/**
 * The coded report's claim for a figure already recorded.
 *
 * @param figureId the figure (required), of the linked event
 * @param claim the claim
 */
public record FigureClaim(String figureId, CodedClaim claim) {
}
