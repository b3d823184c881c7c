package org.marsad.tallies.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.marsad.events.EventChanged;
import org.marsad.events.FigureChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A seeded body of coded figures in a country of its own, written with SQL and announced
 * as the events module does, with every shape the tally rules treat apart: units,
 * nationalities and groups, running totals from the tallies' first day and from other
 * days, parts of figures of the same and of other events, voided figures and events, and
 * every verification status.
 */
final class GeneratedFigures {

	static final LocalDate FIRST_DAY = LocalDate.of(2018, 12, 1);

	static final int DAYS = 90;

	private static final OffsetDateTime NOW = OffsetDateTime.of(2019, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);

	private static final String[] STATUSES = { "single_source", "fair", "confirmed", "contested", "discounted" };

	private static final String[] TYPES = { "displacement", "transfer", "battles" };

	private static final String[] NATIONALITIES = { "SY", "IQ", null, "TR" };

	final String country;

	final List<String> actors = new ArrayList<>();

	final List<UUID> events = new ArrayList<>();

	final List<UUID> figures = new ArrayList<>();

	private final List<String> towns = new ArrayList<>();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher publisher;

	private final SplittableRandom random;

	GeneratedFigures(JdbcClient jdbc, ApplicationEventPublisher publisher, long seed) {
		this.jdbc = jdbc;
		this.publisher = publisher;
		this.random = new SplittableRandom(seed);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.country = "gen-sy-" + suffix;
		place(this.country, null, List.of());
		for (int g = 1; g <= 3; g++) {
			String governorate = this.country + "-" + g;
			place(governorate, this.country, List.of(this.country));
			for (int t = 1; t <= 2; t++) {
				String town = governorate + "-" + t;
				place(town, governorate, List.of(governorate, this.country));
				this.towns.add(town);
			}
		}
		for (String actor : List.of("isis", "sdf", "hts")) {
			String id = "gen-" + actor + "-" + suffix;
			this.jdbc
				.sql("INSERT INTO actor (id, name_ar, origin, version, updated_at, updated_by) "
						+ "VALUES (:id, :name, 'test', 1, :at, 'test')")
				.param("id", id)
				.param("name", "فصيل " + actor)
				.param("at", NOW)
				.update();
			this.actors.add(id);
		}
	}

	/** Writes events with their figures, each announced as created. */
	GeneratedFigures events(int count) {
		for (int i = 0; i < count; i++) {
			event();
		}
		return this;
	}

	/** Voids some figures and events, changes statuses and values, each announced. */
	GeneratedFigures changes() {
		for (int i = 0; i < 10; i++) {
			UUID figure = this.figures.get(this.random.nextInt(this.figures.size()));
			this.jdbc.sql("UPDATE figure SET voided = TRUE, void_reason = 'خطأ في الترميز' WHERE id = :id")
				.param("id", figure)
				.update();
			announceFigure(figure, "voided");
			UUID revalued = this.figures.get(this.random.nextInt(this.figures.size()));
			this.jdbc.sql("UPDATE figure SET qualifier = 'exact', low = 7, best = 7, high = 7 WHERE id = :id")
				.param("id", revalued)
				.update();
			announceFigure(revalued, "updated");
		}
		for (int i = 0; i < 5; i++) {
			UUID event = this.events.get(this.random.nextInt(this.events.size()));
			this.jdbc.sql("UPDATE event SET voided = TRUE, void_reason = 'مكرر' WHERE id = :id")
				.param("id", event)
				.update();
			this.publisher.publishEvent(new EventChanged(event, 2, "voided"));
			UUID moved = this.events.get(this.random.nextInt(this.events.size()));
			this.jdbc.sql("UPDATE event SET status = :status, place_id = :place WHERE id = :id")
				.param("status", STATUSES[this.random.nextInt(STATUSES.length)])
				.param("place", this.towns.get(this.random.nextInt(this.towns.size())))
				.param("id", moved)
				.update();
			this.publisher.publishEvent(new EventChanged(moved, 2, "updated"));
		}
		return this;
	}

