package org.marsad.events;

/**
 * A figure as typed or coded, before it is checked.
 *
 * @param unit a unit code, e.g. {@code person} (required)
 * @param category a category code, e.g. {@code exited} (required)
 * @param nationality ISO 3166-1 alpha-2 code of the counted group, e.g. {@code IQ}
 * @param groupActorId the catalogue id of the actor the counted group belongs to
 * @param ageGroup {@code child} or {@code adult}
 * @param sex {@code female} or {@code male}
 * @param periodFrom the first day of the period covered, or the as-of day (ISO date)
 * @param periodTo the last day of that period; the first day when empty
 * @param cumulative whether it is a running total over its period (default no)
 * @param partOf the id of a recorded figure it is a part of, of the same event or of an
 * event in the same chain (parent or child)
 * @param valueRule a {@link ValueRule} code; {@code best_graded} when empty
 * @param manualValue the value under the {@code manual} rule (required then, refused
 * otherwise)
 */
public record FigureFields(String unit, String category, String nationality, String groupActorId, String ageGroup,
		String sex, String periodFrom, String periodTo, Boolean cumulative, String partOf, String valueRule,
		StatedValue manualValue) {
}
