package org.marsad.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marsad.events.ActorRole;
import org.marsad.events.Confidentiality;
import org.marsad.events.Event;
import org.marsad.events.EventActor;
import org.marsad.events.SupportingReport;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.SourceReliability;
import org.marsad.text.vocabulary.VerificationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores events in {@code event}, their actors in {@code event_actor} and their
 * supporting reports in {@code event_report}. Changes to an event row are conditional on
 * the version the change was made on, and raise it by one.
 */
class EventRepository {

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, CheckedEvent event, VerificationStatus status, Instant at, String by) {
		this.jdbc
			.sql("INSERT INTO event (id, type, sub_type, date_from, date_to, date_precision, place_id, geo_precision, "
					+ "description_ar, description_en, status, confidentiality, parent_id, version, voided, "
					+ "created_at, created_by, updated_at, updated_by) VALUES (:id, :type, :subType, :from, :to, "
					+ ":precision, :place, :geo, :ar, :en, :status, :confidentiality, :parent, 1, FALSE, :at, :by, "
					+ ":at, :by)")
			.params(fields(event))
			.param("id", id)
			.param("status", status.code())
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
		insertActors(id, event.actors());
	}

	/** Changes the fields, if the event is at the expected version and not void. */
	boolean update(UUID id, int expected, CheckedEvent event, Instant at, String by) {
		boolean changed = this.jdbc
			.sql("UPDATE event SET type = :type, sub_type = :subType, date_from = :from, date_to = :to, "
					+ "date_precision = :precision, place_id = :place, geo_precision = :geo, description_ar = :ar, "
					+ "description_en = :en, confidentiality = :confidentiality, parent_id = :parent, "
					+ "version = version + 1, updated_at = :at, updated_by = :by "
					+ "WHERE id = :id AND version = :expected AND voided = FALSE")
			.params(fields(event))
			.param("id", id)
			.param("expected", expected)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
		if (changed) {
			this.jdbc.sql("DELETE FROM event_actor WHERE event_id = :id").param("id", id).update();
			insertActors(id, event.actors());
		}
		return changed;
	}

	boolean voidEvent(UUID id, int expected, String reason, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE event SET voided = TRUE, void_reason = :reason, version = version + 1, updated_at = :at, "
					+ "updated_by = :by WHERE id = :id AND version = :expected AND voided = FALSE")
			.param("reason", reason)
			.param("id", id)
			.param("expected", expected)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	/**
	 * Sets the status; with a reason it is a coordinator's decision, without one it
	 * follows the suggestion.
	 * @param expected the version the decision was made on, or {@code null} for any
	 */
	boolean setStatus(UUID id, Integer expected, VerificationStatus status, String reason, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE event SET status = :status, status_reason = :reason, version = version + 1, "
					+ "updated_at = :at, updated_by = :by WHERE id = :id AND voided = FALSE"
					+ ((expected != null) ? " AND version = :expected" : ""))
			.param("status", status.code())
			.param("reason", reason)
			.param("id", id)
			.params((expected != null) ? Map.of("expected", expected) : Map.of())
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	/** Raises the version of an event that is not void, after a report was linked. */
	boolean touch(UUID id, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE event SET version = version + 1, updated_at = :at, updated_by = :by "
					+ "WHERE id = :id AND voided = FALSE")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	void link(UUID eventId, SupportingReport report) {
		this.jdbc
			.sql("INSERT INTO event_report (event_id, report_id, report_version, span_start, span_end, source_id, "
					+ "reliability, credibility, linked_at, linked_by) VALUES (:event, :report, :version, :start, "
					+ ":end, :source, :reliability, :credibility, :at, :by)")
			.param("event", eventId)
			.param("report", report.reportId())
			.param("version", report.reportVersion())
			.param("start", report.spanStart())
			.param("end", report.spanEnd())
			.param("source", report.sourceId())
			.param("reliability", (report.reliability() != null) ? report.reliability().name() : null)
			.param("credibility", report.credibility())
			.param("at", Timestamps.toColumn(report.linkedAt()))
			.param("by", report.linkedBy())
			.update();
	}

	boolean linked(UUID eventId, UUID reportId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_report WHERE event_id = :event AND report_id = :report")
			.param("event", eventId)
			.param("report", reportId)
			.query(Long.class)
			.single() > 0;
	}

	Optional<EventState> state(UUID id) {
		return this.jdbc.sql("SELECT id, version, voided, parent_id FROM event WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new EventState(rs.getObject("id", UUID.class), rs.getInt("version"),
					rs.getBoolean("voided"), rs.getObject("parent_id", UUID.class)))
			.optional();
	}

	/** An event with its actors and reports; its figures are read on their own. */
	Optional<Event> find(UUID id) {
		List<EventActor> actors = this.jdbc
			.sql("SELECT actor_id, role FROM event_actor WHERE event_id = :id ORDER BY role, actor_id")
			.param("id", id)
			.query((rs, row) -> new EventActor(rs.getString("actor_id"), ActorRole.ofCode(rs.getString("role"))))
			.list();
		List<SupportingReport> reports = reports(id);
		return this.jdbc.sql("SELECT * FROM event WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> event(rs, actors, reports))
			.optional();
	}

	List<SupportingReport> reports(UUID eventId) {
		return this.jdbc.sql("SELECT * FROM event_report WHERE event_id = :id ORDER BY linked_at, report_id")
			.param("id", eventId)
			.query((rs, row) -> new SupportingReport(rs.getObject("report_id", UUID.class), rs.getInt("report_version"),
					rs.getObject("span_start", Integer.class), rs.getObject("span_end", Integer.class),
					rs.getObject("source_id", UUID.class), reliability(rs.getString("reliability")),
					rs.getObject("credibility", Integer.class), Timestamps.read(rs, "linked_at"),
					rs.getString("linked_by")))
			.list();
	}

	private void insertActors(UUID id, List<EventActor> actors) {
		for (EventActor actor : actors) {
			this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, role) VALUES (:id, :actor, :role)")
				.param("id", id)
				.param("actor", actor.actorId())
				.param("role", actor.role().code())
				.update();
		}
	}

	private static Map<String, Object> fields(CheckedEvent event) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("type", event.type().code());
		fields.put("subType", event.subType());
		fields.put("from", event.dateFrom());
		fields.put("to", event.dateTo());
		fields.put("precision", event.precision().code());
		fields.put("place", event.placeId());
		fields.put("geo", event.geoPrecision());
		fields.put("ar", event.descriptionAr());
		fields.put("en", event.descriptionEn());
		fields.put("confidentiality", event.confidentiality().code());
		fields.put("parent", event.parentId());
		return fields;
	}

	private static Event event(ResultSet rs, List<EventActor> actors, List<SupportingReport> reports)
			throws SQLException {
		return new Event(rs.getObject("id", UUID.class), EventType.ofCode(rs.getString("type")),
				rs.getString("sub_type"), rs.getObject("date_from", LocalDate.class),
				rs.getObject("date_to", LocalDate.class), DatePrecision.ofCode(rs.getString("date_precision")),
				rs.getString("place_id"), rs.getObject("geo_precision", Integer.class), actors,
				rs.getString("description_ar"), rs.getString("description_en"),
				VerificationStatus.ofCode(rs.getString("status")), rs.getString("status_reason"),
				Confidentiality.ofCode(rs.getString("confidentiality")), rs.getObject("parent_id", UUID.class), reports,
				List.of(), rs.getInt("version"), rs.getBoolean("voided"), rs.getString("void_reason"),
				Timestamps.read(rs, "created_at"), rs.getString("created_by"), Timestamps.read(rs, "updated_at"),
				rs.getString("updated_by"));
	}

	static SourceReliability reliability(String grade) {
		return (grade != null) ? SourceReliability.valueOf(grade.strip()) : null;
	}

}
