package org.marsad.events;

/**
 * A new figure coded from a report, with the report's claim of its value.
 *
 * @param key a name for the figure within the submission, so that another figure can be a
 * part of it (and the result can tell which id it got); required, unique
 * @param figure the figure's fields; {@code figure.partOf} names a recorded figure
 * @param partOfKey the key of another new figure of the same submission that this one is
 * a part of («من بينهم»), instead of {@code figure.partOf}
 * @param claim the report's statement of the figure's value
 */
public record CodedFigure(String key, FigureFields figure, String partOfKey, CodedClaim claim) {
}