	private void event() {
		UUID id = UUID.randomUUID();
		LocalDate day = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
		this.jdbc
			.sql("INSERT INTO event (id, type, date_from, date_to, date_precision, place_id, status, "
					+ "confidentiality, version, voided, void_reason, created_at, created_by, updated_at, updated_by) "
					+ "VALUES (:id, :type, :from, :to, 'day', :place, :status, 'publishable', 1, :voided, :reason, "
					+ ":at, 'test', :at, 'test')")
			.param("id", id)
			.param("type", TYPES[this.random.nextInt(TYPES.length)])
			.param("from", day.minusDays(this.random.nextInt(3)))
			.param("to", day)
			.param("place", this.towns.get(this.random.nextInt(this.towns.size())))
			.param("status", STATUSES[this.random.nextInt(STATUSES.length)])
			.param("voided", this.random.nextInt(30) == 0)
			.param("reason", "مكرر")
			.param("at", NOW)
			.update();
		this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, role) VALUES (:e, :a, 'actor1')")
			.param("e", id)
			.param("a", this.actors.get(this.random.nextInt(this.actors.size())))
			.update();
		this.events.add(id);
		List<UUID> own = new ArrayList<>();
		int count = 1 + this.random.nextInt(8);
		for (int f = 0; f < count; f++) {
			own.add(figure(id, day, own));
		}
	}

	private UUID figure(UUID event, LocalDate day, List<UUID> own) {
		UUID id = UUID.randomUUID();
		int shape = this.random.nextInt(100);
		boolean cumulative = shape < 12;
		LocalDate from = cumulative ? ((shape < 6) ? FIRST_DAY : day.minusDays(this.random.nextInt(40))) : null;
		UUID partOf = null;
		if (!own.isEmpty() && shape >= 12 && shape < 30) {
			partOf = own.get(this.random.nextInt(own.size()));
		}
		else if (!this.figures.isEmpty() && shape >= 30 && shape < 35) {
			partOf = this.figures.get(this.random.nextInt(this.figures.size()));
		}
		long n = 1 + this.random.nextInt(900);
		int draw = this.random.nextInt(7);
		String qualifier = List.of("exact", "about", "more_than", "at_least", "less_than", "at_most", "vague")
			.get(draw);
		Long low = switch (qualifier) {
			case "exact", "more_than", "at_least", "vague" -> n;
			default -> null;
		};
		Long best = "vague".equals(qualifier) ? null : n;
		Long high = switch (qualifier) {
			case "exact", "less_than", "at_most" -> n;
			case "vague" -> n * 3;
			default -> null;
		};
		int unit = this.random.nextInt(10);
		this.jdbc
			.sql("INSERT INTO figure (id, event_id, unit, category, nationality, group_actor, period_from, period_to, "
					+ "cumulative, part_of, value_rule, qualifier, low, best, high, version, voided, void_reason, "
					+ "created_at, created_by, updated_at, updated_by) VALUES (:id, :event, :unit, :category, "
					+ ":nationality, :actor, :from, :to, :cumulative, :partOf, 'best_graded', :qualifier, :low, :best, "
					+ ":high, 1, :voided, :reason, :at, 'test', :at, 'test')")
			.param("id", id)
			.param("event", event)
			.param("unit", (unit < 7) ? "person" : (unit < 9) ? "family" : "vehicle")
			.param("category", (this.random.nextInt(4) < 3) ? "exited" : "arrested")
			.param("nationality", NATIONALITIES[this.random.nextInt(NATIONALITIES.length)], java.sql.Types.CHAR)
			.param("actor",
					(this.random.nextBoolean()) ? this.actors.get(this.random.nextInt(this.actors.size())) : null,
					java.sql.Types.VARCHAR)
			.param("from", from, java.sql.Types.DATE)
			.param("to", (cumulative || this.random.nextInt(5) == 0) ? day : null, java.sql.Types.DATE)
			.param("cumulative", cumulative)
			.param("partOf", partOf, java.sql.Types.OTHER)
			.param("qualifier", qualifier)
			.param("low", decimal(low), java.sql.Types.NUMERIC)
			.param("best", decimal(best), java.sql.Types.NUMERIC)
			.param("high", decimal(high), java.sql.Types.NUMERIC)
			.param("voided", this.random.nextInt(30) == 0)
			.param("reason", "خطأ")
			.param("at", NOW)
			.update();
		this.figures.add(id);
		this.publisher.publishEvent(new FigureChanged(id, event, 1, "created"));
		return id;
	}

	private void announceFigure(UUID figure, String action) {
		UUID event = this.jdbc.sql("SELECT event_id FROM figure WHERE id = :id")
			.param("id", figure)
			.query(UUID.class)
			.single();
		this.publisher.publishEvent(new FigureChanged(figure, event, 2, action));
	}

	private void place(String id, String parent, List<String> ancestors) {
		this.jdbc
			.sql("INSERT INTO place (id, name_ar, kind, parent_id, origin, version, updated_at, updated_by) "
					+ "VALUES (:id, :name, :kind, :parent, 'test', 1, :at, 'test')")
			.param("id", id)
			.param("name", "مكان " + id)
			.param("kind", (parent == null) ? "country" : "town")
			.param("parent", parent)
			.param("at", NOW)
			.update();
		ancestor(id, id, 0);
		for (int i = 0; i < ancestors.size(); i++) {
			ancestor(id, ancestors.get(i), i + 1);
		}
	}

	private void ancestor(String place, String ancestor, int depth) {
		this.jdbc.sql("INSERT INTO place_ancestor (place_id, ancestor_id, depth) VALUES (:p, :a, :d)")
			.param("p", place)
			.param("a", ancestor)
			.param("d", depth)
			.update();
	}

	private static BigDecimal decimal(Long value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

}
