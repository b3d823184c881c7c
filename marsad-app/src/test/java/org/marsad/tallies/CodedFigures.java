package org.marsad.tallies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.events.EventChanged;
import org.marsad.events.FigureChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes coded records straight into the catalogue and event tables, as the coding module
 * would: places (with their ancestors), actors, reports, events, figures and claims; and
 * announces changed figures and events as the events module does ({@link FigureChanged},
 * {@link EventChanged}), so that the copy tallies read follows. Catalogue ids start with
 * {@code test-} and are inserted only when absent, so that contexts can share them.
 */
final class CodedFigures {

	private static final OffsetDateTime NOW = OffsetDateTime.of(2019, 2, 4, 8, 0, 0, 0, ZoneOffset.UTC);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CodedFigures(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	void place(String id, String parent, String nameAr, String kind) {
		if (exists("place", id)) {
			return;
		}
		this.jdbc
			.sql("INSERT INTO place (id, name_ar, kind, parent_id, origin, version, updated_at, updated_by) "
					+ "VALUES (:id, :name, :kind, :parent, 'test', 1, :at, 'test')")
			.param("id", id)
			.param("name", nameAr)
			.param("kind", kind)
			.param("parent", parent)
			.param("at", NOW)
			.update();
		ancestor(id, id, 0);
		if (parent != null) {
			List<String> ancestors = this.jdbc.sql("SELECT ancestor_id FROM place_ancestor WHERE place_id = :p")
				.param("p", parent)
				.query(String.class)
				.list();
			for (String ancestor : ancestors) {
				int depth = this.jdbc.sql("SELECT depth FROM place_ancestor WHERE place_id = :p AND ancestor_id = :a")
					.param("p", parent)
					.param("a", ancestor)
					.query(Integer.class)
					.single();
				ancestor(id, ancestor, depth + 1);
			}
		}
	}

	void actor(String id, String nameAr) {
		if (exists("actor", id)) {
			return;
		}
		this.jdbc
			.sql("INSERT INTO actor (id, name_ar, origin, version, updated_at, updated_by) "
					+ "VALUES (:id, :name, 'test', 1, :at, 'test')")
			.param("id", id)
			.param("name", nameAr)
			.param("at", NOW)
			.update();
	}

	/** A report with no source and one version holding the text. */
	UUID report(String text) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO report (id, channel, received_at, credibility, status, current_version, created_at, "
					+ "created_by) VALUES (:id, 'message', :at, 2, 'coded', 1, :at, 'test')")
			.param("id", id)
			.param("at", NOW)
			.update();
		this.jdbc
			.sql("INSERT INTO report_version (report_id, version, text, language, created_at, created_by) "
					+ "VALUES (:id, 1, :text, 'ar', :at, 'test')")
			.param("id", id)
			.param("text", text)
			.param("at", NOW)
			.update();
		return id;
	}

