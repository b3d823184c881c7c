package org.marsad.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.events.CatalogueFixture;

/**
 * Bodies for the events, coding, catalogue and tally APIs that the security and audit
 * tests send: one displacement report as received, its coding into one event with one
 * figure, a new place, a tally over the coded figures. Real Arabic, as a monitor would
 * write it.
 */
public final class CodedRecords {

	/** The text of the report that is coded. */
	public static final String TEXT = "منذ الأول من ديسمبر، وثّقنا خروج ٣٦٢٥٠ شخصاً من الجيب المحاصر في الباغوز.";

	/** The day it was published. */
	public static final String PUBLISHED = "2019-01-31";

	/** The figure's words in the text. */
	public static final String FIGURE = "٣٦٢٥٠ شخصاً";

	private CodedRecords() {
	}

	/** A report to store with {@code POST /api/reports}. */
	public static Map<String, Object> report() {
		return Map.of("text", TEXT, "publishedAt", PUBLISHED, "credibility", 2);
	}

	/** The event fields of {@code POST /api/events} or of a coded event. */
	public static Map<String, Object> event(String descriptionAr) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "displacement");
		event.put("dateFrom", "2018-12-01");
		event.put("dateTo", PUBLISHED);
		event.put("datePrecision", "day");
		event.put("placeId", CatalogueFixture.BAGHUZ);
		event.put("geoPrecision", 1);
		event.put("actors", List.of(Map.of("actorId", CatalogueFixture.SDF, "role", "actor1")));
		event.put("descriptionAr", descriptionAr);
		event.put("confidentiality", "internal");
		return event;
	}

	/** The fields of a figure of people who left. */
	public static Map<String, Object> figure() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("unit", "person");
		fields.put("category", "exited");
		fields.put("periodFrom", "2018-12-01");
		fields.put("periodTo", PUBLISHED);
		fields.put("cumulative", true);
		return fields;
	}

	/** The span of the figure's words in the text. */
	public static Map<String, Object> figureSpan() {
		int start = TEXT.indexOf(FIGURE);
		return Map.of("start", start, "end", start + FIGURE.length());
	}

	/** The coding of the report: one event with one figure and its claim. */
	public static Map<String, Object> coding(String descriptionAr) {
		Map<String, Object> figure = new LinkedHashMap<>();
		figure.put("key", "total");
		figure.put("figure", figure());
		figure.put("claim", Map.of("span", figureSpan(), "value", Map.of("qualifier", "exact", "best", 36250)));
		Map<String, Object> coded = new LinkedHashMap<>();
		coded.put("event", event(descriptionAr));
		coded.put("span", Map.of("start", 0, "end", TEXT.length()));
		coded.put("figures", List.of(figure));
		return Map.of("events", List.of(coded));
	}

	/** A new village under Baghuz, for {@code POST /api/places}. */
	public static Map<String, Object> place(String id, String nameAr) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id);
		body.put("nameAr", nameAr);
		body.put("nameEn", "Village " + id);
		body.put("kind", "village");
		body.put("parentId", CatalogueFixture.DEIR_EZ_ZOR);
		return body;
	}

	/** A tally of the people who left, for {@code POST /api/tallies}. */
	public static Map<String, Object> tally(String name) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("unit", "person");
		body.put("category", "exited");
		body.put("from", "2018-12-01");
		body.put("place", CatalogueFixture.DEIR_EZ_ZOR);
		body.put("breakdowns", List.of("nationality"));
		return body;
	}

}
