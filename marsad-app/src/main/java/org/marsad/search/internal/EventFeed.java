package org.marsad.search.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.marsad.search.CatalogueEntry;
import org.marsad.search.Confidentiality;
import org.marsad.search.EventDocument;
import org.marsad.search.RecordKind;
import org.marsad.search.SearchDocument;
import org.marsad.search.SearchFeed;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads coded events for the index from the events tables ({@code event},
 * {@code event_actor}) and the names of their places and actors from the catalogue's
 * ({@link CatalogueNames}), read-only.
 * <ul>
 * <li>Tables rather than the {@code Events} API: a rebuild reads every event in pages of
 * {@value #PAGE} with a handful of statements each, where the API reads one event at a
 * time with its figures, claims and sources, none of which are indexed.</li>
 * <li>Voided events are not in the index: the state counts the events that are not void
 * and their latest {@code updated_at}.</li>
 * <li>An event's places are its place then that place's ancestors, so that a search for a
 * governorate finds the events in its towns; its actors are listed once whatever their
 * roles.</li>
 * </ul>
 */
final class EventFeed implements SearchFeed {

	static final int PAGE = 500;

	private static final String COLUMNS = "SELECT id, type, sub_type, date_from, date_to, place_id, description_ar, "
			+ "description_en, status, confidentiality, updated_at FROM event WHERE voided = FALSE ";

	private final JdbcClient jdbc;

	private final CatalogueNames catalogue;

	EventFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.catalogue = new CatalogueNames(jdbc);
	}

	@Override
	public RecordKind kind() {
		return RecordKind.EVENT;
	}

	@Override
	public State state() {
		return this.jdbc.sql("SELECT COUNT(*) AS n, MAX(updated_at) AS latest FROM event WHERE voided = FALSE")
			.query((rs, row) -> {
				long count = rs.getLong("n");
				OffsetDateTime latest = rs.getObject("latest", OffsetDateTime.class);
				return (count == 0) ? State.EMPTY : new State(count, latest.toInstant());
			})
			.single();
	}

	@Override
	public void forEach(Consumer<? super SearchDocument> action) {
		List<Row> page = this.jdbc.sql(COLUMNS + "ORDER BY id LIMIT " + PAGE).query(EventFeed::row).list();
		while (!page.isEmpty()) {
			documents(page).forEach(action);
			if (page.size() < PAGE) {
				return;
			}
			page = this.jdbc.sql(COLUMNS + "AND id > :after ORDER BY id LIMIT " + PAGE)
				.param("after", page.get(page.size() - 1).id())
				.query(EventFeed::row)
				.list();
		}
	}

	/**
	 * An event as indexed.
	 * @param id the event
	 * @return its document, or empty when it is void or was never stored
	 */
	Optional<EventDocument> document(UUID id) {
		List<Row> rows = this.jdbc.sql(COLUMNS + "AND id = :id").param("id", id).query(EventFeed::row).list();
		return rows.isEmpty() ? Optional.empty() : Optional.of(documents(rows).get(0));
	}

	/**
	 * The events, not void, that name catalogue entries: at one of the places or within
	 * one, or with one of the actors; what must be indexed again after those entries
	 * changed.
	 * @param placeIds the places
	 * @param actorIds the actors
	 * @return the events, each once
	 */
	Set<UUID> using(Collection<String> placeIds, Collection<String> actorIds) {
		Set<UUID> events = new LinkedHashSet<>();
		CatalogueNames.chunked(placeIds,
				(chunk) -> events.addAll(this.jdbc
					.sql("SELECT e.id FROM event e JOIN place_ancestor a ON a.place_id = e.place_id "
							+ "WHERE a.ancestor_id IN (:ids) AND e.voided = FALSE")
					.param("ids", chunk)
					.query(UUID.class)
					.list()));
		CatalogueNames.chunked(actorIds,
				(chunk) -> events.addAll(this.jdbc
					.sql("SELECT a.event_id FROM event_actor a JOIN event e ON e.id = a.event_id "
							+ "WHERE a.actor_id IN (:ids) AND e.voided = FALSE")
					.param("ids", chunk)
					.query(UUID.class)
					.list()));
		return events;
	}

	private List<EventDocument> documents(List<Row> rows) {
		List<UUID> ids = rows.stream().map(Row::id).toList();
		Map<UUID, List<String>> actorIds = new LinkedHashMap<>();
		CatalogueNames.chunked(ids, (chunk) -> this.jdbc.sql(
				"SELECT event_id, actor_id FROM event_actor WHERE event_id IN (:ids) ORDER BY event_id, role, actor_id")
			.param("ids", chunk)
			.query((rs) -> {
				List<String> actors = actorIds.computeIfAbsent(rs.getObject("event_id", UUID.class),
						(id) -> new ArrayList<>());
				String actor = rs.getString("actor_id");
				if (!actors.contains(actor)) {
					actors.add(actor);
				}
			}));
		Map<String, List<CatalogueEntry>> places = this.catalogue
			.placesWithAncestors(rows.stream().map(Row::placeId).filter((id) -> id != null).toList());
		Map<String, CatalogueEntry> actors = this.catalogue
			.actors(actorIds.values().stream().flatMap(List::stream).toList());
		List<EventDocument> documents = new ArrayList<>(rows.size());
		for (Row row : rows) {
			List<CatalogueEntry> named = new ArrayList<>();
			for (String actor : actorIds.getOrDefault(row.id(), List.of())) {
				if (actors.containsKey(actor)) {
					named.add(actors.get(actor));
				}
			}
			documents.add(new EventDocument(row.id(), row.type(), row.subType(), row.dateFrom(), row.dateTo(),
					row.descriptionAr(), row.descriptionEn(),
					(row.placeId() != null) ? places.getOrDefault(row.placeId(), List.of()) : List.of(), named,
					row.status(), Confidentiality.of(row.confidentiality()), row.updatedAt()));
		}
		return documents;
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getString("type"), rs.getString("sub_type"),
				rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
				rs.getString("place_id"), rs.getString("description_ar"), rs.getString("description_en"),
				rs.getString("status"), rs.getString("confidentiality"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	/** An event row, before its places and actors are named. */
	private record Row(UUID id, String type, String subType, LocalDate dateFrom, LocalDate dateTo, String placeId,
			String descriptionAr, String descriptionEn, String status, String confidentiality, Instant updatedAt) {
	}

}
