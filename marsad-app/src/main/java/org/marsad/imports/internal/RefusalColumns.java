package org.marsad.imports.internal;

import java.util.List;
import java.util.Map;

import org.marsad.events.ActorInRole;
import org.marsad.imports.ImportField;

/**
 * Names the sheet field behind a field path of the events API's refusals
 * ({@code dateFrom}, {@code actors[1].actorId}, {@code figure.manualValue.low}, …), so
 * that a refusal is reported in the sheet's own terms.
 * <ul>
 * <li>a path names the field of its first segment, after {@code figure.}</li>
 * <li>actors are told apart by the role they were given, not their position</li>
 * <li>the parts of a value fall back to the figure column when their own column is not
 * mapped</li>
 * <li>{@code dateTo} falls back to the first-day column, which gives the last day when
 * there is no last-day column</li>
 * </ul>
 */
final class RefusalColumns {

	private static final String FIGURE_PREFIX = "figure.";

	private static final String VALUE_PREFIX = "manualValue";

	private static final Map<String, ImportField> FIELDS = Map.ofEntries(Map.entry("type", ImportField.TYPE),
			Map.entry("subType", ImportField.SUB_TYPE), Map.entry("dateFrom", ImportField.DATE_FROM),
			Map.entry("dateTo", ImportField.DATE_TO), Map.entry("datePrecision", ImportField.DATE_PRECISION),
			Map.entry("placeId", ImportField.PLACE), Map.entry("geoPrecision", ImportField.GEO_PRECISION),
			Map.entry("descriptionAr", ImportField.DESCRIPTION_AR),
			Map.entry("descriptionEn", ImportField.DESCRIPTION_EN),
			Map.entry("confidentiality", ImportField.CONFIDENTIALITY), Map.entry("unit", ImportField.UNIT),
			Map.entry("category", ImportField.CATEGORY), Map.entry("nationality", ImportField.NATIONALITY),
			Map.entry("groupActorId", ImportField.GROUP_ACTOR), Map.entry("ageGroup", ImportField.AGE),
			Map.entry("sex", ImportField.SEX), Map.entry("periodFrom", ImportField.PERIOD_FROM),
			Map.entry("periodTo", ImportField.PERIOD_TO), Map.entry("cumulative", ImportField.CUMULATIVE),
			Map.entry("qualifier", ImportField.QUALIFIER), Map.entry("low", ImportField.LOW),
			Map.entry("high", ImportField.HIGH), Map.entry("best", ImportField.FIGURE));

	private RefusalColumns() {
	}

	/**
	 * The sheet field a refusal's path names.
	 * @param path the path, e.g. {@code figure.manualValue.low}
	 * @param actors the actors the event was sent with
	 * @param columns which fields are mapped
	 * @return the field, or {@code null} when the path names none of the sheet's
	 */
	static ImportField field(String path, List<ActorInRole> actors, SheetColumns columns) {
		String rest = path.startsWith(FIGURE_PREFIX) ? path.substring(FIGURE_PREFIX.length()) : path;
		if (rest.startsWith("actors[")) {
			int index = Integer.parseInt(rest.substring("actors[".length(), rest.indexOf(']')));
			boolean second = index < actors.size() && "actor2".equals(actors.get(index).role());
			return second ? ImportField.ACTOR_2 : ImportField.ACTOR_1;
		}
		if (rest.startsWith(VALUE_PREFIX)) {
			String part = rest.startsWith(VALUE_PREFIX + ".") ? rest.substring(VALUE_PREFIX.length() + 1) : "best";
			ImportField field = FIELDS.getOrDefault(part, ImportField.FIGURE);
			return columns.maps(field) ? field : ImportField.FIGURE;
		}
		ImportField field = FIELDS.get(rest);
		if (field == ImportField.DATE_TO && !columns.maps(field)) {
			return ImportField.DATE_FROM;
		}
		return field;
	}

}
