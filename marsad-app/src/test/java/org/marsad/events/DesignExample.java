package org.marsad.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of DESIGN's example and a second report on the same exodus, with the coding
 * requests a documenter would send for them.
 */
final class DesignExample {

	/** Published 2019-01-31 by a source graded B. */
	static final String FIRST = "منذ الأول من ديسمبر، وثّقنا خروج 36250 شخصاً من الجيب المحاصر في الباغوز، "
			+ "بينهم 23200 عراقي ضمن أكثر من 6000 عائلة، نُقلوا جميعاً إلى مخيم الهول. "
			+ "واعتُقل نحو 3370 من الخارجين بتهمة الانتماء إلى التنظيم بعد أن تعرّف عليهم السكان.";

	/**
	 * Published 2019-02-01 by a source graded A: a different total, in Arabic-Indic
	 * digits.
	 */
	static final String SECOND = "ارتفع عدد الخارجين من الباغوز منذ مطلع كانون الأول إلى ٣٦٥٠٠ شخص، "
			+ "وفق ما أكده مصدر في المخيم.";

	static final String PUBLISHED = "2019-01-31";

	private DesignExample() {
	}

	/** The span of a phrase in a text, as the extraction contract gives it. */
	static Map<String, Object> span(String text, String phrase) {
		int start = text.indexOf(phrase);
		if (start < 0) {
			throw new IllegalArgumentException("phrase not in text: " + phrase);
		}
		return Map.of("start", start, "end", start + phrase.length());
	}

	static Map<String, Object> event(String placeId) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "displacement");
		event.put("dateFrom", "2018-12-01");
		event.put("dateTo", PUBLISHED);
		event.put("datePrecision", "day");
		event.put("placeId", placeId);
		event.put("geoPrecision", 1);
		event.put("actors", List.of(Map.of("actorId", CatalogueFixture.SDF, "role", "actor1"),
				Map.of("actorId", CatalogueFixture.ISIS, "role", "actor2")));
		event.put("descriptionAr", "خروج المدنيين من الجيب المحاصر في الباغوز ونقلهم إلى مخيم الهول");
		event.put("confidentiality", "internal");
		return event;
	}

	static Map<String, Object> figure(String key, Map<String, Object> fields, String phrase, String qualifier,
			Number best) {
		Map<String, Object> figure = new LinkedHashMap<>();
		figure.put("key", key);
		figure.put("figure", fields);
		figure.put("claim", Map.of("span", span(FIRST, phrase), "value", Map.of("qualifier", qualifier, "best", best)));
		return figure;
	}

	static Map<String, Object> fields(String unit, String category, String nationality, boolean cumulative) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("unit", unit);
		fields.put("category", category);
		if (nationality != null) {
			fields.put("nationality", nationality);
		}
		fields.put("periodFrom", "2018-12-01");
		fields.put("periodTo", PUBLISHED);
		fields.put("cumulative", cumulative);
		return fields;
	}

	/**
	 * The coding of the first report: one displacement event with four figures; the
	 * Iraqis are part of the total.
	 */
	static Map<String, Object> firstCoding() {
		Map<String, Object> iraqis = figure("iraqis", fields("person", "exited", "IQ", true), "23200 عراقي", "exact",
				23200);
		iraqis.put("partOfKey", "total");
		List<Map<String, Object>> figures = List.of(
				figure("total", fields("person", "exited", null, true), "36250 شخصاً", "exact", 36250), iraqis,
				figure("families", fields("family", "exited", "IQ", true), "أكثر من 6000 عائلة", "more_than", 6000),
				figure("arrested", fields("person", "arrested", null, false), "نحو 3370", "about", 3370));
		Map<String, Object> coded = new LinkedHashMap<>();
		coded.put("event", event(CatalogueFixture.BAGHUZ));
		coded.put("span", Map.of("start", 0, "end", FIRST.indexOf('.') + 1));
		coded.put("figures", figures);
		return Map.of("events", List.of(coded));
	}

	/**
	 * The coding of the second report: a link to the event with its claim of the total.
	 */
	static Map<String, Object> secondCoding(String eventId, String totalFigureId) {
		Map<String, Object> claim = Map.of("figureId", totalFigureId, "claim",
				Map.of("span", span(SECOND, "٣٦٥٠٠ شخص"), "value", Map.of("qualifier", "exact", "best", 36500)));
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("eventId", eventId);
		link.put("span", span(SECOND, "ارتفع عدد الخارجين من الباغوز"));
		link.put("claims", List.of(claim));
		return Map.of("links", List.of(link));
	}

}
