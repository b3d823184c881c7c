package org.marsad.persons.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.marsad.persons.NewStatus;
import org.marsad.persons.StatusEntry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status timeline ({@code person_status}) and the reports that speak of a person
 * ({@code person_source}).
 */
class TimelineRepository {

	private static final String PUBLISHABLE = "publishable";

	private final JdbcClient jdbc;

	TimelineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addStatus(UUID personId, NewStatus status, String note, Instant at, String by) {
		this.jdbc
			.sql("INSERT INTO person_status (id, person_id, status, status_on, event_id, actor_id, place_id, note, "
					+ "created_at, created_by) VALUES (:id, :person, :status, :on, :event, :actor, :place, :note, :at, :by)")
			.param("id", UUID.randomUUID())
			.param("person", personId)
			.param("status", status.status())
			.param("on", status.on())
			.param("event", status.eventId())
			.param("actor", PersonRules.blankToNull(status.actorId()))
			.param("place", PersonRules.blankToNull(status.placeId()))
			.param("note", note)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	/**
	 * The live entries of a person's timeline, in date order.
	 * <ul>
	 * <li>An entry names its event only when the caller may see that event: for a caller
	 * who does not see internal records, the reference to an internal event is left out,
	 * as the events module answers that such an event does not exist (docs/SECURITY.md,
	 * {@code events.readInternal}).</li>
	 * </ul>
	 * @param personId the person
	 * @param seesInternal whether the caller may see internal events
	 */
	List<StatusEntry> statuses(UUID personId, boolean seesInternal) {
		return this.jdbc
			.sql("SELECT s.*, e.confidentiality AS event_confidentiality FROM person_status s "
					+ "LEFT JOIN event e ON e.id = s.event_id WHERE s.person_id = :person AND s.voided = FALSE "
					+ "ORDER BY s.status_on, s.created_at, s.id")
			.param("person", personId)
			.query((rs, n) -> new StatusEntry(rs.getObject("id", UUID.class), rs.getString("status"),
					rs.getObject("status_on", LocalDate.class),
					(seesInternal || PUBLISHABLE.equals(rs.getString("event_confidentiality")))
							? rs.getObject("event_id", UUID.class) : null,
					rs.getString("actor_id"), rs.getString("place_id"), rs.getString("note"),
					Timestamps.read(rs, "created_at"), rs.getString("created_by")))
			.list();
	}

	/** Links the reports not linked yet. */
	void linkReports(UUID personId, List<UUID> reports, Instant at, String by) {
		List<UUID> linked = sources(personId);
		for (UUID report : reports) {
			if (!linked.contains(report)) {
				this.jdbc
					.sql("INSERT INTO person_source (person_id, report_id, linked_at, linked_by) "
							+ "VALUES (:person, :report, :at, :by)")
					.param("person", personId)
					.param("report", report)
					.param("at", Timestamps.toColumn(at))
					.param("by", by)
					.update();
			}
		}
	}

	List<UUID> sources(UUID personId) {
		return this.jdbc
			.sql("SELECT report_id FROM person_source WHERE person_id = :person ORDER BY linked_at, report_id")
			.param("person", personId)
			.query(UUID.class)
			.list();
	}

}
