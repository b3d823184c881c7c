package org.marsad.bench.events;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes an {@link EventCorpus} straight into the database of a stopped application,
 * after Flyway created the schema: the gazetteer with its ancestor closure, the actors,
 * one source, the supporting reports, the events with their actors, reports and figures.
 * Rows go in batches of {@value #BATCH}, committed as they go; nothing else (history,
 * claims) is written, since the list does not read it.
 */
final class EventSeeding {

	static final int BATCH = 2000;

	private static final OffsetDateTime SEEDED = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final String BY = "bench";

	private final String url;

	EventSeeding(String url) {
		this.url = url;
	}

	/**
	 * The JDBC URL of the embedded database of a data folder, as the application opens
	 * it.
	 */
	static String h2Url(java.nio.file.Path data) {
		return "jdbc:h2:file:" + data.resolve("db").resolve("marsad").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	/**
	 * Writes everything.
	 * @param events the events
	 * @param reports how many supporting reports to write
	 */
	void seed(List<EventCorpus.Event> events, int reports) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url, "sa", "")) {
			connection.setAutoCommit(false);
			places(connection);
			actors(connection);
			UUID source = new UUID(0, 1);
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO source (id, pseudonym, kind, reliability, created_at, created_by) VALUES (?, ?, 'resident', 'B', ?, ?)")) {
				insert.setObject(1, source);
				insert.setString(2, "مصدر الاختبار");
				insert.setObject(3, SEEDED);
				insert.setString(4, BY);
				insert.executeUpdate();
			}
			reports(connection, reports, source);
			events(connection, events);
			connection.commit();
		}
	}

	private static void places(Connection connection) throws SQLException {
		List<EventCorpus.Place> places = EventCorpus.places();
		Map<String, String> parents = new HashMap<>();
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO place (id, name_ar, name_en, kind, "
				+ "lat, lon, parent_id, origin, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench', 1, ?, ?)")) {
			for (EventCorpus.Place place : places) {
				parents.put(place.id(), place.parent());
				insert.setString(1, place.id());
				insert.setString(2, "مكان " + place.id().substring("bench-".length()));
				insert.setString(3, "Place " + place.id().substring("bench-".length()));
				insert.setString(4, place.kind());
				insert.setDouble(5, place.lat());
				insert.setDouble(6, place.lon());
				insert.setString(7, place.parent());
				insert.setObject(8, SEEDED);
				insert.setString(9, BY);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement insert = connection
			.prepareStatement("INSERT INTO place_ancestor (place_id, ancestor_id, depth) VALUES (?, ?, ?)")) {
			for (EventCorpus.Place place : places) {
				String ancestor = place.id();
				for (int depth = 0; ancestor != null; depth++) {
					insert.setString(1, place.id());
					insert.setString(2, ancestor);
					insert.setInt(3, depth);
					insert.addBatch();
					ancestor = parents.get(ancestor);
				}
			}
			insert.executeBatch();
		}
		connection.commit();
	}

	private static void actors(Connection connection) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO actor (id, name_ar, name_en, origin, "
				+ "version, updated_at, updated_by) VALUES (?, ?, ?, 'bench', 1, ?, ?)")) {
			for (String actor : EventCorpus.actors()) {
				insert.setString(1, actor);
				insert.setString(2, "طرف " + actor.substring("bench-".length()));
				insert.setString(3, "Actor " + actor.substring("bench-".length()));
				insert.setObject(4, SEEDED);
				insert.setString(5, BY);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		connection.commit();
	}

	static UUID reportId(int index) {
		return new UUID(1, index);
	}

	private static void reports(Connection connection, int count, UUID source) throws SQLException {
		try (PreparedStatement report = connection.prepareStatement("INSERT INTO report (id, source_id, channel, "
				+ "received_at, credibility, status, current_version, created_at, created_by) "
				+ "VALUES (?, ?, 'message', ?, 2, 'coded', 1, ?, ?)");
				PreparedStatement version = connection.prepareStatement("INSERT INTO report_version (report_id, "
						+ "version, text, language, created_at, created_by) VALUES (?, 1, ?, 'ar', ?, ?)")) {
			for (int i = 0; i < count; i++) {
				report.setObject(1, reportId(i));
				report.setObject(2, source);
				report.setObject(3, SEEDED);
				report.setObject(4, SEEDED);
				report.setString(5, BY);
				report.addBatch();
				version.setObject(1, reportId(i));
				version.setString(2, "خرج نحو " + (100 + i % 900) + " شخص من البلدة نحو المخيم.");
				version.setObject(3, SEEDED);
				version.setString(4, BY);
				version.addBatch();
				if (i % BATCH == BATCH - 1) {
					report.executeBatch();
					version.executeBatch();
					connection.commit();
				}
			}
			report.executeBatch();
			version.executeBatch();
			connection.commit();
		}
	}

	private static void events(Connection connection, List<EventCorpus.Event> events) throws SQLException {
		try (Batches batches = new Batches(connection)) {
			for (int i = 0; i < events.size(); i++) {
				batches.add(events.get(i));
				if (i % BATCH == BATCH - 1) {
					batches.flush();
				}
			}
			batches.flush();
		}
	}

	/** The statements that write an event and what hangs on it, flushed together. */
	private static final class Batches implements AutoCloseable {

		private final Connection connection;

		private final PreparedStatement event;

		private final PreparedStatement actor;

		private final PreparedStatement report;

		private final PreparedStatement figure;

		private final List<PreparedStatement> all = new ArrayList<>();

		Batches(Connection connection) throws SQLException {
			this.connection = connection;
			this.event = prepare("INSERT INTO event (id, type, date_from, date_to, date_precision, place_id, "
					+ "geo_precision, description_ar, status, confidentiality, version, voided, void_reason, "
					+ "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, "
					+ "'internal', 1, ?, ?, ?, 'bench', ?, 'bench')");
			this.actor = prepare("INSERT INTO event_actor (event_id, actor_id, role) VALUES (?, ?, ?)");
			this.report = prepare("INSERT INTO event_report (event_id, report_id, report_version, linked_at, "
					+ "linked_by, source_id, reliability, credibility) VALUES (?, ?, 1, ?, 'bench', ?, 'B', 2)");
			this.figure = prepare(
					"INSERT INTO figure (id, event_id, unit, category, cumulative, value_rule, qualifier, "
							+ "low, best, high, version, voided, created_at, created_by, updated_at, updated_by) "
							+ "VALUES (?, ?, ?, ?, FALSE, 'best_graded', 'exact', ?, ?, ?, 1, FALSE, ?, 'bench', ?, 'bench')");
		}

		private PreparedStatement prepare(String sql) throws SQLException {
			PreparedStatement statement = this.connection.prepareStatement(sql);
			this.all.add(statement);
			return statement;
		}

		void add(EventCorpus.Event e) throws SQLException {
			this.event.setObject(1, e.id());
			this.event.setString(2, e.type());
			this.event.setObject(3, e.from());
			this.event.setObject(4, e.to());
			this.event.setString(5, e.precision());
			this.event.setString(6, e.placeId());
			this.event.setString(7, "حدث في " + e.placeId() + " بتاريخ " + e.from());
			this.event.setString(8, e.status());
			this.event.setBoolean(9, e.voided());
			this.event.setString(10, e.voided() ? "مكرر" : null);
			this.event.setObject(11, SEEDED);
			this.event.setObject(12, SEEDED);
			this.event.addBatch();
			for (int a = 0; a < e.actors().size(); a++) {
				this.actor.setObject(1, e.id());
				this.actor.setString(2, e.actors().get(a));
				this.actor.setString(3, (a == 0) ? "actor1" : ((a == 1) ? "actor2" : "associated"));
				this.actor.addBatch();
			}
			int[] reports = (e.reports().length == 2 && e.reports()[0] == e.reports()[1]) ? new int[] { e.reports()[0] }
					: e.reports();
			for (int r : reports) {
				this.report.setObject(1, e.id());
				this.report.setObject(2, reportId(r));
				this.report.setObject(3, SEEDED);
				this.report.setObject(4, new UUID(0, 1));
				this.report.addBatch();
			}
			for (int f = 0; f < e.figures(); f++) {
				long n = 10L * (1 + (e.id().getLeastSignificantBits() + f) % 500);
				this.figure.setObject(1, new UUID(e.id().getLeastSignificantBits() + 1, f));
				this.figure.setObject(2, e.id());
				this.figure.setString(3, EventCorpus.UNITS[f % EventCorpus.UNITS.length]);
				this.figure.setString(4, EventCorpus.CATEGORIES[(int) (n % EventCorpus.CATEGORIES.length)]);
				this.figure.setLong(5, n);
				this.figure.setLong(6, n);
				this.figure.setLong(7, n);
				this.figure.setObject(8, SEEDED);
				this.figure.setObject(9, SEEDED);
				this.figure.addBatch();
			}
		}

		void flush() throws SQLException {
			for (PreparedStatement statement : this.all) {
				statement.executeBatch();
			}
			this.connection.commit();
		}

		@Override
		public void close() throws SQLException {
			for (PreparedStatement statement : this.all) {
				statement.close();
			}
		}

	}

}