	UUID event(String type, String from, String to, String place, String status) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO event (id, type, date_from, date_to, date_precision, place_id, status, "
					+ "confidentiality, version, created_at, created_by, updated_at, updated_by) VALUES (:id, :type, "
					+ ":from, :to, 'day', :place, :status, 'publishable', 1, :at, 'test', :at, 'test')")
			.param("id", id)
			.param("type", type)
			.param("from", LocalDate.parse(from))
			.param("to", LocalDate.parse(to))
			.param("place", place)
			.param("status", status)
			.param("at", NOW)
			.update();
		return id;
	}

	void eventActor(UUID event, String actor, String role) {
		this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, role) VALUES (:e, :a, :r)")
			.param("e", event)
			.param("a", actor)
			.param("r", role)
			.update();
	}

	void voidEvent(UUID event) {
		this.jdbc.sql("UPDATE event SET voided = TRUE, void_reason = 'مكرر' WHERE id = :id")
			.param("id", event)
			.update();
		this.events.publishEvent(new EventChanged(event, 2, "voided"));
	}

	void voidFigure(UUID figure) {
		this.jdbc.sql("UPDATE figure SET voided = TRUE, void_reason = 'خطأ في الترميز' WHERE id = :id")
			.param("id", figure)
			.update();
		UUID event = this.jdbc.sql("SELECT event_id FROM figure WHERE id = :id")
			.param("id", figure)
			.query(UUID.class)
			.single();
		this.events.publishEvent(new FigureChanged(figure, event, 2, "voided"));
	}

	Figure figure(UUID event) {
		return new Figure(event);
	}

	/**
	 * A claim: a report's statement of a figure's value at a span of the report's text.
	 */
	UUID claim(UUID figure, UUID report, String text, String quote, String qualifier, Long low, Long best, Long high) {
		UUID id = UUID.randomUUID();
		int start = Math.max(0, text.indexOf(quote));
		this.jdbc.sql("INSERT INTO claim (id, figure_id, report_id, report_version, span_start, span_end, quote, "
				+ "qualifier, low, best, high, created_at, created_by) VALUES (:id, :figure, :report, 1, :start, :end, "
				+ ":quote, :qualifier, :low, :best, :high, :at, 'test')")
			.param("id", id)
			.param("figure", figure)
			.param("report", report)
			.param("start", start)
			.param("end", start + quote.length())
			.param("quote", quote)
			.param("qualifier", qualifier)
			.param("low", decimal(low), java.sql.Types.NUMERIC)
			.param("best", decimal(best), java.sql.Types.NUMERIC)
			.param("high", decimal(high), java.sql.Types.NUMERIC)
			.param("at", NOW)
			.update();
		return id;
	}

	private void ancestor(String place, String ancestor, int depth) {
		this.jdbc.sql("INSERT INTO place_ancestor (place_id, ancestor_id, depth) VALUES (:p, :a, :d)")
			.param("p", place)
			.param("a", ancestor)
			.param("d", depth)
			.update();
	}

	private boolean exists(String table, String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	private static BigDecimal decimal(Long value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

	/**
	 * A figure being written: unit, category, group, period and value, then its claims.
	 */
	final class Figure {

		private final UUID event;

		private String unit = "person";

		private String category = "exited";

		private String nationality;

		private String groupActor;

		private LocalDate from;

		private LocalDate to;

		private boolean cumulative;

		private UUID partOf;

		private String qualifier = "exact";

		private Long low;

		private Long best;

		private Long high;

		private final List<String[]> claims = new ArrayList<>();

		private Figure(UUID event) {
			this.event = event;
		}

		Figure unit(String value) {
			this.unit = value;
			return this;
		}

		Figure category(String value) {
			this.category = value;
			return this;
		}

		Figure nationality(String value) {
			this.nationality = value;
			return this;
		}

		Figure groupActor(String value) {
			this.groupActor = value;
			return this;
		}

		/** A running total over a window («منذ …»). */
		Figure since(String first, String asOf) {
			this.cumulative = true;
			this.from = LocalDate.parse(first);
			this.to = LocalDate.parse(asOf);
			return this;
		}

		Figure on(String day) {
			this.from = LocalDate.parse(day);
			this.to = this.from;
			return this;
		}

		Figure partOf(UUID whole) {
			this.partOf = whole;
			return this;
		}

		/** A value as stated with a qualifier, with the interval DESIGN gives it. */
		Figure stated(String how, long n) {
			this.qualifier = how;
			this.best = n;
			this.low = switch (how) {
				case "exact", "more_than", "at_least" -> n;
				default -> null;
			};
			this.high = switch (how) {
				case "exact", "less_than", "at_most" -> n;
				default -> null;
			};
			return this;
		}

		/** A vague quantity («مئات»): bounds as given, no best. */
		Figure vague(long lowBound, long highBound) {
			this.qualifier = "vague";
			this.low = lowBound;
			this.best = null;
			this.high = highBound;
			return this;
		}

		/** A claim for the figure's own value, read from a report at a quote. */
		Figure claimedIn(UUID report, String text, String quote) {
			this.claims.add(new String[] { report.toString(), text, quote });
			return this;
		}

		UUID insert() {
			UUID id = UUID.randomUUID();
			CodedFigures.this.jdbc.sql("INSERT INTO figure (id, event_id, unit, category, nationality, group_actor, "
					+ "period_from, period_to, cumulative, part_of, value_rule, qualifier, low, best, high, version, "
					+ "created_at, created_by, updated_at, updated_by) VALUES (:id, :event, :unit, :category, "
					+ ":nationality, :actor, :from, :to, :cumulative, :partOf, 'best_graded', :qualifier, :low, :best, "
					+ ":high, 1, :at, 'test', :at, 'test')")
				.param("id", id)
				.param("event", this.event)
				.param("unit", this.unit)
				.param("category", this.category)
				.param("nationality", this.nationality, java.sql.Types.CHAR)
				.param("actor", this.groupActor, java.sql.Types.VARCHAR)
				.param("from", this.from, java.sql.Types.DATE)
				.param("to", this.to, java.sql.Types.DATE)
				.param("cumulative", this.cumulative)
				.param("partOf", this.partOf, java.sql.Types.OTHER)
				.param("qualifier", this.qualifier)
				.param("low", decimal(this.low), java.sql.Types.NUMERIC)
				.param("best", decimal(this.best), java.sql.Types.NUMERIC)
				.param("high", decimal(this.high), java.sql.Types.NUMERIC)
				.param("at", NOW)
				.update();
			for (String[] claim : this.claims) {
				claim(id, UUID.fromString(claim[0]), claim[1], claim[2], this.qualifier, this.low, this.best,
						this.high);
			}
			CodedFigures.this.events.publishEvent(new FigureChanged(id, this.event, 1, "created"));
			return id;
		}

	}

}
