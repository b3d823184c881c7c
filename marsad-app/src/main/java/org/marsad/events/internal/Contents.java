package org.marsad.events.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.events.Claim;
import org.marsad.events.Event;
import org.marsad.events.Figure;
import org.marsad.events.FigureValue;

/**
 * The content of a history row: a record as it became, with the codes of the
 * vocabularies, written out field by field so that the history keeps its shape when the
 * API's records change. Timestamps and the figures of an event are left out (they have
 * rows of their own).
 */
final class Contents {

	private Contents() {
	}

	static Map<String, Object> of(Event event) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("type", event.type().code());
		content.put("subType", event.subType());
		content.put("dateFrom", text(event.dateFrom()));
		content.put("dateTo", text(event.dateTo()));
		content.put("datePrecision", event.datePrecision().code());
		content.put("placeId", event.placeId());
		content.put("geoPrecision", event.geoPrecision());
		content.put("actors",
				event.actors()
					.stream()
					.map((actor) -> Map.of("actorId", actor.actorId(), "role", actor.role().code()))
					.toList());
		content.put("descriptionAr", event.descriptionAr());
		content.put("descriptionEn", event.descriptionEn());
		content.put("status", event.status().code());
		content.put("statusReason", event.statusReason());
		content.put("confidentiality", event.confidentiality().code());
		content.put("parentId", text(event.parentId()));
		content.put("reports",
				event.reports()
					.stream()
					.map((report) -> report.reportId() + "@" + report.reportVersion()
							+ span(report.spanStart(), report.spanEnd()))
					.toList());
		content.put("voided", event.voided());
		content.put("voidReason", event.voidReason());
		return content;
	}

	static Map<String, Object> of(Figure figure) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("eventId", text(figure.eventId()));
		content.put("unit", figure.unit().code());
		content.put("category", figure.category().code());
		content.put("nationality", figure.group().nationality());
		content.put("groupActorId", figure.group().actorId());
		content.put("ageGroup", (figure.group().age() != null) ? figure.group().age().code() : null);
		content.put("sex", (figure.group().sex() != null) ? figure.group().sex().code() : null);
		content.put("periodFrom", text(figure.periodFrom()));
		content.put("periodTo", text(figure.periodTo()));
		content.put("cumulative", figure.cumulative());
		content.put("partOf", text(figure.partOf()));
		content.put("valueRule", figure.valueRule().code());
		content.put("value", value(figure.value()));
		content.put("voided", figure.voided());
		content.put("voidReason", figure.voidReason());
		return content;
	}

	static Map<String, Object> of(Claim claim) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("figureId", text(claim.figureId()));
		content.put("reportId", text(claim.reportId()));
		content.put("reportVersion", claim.reportVersion());
		content.put("span", List.of(claim.spanStart(), claim.spanEnd()));
		content.put("quote", claim.quote());
		content.put("value", value(claim.value()));
		content.put("sourceId", text(claim.sourceId()));
		content.put("reliability", (claim.reliability() != null) ? claim.reliability().name() : null);
		content.put("credibility", claim.credibility());
		content.put("statedOn", text(claim.statedOn()));
		content.put("voided", claim.voided());
		content.put("voidReason", claim.voidReason());
		return content;
	}

	private static Map<String, Object> value(FigureValue value) {
		if (value == null) {
			return null;
		}
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("qualifier", value.qualifier().code());
		content.put("low", number(value.low()));
		content.put("best", number(value.best()));
		content.put("high", number(value.high()));
		return content;
	}

	private static String span(Integer start, Integer end) {
		return (start != null) ? "[" + start + "," + end + ")" : "";
	}

	private static String number(BigDecimal number) {
		return (number != null) ? Timestamps.plain(number).toPlainString() : null;
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String text(UUID id) {
		return (id != null) ? id.toString() : null;
	}

}
