package org.marsad.events;

/**
 * A change to a figure; its claims are added and voided on their own.
 *
 * @param version the version the change was made on (required)
 * @param reason why, kept in the history
 * @param figure the figure's fields as they should become
 */
public record FigureEdit(Integer version, String reason, FigureFields figure) {
}
