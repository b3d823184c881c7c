package org.marsad.events;

import java.util.List;

/**
 * A figure to add to an event, with the claims that state it.
 *
 * @param figure the figure
 * @param claims its claims, possibly none
 */
public record NewFigure(FigureFields figure, List<NewClaim> claims) {
}
