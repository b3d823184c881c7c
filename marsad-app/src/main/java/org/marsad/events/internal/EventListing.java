package org.marsad.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.Confidentiality;
import org.marsad.events.EventFilter;
import org.marsad.events.EventSummary;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lists events: pages with filters (a place takes in the places within it, through the
 * gazetteer's {@code place_ancestor} closure), the events below an event, and the events
 * near a draft's dates for candidates.
 */
class EventListing {

	private static final int EXCERPT = 200;

	private static final String SUMMARY = "SELECT e.id, e.type, e.sub_type, e.date_from, e.date_to, "
			+ "e.date_precision, e.place_id, e.status, e.confidentiality, e.version, e.voided, "
			+ "SUBSTRING(COALESCE(e.description_ar, e.description_en) FROM 1 FOR " + (EXCERPT + 1)
			+ ") AS excerpt, (SELECT COUNT(*) FROM event_report r WHERE r.event_id = e.id) AS reports, "
			+ "(SELECT COUNT(*) FROM figure f WHERE f.event_id = e.id AND f.voided = FALSE) AS figures FROM event e ";

	private final JdbcClient jdbc;

	EventListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The events directly below an event, earliest first. */
	List<EventSummary> children(UUID id) {
		return this.jdbc.sql(SUMMARY + "WHERE e.parent_id = :id ORDER BY e.date_from, e.id")
			.param("id", id)
			.query(EventListing::summary)
			.list();
	}

	/** The events a report supports. */
	Set<UUID> supportedBy(UUID reportId) {
		return new HashSet<>(this.jdbc.sql("SELECT event_id FROM event_report WHERE report_id = :id")
			.param("id", reportId)
			.query(UUID.class)
			.list());
	}

	/**
	 * A page of events, latest first: the page's ids are found on {@code event} alone, in
	 * the order of an {@code event_list…} index so that a page stops after its rows
	 * instead of sorting every match, then only those rows get their counts of reports
	 * and figures.
	 * <ul>
	 * <li>The order starts with the columns held equal by the filter ({@code type} or
	 * {@code status}, then {@code voided}): that changes nothing in the order, and it is
	 * the order of the index that starts with them, which an engine that does not skip an
	 * equality prefix of an index (H2) then reads in order too.</li>
	 * <li>The actor filter is a semi-join ({@code EXISTS}), so that events are read in
	 * date order and checked one by one, instead of every event of the actor being
	 * sorted.</li>
	 * </ul>
	 */
	List<EventSummary> page(EventFilter filter, boolean publishableOnly, long offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = "SELECT e.id FROM event e " + from(filter, params) + where(filter, publishableOnly, params)
				+ order(filter) + " LIMIT :limit OFFSET :offset";
		params.put("limit", limit);
		params.put("offset", offset);
		List<UUID> ids = this.jdbc.sql(sql).params(params).query(UUID.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, EventSummary> byId = new HashMap<>();
		this.jdbc.sql(SUMMARY + "WHERE e.id IN (:ids)")
			.param("ids", ids)
			.query(EventListing::summary)
			.list()
			.forEach((event) -> byId.put(event.id(), event));
		return ids.stream().map(byId::get).toList();
	}

	/**
	 * How many events match, counted up to {@code limit}: the count stops reading there,
	 * since a broad filter matches tens of thousands of events. It selects a constant,
	 * not the id, so that it can be answered from an index alone.
	 */
	long count(EventFilter filter, boolean publishableOnly, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("limit", limit);
		EventFilter others = new EventFilter(filter.type(), filter.from(), filter.to(), filter.placeId(), null,
				filter.status(), filter.includeVoided());
		String actor = "";
		if (filter.actorId() != null) {
			actor = "JOIN (SELECT DISTINCT ea.event_id FROM event_actor ea WHERE ea.actor_id = :actor) ea "
					+ "ON ea.event_id = e.id ";
			params.put("actor", filter.actorId());
		}
		return this.jdbc
			.sql("SELECT COUNT(*) FROM (SELECT 1 FROM event e " + from(others, params) + actor
					+ where(others, publishableOnly, params) + " LIMIT :limit) counted")
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String order(EventFilter filter) {
		String voided = filter.includeVoided() ? "" : "e.voided, ";
		if (filter.type() != null) {
			return " ORDER BY e.type, " + voided + "e.date_from DESC, e.id DESC";
		}
		if (filter.status() != null && filter.placeId() == null) {
			return " ORDER BY e.status, " + voided + "e.date_from DESC, e.id DESC";
		}
		return " ORDER BY e.date_from DESC, e.id DESC";
	}

	/** Events that are not void and whose dates touch an interval, for candidates. */
	List<EventSummary> touching(LocalDate from, LocalDate to, int limit) {
		return this.jdbc
			.sql(SUMMARY + "WHERE e.voided = FALSE AND e.date_from <= :to AND e.date_to >= :from "
					+ "ORDER BY e.date_from DESC, e.id LIMIT :limit")
			.param("from", from)
			.param("to", to)
			.param("limit", limit)
			.query(EventListing::summary)
			.list();
	}

	/** The actors of these events, by event. */
	Map<UUID, Set<String>> actorsOf(Collection<UUID> ids) {
		Map<UUID, Set<String>> actors = new HashMap<>();
		if (ids.isEmpty()) {
			return actors;
		}
		this.jdbc.sql("SELECT event_id, actor_id FROM event_actor WHERE event_id IN (:ids)")
			.param("ids", new ArrayList<>(ids))
			.query((rs) -> {
				actors.computeIfAbsent(rs.getObject("event_id", UUID.class), (k) -> new HashSet<>())
					.add(rs.getString("actor_id"));
			});
		return actors;
	}

	/**
	 * The join of the place filter: a place takes in the places within it (each place
	 * appears once per ancestor in the closure, so the join adds no duplicates). An
	 * actor's events are taken once however many roles it has in them ({@code EXISTS}).
	 */
	private static String from(EventFilter filter, Map<String, Object> params) {
		StringBuilder from = new StringBuilder();
		if (filter.placeId() != null) {
			from.append("JOIN place_ancestor pa ON pa.place_id = e.place_id AND pa.ancestor_id = :place ");
			params.put("place", filter.placeId());
		}
		return from.toString();
	}

	private static String where(EventFilter filter, boolean publishableOnly, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("WHERE 1 = 1");
		if (publishableOnly) {
			where.append(" AND e.confidentiality = 'publishable'");
		}
		if (!filter.includeVoided()) {
			where.append(" AND e.voided = FALSE");
		}
		if (filter.type() != null) {
			where.append(" AND e.type = :type");
			params.put("type", filter.type().code());
		}
		if (filter.from() != null) {
			where.append(" AND e.date_to >= :from");
			params.put("from", filter.from());
		}
		if (filter.to() != null) {
			where.append(" AND e.date_from <= :to");
			params.put("to", filter.to());
		}
		if (filter.status() != null) {
			where.append(" AND e.status = :status");
			params.put("status", filter.status().code());
		}
		if (filter.actorId() != null) {
			where
				.append(" AND EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = e.id AND ea.actor_id = :actor)");
			params.put("actor", filter.actorId());
		}
		return where.toString();
	}

	private static EventSummary summary(ResultSet rs, int row) throws SQLException {
		String text = rs.getString("excerpt");
		String excerpt = (text != null && text.length() > EXCERPT) ? text.substring(0, EXCERPT) + "\u2026" : text;
		return new EventSummary(rs.getObject("id", UUID.class), EventType.ofCode(rs.getString("type")),
				rs.getString("sub_type"), rs.getObject("date_from", LocalDate.class),
				rs.getObject("date_to", LocalDate.class), DatePrecision.ofCode(rs.getString("date_precision")),
				rs.getString("place_id"), VerificationStatus.ofCode(rs.getString("status")),
				Confidentiality.ofCode(rs.getString("confidentiality")), excerpt, rs.getInt("reports"),
				rs.getInt("figures"), rs.getInt("version"), rs.getBoolean("voided"));
	}

}
