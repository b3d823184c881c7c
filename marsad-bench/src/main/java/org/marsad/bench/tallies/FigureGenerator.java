package org.marsad.bench.tallies;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes a seeded, deterministic body of coded records straight into the catalogue and
 * event tables, for the tally benchmark.
 * <ul>
 * <li>a gazetteer: one country ({@code bench-sy}), 14 governorates, 5 towns each; 10
 * actors; {@value #REPORTS} reports with one version each</li>
 * <li>events spread over {@value #DAYS} days from 2018-06-01, each at a town, with one or
 * two actors; types: displacement 40 %, transfer 15 %, the rest spread over the other
 * types; status: fair 40 %, single source 35 %, confirmed 15 %, contested 7 %, discounted
 * 3 %; 1 % voided</li>
 * <li>figures per event: unit person 80 %, family 15 %, vehicle 5 %; category exited 50
 * %, transferred 15 %, arrested 10 %, killed 8 %, injured 7 %, returned 5 %, other 5 %;
 * nationality SY 40 %, IQ 30 %, none 20 %, other 10 %; a group actor on 30 %; qualifier
 * exact 50 %, about 20 %, vague 10 %, more than 10 %, at least 5 %, less than 3 %, at
 * most 2 %; values 1–5,000; 1 % running totals since 2018-06-01 or 2018-12-01; 10 % parts
 * of an earlier figure of the same event; 1 % voided</li>
 * <li>claims: one per figure, a second one for 10 % of figures</li>
 * </ul>
 * Rows go in JDBC batches, committed every {@value #COMMIT_EVENTS} events, with
 * identifiers in the order they are written ({@link #uuid}).
 */
final class FigureGenerator {

	static final String MARKER = "bench-generator";

	static final LocalDate FIRST_DAY = LocalDate.of(2018, 6, 1);

	static final int DAYS = 580;

	private static final int REPORTS = 5_000;

	private static final int GOVERNORATES = 14;

	private static final int TOWNS = 5;

	private static final int COMMIT_EVENTS = 2_000;

	private static final String[] ACTORS = { "bench-isis", "bench-sdf", "bench-coalition", "bench-syrian-government",
			"bench-russia", "bench-turkey", "bench-hts", "bench-sna", "bench-iran", "bench-hezbollah" };

	private static final String[] TYPES = { "battles", "explosions_remote_violence", "violence_against_civilians",
			"strategic_developments", "return", "deployment", "convoy", "negotiation", "siege", "appeal" };

	private static final String[] OTHER_NATIONALITIES = { "RU", "SO", "PH", "TR", "FR", "DE", "TN", "MA" };

	private static final String[] OTHER_CATEGORIES = { "surrendered", "missing", "trapped", "detained", "released" };

	private static final OffsetDateTime NOW = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private final SplittableRandom random;

	private final int events;

	private final int figuresPerEvent;

	private final List<UUID> reports = new ArrayList<>();

	private final List<String> towns = new ArrayList<>();

	private long identifiers;

	FigureGenerator(long seed, int events, int figuresPerEvent) {
		this.random = new SplittableRandom(seed);
		this.events = events;
		this.figuresPerEvent = figuresPerEvent;
	}

	/**
	 * Writes everything.
	 * @param connection a connection to the application's database, schema migrated
	 * @param out where progress goes
	 * @throws SQLException when a write fails
	 */
	void generate(Connection connection, PrintStream out) throws SQLException {
		connection.setAutoCommit(false);
		catalogue(connection);
		reports(connection);
		connection.commit();
		try (PreparedStatement event = connection.prepareStatement("INSERT INTO event (id, type, date_from, date_to, "
				+ "date_precision, place_id, status, confidentiality, version, voided, void_reason, created_at, "
				+ "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 'day', ?, ?, 'publishable', 1, ?, ?, ?, '"
				+ MARKER + "', ?, '" + MARKER + "')");
				PreparedStatement actor = connection
					.prepareStatement("INSERT INTO event_actor (event_id, actor_id, role) VALUES (?, ?, ?)");
				PreparedStatement figure = connection.prepareStatement("INSERT INTO figure (id, event_id, unit, "
						+ "category, nationality, group_actor, period_from, period_to, cumulative, part_of, value_rule, "
						+ "qualifier, low, best, high, version, voided, void_reason, created_at, created_by, "
						+ "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'best_graded', ?, ?, ?, ?, 1, "
						+ "?, ?, ?, '" + MARKER + "', ?, '" + MARKER + "')");
				PreparedStatement claim = connection.prepareStatement("INSERT INTO claim (id, figure_id, report_id, "
						+ "report_version, span_start, span_end, quote, qualifier, low, best, high, created_at, "
						+ "created_by) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, '" + MARKER + "')")) {
			Batches batches = new Batches(event, actor, figure, claim);
			for (int i = 0; i < this.events; i++) {
				event(batches, i);
				if ((i + 1) % COMMIT_EVENTS == 0 || i + 1 == this.events) {
					batches.flush();
					connection.commit();
					if ((i + 1) % (COMMIT_EVENTS * 5) == 0 || i + 1 == this.events) {
						out.printf("  %,d events, %,d figures%n", i + 1, (long) (i + 1) * this.figuresPerEvent);
					}
				}
			}
		}
		connection.setAutoCommit(true);
	}

	private record Batches(PreparedStatement event, PreparedStatement actor, PreparedStatement figure,
			PreparedStatement claim) {

		void flush() throws SQLException {
			this.event.executeBatch();
			this.actor.executeBatch();
			this.figure.executeBatch();
			this.claim.executeBatch();
		}

	}

	private record Value(String qualifier, Long low, Long best, Long high) {
	}

	private void event(Batches batches, int sequence) throws SQLException {
		UUID id = uuid();
		LocalDate day = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
		boolean voided = this.random.nextInt(100) == 0;
		PreparedStatement event = batches.event();
		event.setObject(1, id);
		event.setString(2, type());
		event.setObject(3, day);
		event.setObject(4, day);
		event.setString(5, this.towns.get(this.random.nextInt(this.towns.size())));
		event.setString(6, status());
		event.setBoolean(7, voided);
		event.setString(8, voided ? "مكرر" : null);
		event.setObject(9, NOW);
		event.setObject(10, NOW);
		event.addBatch();
		int first = this.random.nextInt(ACTORS.length);
		addActor(batches.actor(), id, ACTORS[first], "actor1");
		if (this.random.nextBoolean()) {
			addActor(batches.actor(), id, ACTORS[(first + 1 + this.random.nextInt(ACTORS.length - 1)) % ACTORS.length],
					"actor2");
		}
		List<UUID> figures = new ArrayList<>();
		for (int f = 0; f < this.figuresPerEvent; f++) {
			figures.add(figure(batches, id, day, figures));
		}
	}

	private UUID figure(Batches batches, UUID event, LocalDate day, List<UUID> earlier) throws SQLException {
		UUID id = uuid();
		boolean cumulative = this.random.nextInt(100) == 0;
		boolean part = !earlier.isEmpty() && this.random.nextInt(10) == 0;
		boolean voided = this.random.nextInt(100) == 0;
		Value value = value();
		PreparedStatement figure = batches.figure();
		figure.setObject(1, id);
		figure.setObject(2, event);
		figure.setString(3, unit());
		figure.setString(4, category());
		figure.setString(5, nationality());
		figure.setString(6, (this.random.nextInt(10) < 3) ? ACTORS[this.random.nextInt(ACTORS.length)] : null);
		figure.setObject(7, cumulative ? since(day) : day, Types.DATE);
		figure.setObject(8, day);
		figure.setBoolean(9, cumulative);
		figure.setObject(10, part ? earlier.get(this.random.nextInt(earlier.size())) : null, Types.OTHER);
		figure.setString(11, value.qualifier());
		setDecimal(figure, 12, value.low());
		setDecimal(figure, 13, value.best());
		setDecimal(figure, 14, value.high());
		figure.setBoolean(15, voided);
		figure.setString(16, voided ? "خطأ في الترميز" : null);
		figure.setObject(17, NOW);
		figure.setObject(18, NOW);
		figure.addBatch();
		claim(batches.claim(), id, value);
		if (this.random.nextInt(10) == 0) {
			claim(batches.claim(), id, value());
		}
		return id;
	}

	/**
	 * The first day of a running total dated {@code day}: up to 60 days before it, never
	 * the first day of the data, so that the benchmark's tally adds every event figure
	 * rather than starting from one of these statements.
	 */
	private LocalDate since(LocalDate day) {
		LocalDate from = day.minusDays(this.random.nextInt(61));
		LocalDate earliest = FIRST_DAY.plusDays(1);
		return from.isBefore(earliest) ? (day.isBefore(earliest) ? day : earliest) : from;
	}

	private void claim(PreparedStatement claim, UUID figure, Value value) throws SQLException {
		int start = this.random.nextInt(900);
		claim.setObject(1, uuid());
		claim.setObject(2, figure);
		claim.setObject(3, this.reports.get(this.random.nextInt(this.reports.size())));
		claim.setInt(4, start);
		claim.setInt(5, start + 12);
		claim.setString(6, "نحو " + value.best() + " شخص");
		claim.setString(7, value.qualifier());
		setDecimal(claim, 8, value.low());
		setDecimal(claim, 9, value.best());
		setDecimal(claim, 10, value.high());
		claim.setObject(11, NOW);
		claim.addBatch();
	}

	private Value value() {
		long n = 1 + this.random.nextInt(5_000);
		int draw = this.random.nextInt(100);
		if (draw < 50) {
			return new Value("exact", n, n, n);
		}
		if (draw < 70) {
			return new Value("about", null, n, null);
		}
		if (draw < 80) {
			return new Value("vague", n, null, n * 5);
		}
		if (draw < 90) {
			return new Value("more_than", n, n, null);
		}
		if (draw < 95) {
			return new Value("at_least", n, n, null);
		}
		return new Value((draw < 98) ? "less_than" : "at_most", null, n, n);
	}

	private String type() {
		int draw = this.random.nextInt(100);
		if (draw < 40) {
			return "displacement";
		}
		return (draw < 55) ? "transfer" : TYPES[this.random.nextInt(TYPES.length)];
	}

	private String status() {
		int draw = this.random.nextInt(100);
		if (draw < 40) {
			return "fair";
		}
		if (draw < 75) {
			return "single_source";
		}
		if (draw < 90) {
			return "confirmed";
		}
		return (draw < 97) ? "contested" : "discounted";
	}

	private String unit() {
		int draw = this.random.nextInt(100);
		return (draw < 80) ? "person" : (draw < 95) ? "family" : "vehicle";
	}

	private String category() {
		int draw = this.random.nextInt(100);
		if (draw < 50) {
			return "exited";
		}
		if (draw < 65) {
			return "transferred";
		}
		if (draw < 75) {
			return "arrested";
		}
		if (draw < 83) {
			return "killed";
		}
		if (draw < 90) {
			return "injured";
		}
		return (draw < 95) ? "returned" : OTHER_CATEGORIES[this.random.nextInt(OTHER_CATEGORIES.length)];
	}

	private String nationality() {
		int draw = this.random.nextInt(100);
		if (draw < 40) {
			return "SY";
		}
		if (draw < 70) {
			return "IQ";
		}
		return (draw < 90) ? null : OTHER_NATIONALITIES[this.random.nextInt(OTHER_NATIONALITIES.length)];
	}

	private void catalogue(Connection connection) throws SQLException {
		try (PreparedStatement place = connection.prepareStatement("INSERT INTO place (id, name_ar, kind, parent_id, "
				+ "origin, version, updated_at, updated_by) VALUES (?, ?, ?, ?, 'bench', 1, ?, '" + MARKER + "')");
				PreparedStatement ancestor = connection
					.prepareStatement("INSERT INTO place_ancestor (place_id, ancestor_id, depth) VALUES (?, ?, ?)");
				PreparedStatement actor = connection
					.prepareStatement("INSERT INTO actor (id, name_ar, origin, version, "
							+ "updated_at, updated_by) VALUES (?, ?, 'bench', 1, ?, '" + MARKER + "')")) {
			addPlace(place, "bench-sy", null, "country", "سوريا");
			addAncestor(ancestor, "bench-sy", "bench-sy", 0);
			for (int g = 1; g <= GOVERNORATES; g++) {
				String governorate = "bench-sy" + String.format("%02d", g);
				addPlace(place, governorate, "bench-sy", "governorate", "محافظة " + g);
				addAncestor(ancestor, governorate, governorate, 0);
				addAncestor(ancestor, governorate, "bench-sy", 1);
				for (int t = 1; t <= TOWNS; t++) {
					String town = governorate + "-" + t;
					addPlace(place, town, governorate, "town", "بلدة " + g + "-" + t);
					addAncestor(ancestor, town, town, 0);
					addAncestor(ancestor, town, governorate, 1);
					addAncestor(ancestor, town, "bench-sy", 2);
					this.towns.add(town);
				}
			}
			place.executeBatch();
			ancestor.executeBatch();
			for (String id : ACTORS) {
				actor.setString(1, id);
				actor.setString(2, id.substring("bench-".length()));
				actor.setObject(3, NOW);
				actor.addBatch();
			}
			actor.executeBatch();
		}
	}

	private void reports(Connection connection) throws SQLException {
		try (PreparedStatement report = connection.prepareStatement("INSERT INTO report (id, channel, received_at, "
				+ "credibility, status, current_version, created_at, created_by) VALUES (?, 'message', ?, 2, 'coded', 1, "
				+ "?, '" + MARKER + "')");
				PreparedStatement version = connection
					.prepareStatement("INSERT INTO report_version (report_id, version, "
							+ "text, language, created_at, created_by) VALUES (?, 1, ?, 'ar', ?, '" + MARKER + "')")) {
			for (int i = 0; i < REPORTS; i++) {
				UUID id = uuid();
				this.reports.add(id);
				report.setObject(1, id);
				report.setObject(2, NOW);
				report.setObject(3, NOW);
				report.addBatch();
				version.setObject(1, id);
				version.setString(2, "خرج نحو " + (i + 1) + " شخص من البلدة وفق مصادر محلية. ".repeat(20));
				version.setObject(3, NOW);
				version.addBatch();
			}
			report.executeBatch();
			version.executeBatch();
		}
	}

	private void addPlace(PreparedStatement place, String id, String parent, String kind, String name)
			throws SQLException {
		place.setString(1, id);
		place.setString(2, name);
		place.setString(3, kind);
		place.setString(4, parent);
		place.setObject(5, NOW);
		place.addBatch();
	}

	private static void addAncestor(PreparedStatement ancestor, String place, String of, int depth)
			throws SQLException {
		ancestor.setString(1, place);
		ancestor.setString(2, of);
		ancestor.setInt(3, depth);
		ancestor.addBatch();
	}

	private static void addActor(PreparedStatement actor, UUID event, String id, String role) throws SQLException {
		actor.setObject(1, event);
		actor.setString(2, id);
		actor.setString(3, role);
		actor.addBatch();
	}

	private static void setDecimal(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NUMERIC);
		}
		else {
			statement.setBigDecimal(index, BigDecimal.valueOf(value));
		}
	}

	/**
	 * An identifier that grows with every row written: its first 32 bits count, the rest
	 * is random. Rows then go at the end of every index on an identifier (primary keys,
	 * {@code figure.event_id}, {@code claim.figure_id}) instead of at a random place, so
	 * that H2, which keeps no more of its tree in memory than its cache holds, writes
	 * each page of those indexes once rather than reading it back for every row. The
	 * seeded draws are the same as with fully random identifiers, so every value, date
	 * and category is what it was.
	 */
	private UUID uuid() {
		long high = this.random.nextLong();
		long low = this.random.nextLong();
		this.identifiers++;
		return new UUID((this.identifiers << 32) | (high >>> 32), low);
	}

}
