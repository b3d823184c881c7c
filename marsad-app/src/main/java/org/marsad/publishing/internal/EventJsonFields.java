package org.marsad.publishing.internal;

import java.math.BigDecimal;

import org.marsad.catalogue.Actor;
import org.marsad.catalogue.Place;
import org.marsad.events.Claim;
import org.marsad.events.Event;
import org.marsad.events.EventActor;
import org.marsad.events.Figure;
import org.marsad.events.FigureValue;
import org.marsad.events.SupportingReport;
import org.marsad.text.vocabulary.FigureCategory;
import tools.jackson.core.JsonGenerator;

/**
 * The fields of an exported event in JSON, shared by the GeoJSON properties and the JSON
 * export.
 * <ul>
 * <li>Everyone gets: type, dates, place and its levels, actors, descriptions,
 * verification status, figures with their values, persons killed and injured.</li>
 * <li>Readers of the record also get: confidentiality, the coordinator's reason, void
 * records, who changed what, the supporting reports and each figure's claims (report,
 * span, value, grades).</li>
 * <li>Nobody gets a source, its pseudonym or contact details, or report text (the quotes
 * of claims).</li>
 * </ul>
 */
final class EventJsonFields {

	private EventJsonFields() {
	}

	/** Writes the fields of an event into the object being written. */
	static void write(JsonGenerator json, ExportedEvent exported, boolean complete) {
		Event event = exported.event();
		boolean internal = exported.audience().seesInternal();
		json.writeStringProperty("id", event.id().toString());
		json.writeStringProperty("type", event.type().code());
		json.writeStringProperty("subType", event.subType());
		json.writeStringProperty("dateFrom", text(event.dateFrom()));
		json.writeStringProperty("dateTo", text(event.dateTo()));
		json.writeStringProperty("datePrecision",
				(event.datePrecision() != null) ? event.datePrecision().code() : null);
		json.writeStringProperty("status", event.status().code());
		place(json, "place", exported.place());
		json.writeStringProperty("admin1", ExportedEvent.name(exported.admin1(), "en"));
		json.writeStringProperty("admin2", ExportedEvent.name(exported.admin2(), "en"));
		json.writeStringProperty("admin3", ExportedEvent.name(exported.admin3(), "en"));
		if (event.geoPrecision() != null) {
			json.writeNumberProperty("geoPrecision", event.geoPrecision());
		}
		json.writeName("actors");
		json.writeStartArray();
		for (EventActor actor : event.actors()) {
			Actor entry = exported.actors().get(actor.actorId());
			json.writeStartObject();
			json.writeStringProperty("id", actor.actorId());
			json.writeStringProperty("role", actor.role().code());
			json.writeStringProperty("nameAr", (entry != null) ? entry.nameAr() : null);
			json.writeStringProperty("nameEn", (entry != null) ? entry.nameEn() : null);
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeStringProperty("descriptionAr", event.descriptionAr());
		json.writeStringProperty("descriptionEn", event.descriptionEn());
		number(json, "killed", exported.persons(FigureCategory.KILLED));
		number(json, "injured", exported.persons(FigureCategory.INJURED));
		if (internal) {
			json.writeStringProperty("confidentiality", event.confidentiality().code());
			json.writeStringProperty("statusReason", event.statusReason());
			json.writeBooleanProperty("voided", event.voided());
			json.writeStringProperty("voidReason", event.voidReason());
		}
		if (complete) {
			json.writeStringProperty("parentId", text(event.parentId()));
			json.writeNumberProperty("version", event.version());
			json.writeStringProperty("updatedAt", text(event.updatedAt()));
			if (internal) {
				json.writeStringProperty("createdBy", event.createdBy());
				json.writeStringProperty("updatedBy", event.updatedBy());
				reports(json, event);
			}
			figures(json, event, internal);
		}
	}

	private static void place(JsonGenerator json, String name, Place place) {
		if (place == null) {
			json.writeNullProperty(name);
			return;
		}
		json.writeName(name);
		json.writeStartObject();
		json.writeStringProperty("id", place.id());
		json.writeStringProperty("nameAr", place.nameAr());
		json.writeStringProperty("nameEn", place.nameEn());
		json.writeStringProperty("kind", place.kindCode());
		json.writeEndObject();
	}

	private static void reports(JsonGenerator json, Event event) {
		json.writeName("reports");
		json.writeStartArray();
		for (SupportingReport report : event.reports()) {
			json.writeStartObject();
			json.writeStringProperty("reportId", report.reportId().toString());
			json.writeNumberProperty("reportVersion", report.reportVersion());
			json.writeStringProperty("reliability", text(report.reliability()));
			if (report.credibility() != null) {
				json.writeNumberProperty("credibility", report.credibility());
			}
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private static void figures(JsonGenerator json, Event event, boolean internal) {
		json.writeName("figures");
		json.writeStartArray();
		for (Figure figure : event.figures()) {
			if (figure.voided() && !internal) {
				continue;
			}
			json.writeStartObject();
			json.writeStringProperty("id", figure.id().toString());
			json.writeStringProperty("unit", figure.unit().code());
			json.writeStringProperty("category", figure.category().code());
			json.writeStringProperty("nationality", figure.group().nationality());
			json.writeStringProperty("groupActor", figure.group().actorId());
			json.writeStringProperty("age", (figure.group().age() != null) ? figure.group().age().code() : null);
			json.writeStringProperty("sex", (figure.group().sex() != null) ? figure.group().sex().code() : null);
			json.writeStringProperty("periodFrom", text(figure.periodFrom()));
			json.writeStringProperty("periodTo", text(figure.periodTo()));
			json.writeBooleanProperty("cumulative", figure.cumulative());
			json.writeStringProperty("partOf", text(figure.partOf()));
			value(json, "value", figure.value());
			if (internal) {
				json.writeBooleanProperty("voided", figure.voided());
				claims(json, figure);
			}
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private static void claims(JsonGenerator json, Figure figure) {
		json.writeName("claims");
		json.writeStartArray();
		for (Claim claim : figure.claims()) {
			json.writeStartObject();
			json.writeStringProperty("reportId", claim.reportId().toString());
			json.writeNumberProperty("reportVersion", claim.reportVersion());
			json.writeNumberProperty("spanStart", claim.spanStart());
			json.writeNumberProperty("spanEnd", claim.spanEnd());
			value(json, "value", claim.value());
			json.writeStringProperty("reliability", text(claim.reliability()));
			if (claim.credibility() != null) {
				json.writeNumberProperty("credibility", claim.credibility());
			}
			json.writeStringProperty("statedOn", text(claim.statedOn()));
			json.writeBooleanProperty("voided", claim.voided());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private static void value(JsonGenerator json, String name, FigureValue value) {
		if (value == null) {
			json.writeNullProperty(name);
			return;
		}
		json.writeName(name);
		json.writeStartObject();
		json.writeStringProperty("qualifier", (value.qualifier() != null) ? value.qualifier().code() : null);
		number(json, "low", value.low());
		number(json, "best", value.best());
		number(json, "high", value.high());
		json.writeEndObject();
	}

	private static void number(JsonGenerator json, String name, BigDecimal n) {
		if (n == null) {
			json.writeNullProperty(name);
		}
		else {
			json.writeNumberProperty(name, n);
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
