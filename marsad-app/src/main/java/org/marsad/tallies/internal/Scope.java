package org.marsad.tallies.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Tally;
import org.marsad.tallies.VerificationLevel;

/**
 * The figures a tally looks at, as SQL over the coded-event tables: the conditions of its
 * filters for a figure and its event under any aliases, with their parameters.
 * <ul>
 * <li>voided figures and voided events never count; neither do discounted events</li>
 * <li>the event's status is at or above the tally's level
 * ({@link VerificationLevel})</li>
 * <li>a place filter takes the place and everything under it
 * ({@code place_ancestor})</li>
 * <li>an actor filter takes events in which any of the actors takes part, in any
 * role</li>
 * <li>nationality, group actor, age group and sex filter the figure's group</li>
 * <li>a figure is dated by its last day (its period, else its event's), and is in scope
 * from the tally's first day to the last day counted</li>
 * </ul>
 * Every value is a bound parameter; only aliases and fixed text are written into the SQL.
 */
final class Scope {

	private final Tally tally;

	private final LocalDate end;

	private final List<String> units;

	private final Map<String, Object> params = new LinkedHashMap<>();

	Scope(Tally tally, LocalDate end) {
		this.tally = tally;
		this.end = end;
		List<String> counted = new ArrayList<>(List.of(tally.unit()));
		if (tally.breakdowns().contains(Dimension.UNIT)) {
			for (String unit : List.of("person", "family")) {
				if (!counted.contains(unit)) {
					counted.add(unit);
				}
			}
		}
		this.units = List.copyOf(counted);
		this.params.put("units", this.units);
		this.params.put("category", tally.category());
		this.params.put("statuses", VerificationLevel.atOrAbove(tally.minimumStatus()));
		this.params.put("end", end);
		put("from", tally.from());
		put("place", tally.place());
		putList("actors", tally.actors());
		putList("nationalities", tally.nationalities());
		putList("groupActors", tally.groupActors());
		putList("ageGroups", tally.ageGroups());
		putList("sexes", tally.sexes());
		putList("eventTypes", tally.eventTypes());
	}

	Tally tally() {
		return this.tally;
	}

	/** The units counted: the tally's, and persons and families for a unit breakdown. */
	List<String> units() {
		return this.units;
	}

	/** The statuses counted. */
	List<String> statuses() {
		return VerificationLevel.atOrAbove(this.tally.minimumStatus());
	}

	/** The last day counted. */
	LocalDate end() {
		return this.end;
	}

	/** A copy of the parameters, to add more for one statement. */
	Map<String, Object> params() {
		return new LinkedHashMap<>(this.params);
	}

	/** The day a figure is dated. */
	static String day(String figure, String event) {
		return "COALESCE(" + figure + ".period_to, " + event + ".date_to)";
	}

	/**
	 * The conditions on a figure and its event, dates included.
	 * @param f the figure's alias
	 * @param e the event's alias
	 * @return SQL conditions joined by AND
	 */
	String where(String f, String e) {
		return figureConditions(f) + " AND " + eventConditions(e) + " AND " + day(f, e) + " <= :end"
				+ ((this.tally.from() != null) ? " AND " + day(f, e) + " >= :from" : "");
	}

	/**
	 * The conditions on a whole's figure and event, without dates, for the join that
	 * finds whether a part's whole counts. The place and actor filters are written as
	 * lookups of the one whole ({@link #eventFilters}), never as joins the planner may
	 * reorder.
	 * @param w the whole's alias
	 * @param we the whole's event alias
	 * @return SQL conditions joined by AND
	 */
	String wholeWhere(String w, String we) {
		return figureConditions(w) + " AND " + we + ".voided = FALSE AND " + eventFilters(we + ".", we + ".id", true);
	}

	/**
	 * The join that finds a figure's place key, the place one level below the tally's
	 * place (or a top-level place) that holds the event's place, as
	 * {@code pk.ancestor_id}; empty when the tally has no place breakdown.
	 * @param e the event's alias
	 * @return the join, or an empty string
	 */
	String placeJoin(String e) {
		if (!this.tally.breakdowns().contains(Dimension.PLACE)) {
			return "";
		}
		String parent = (this.tally.place() != null) ? "c.parent_id = :place" : "c.parent_id IS NULL";
		return " LEFT JOIN place_ancestor pk ON pk.place_id = " + e + ".place_id AND pk.ancestor_id IN "
				+ "(SELECT c.id FROM place c WHERE " + parent + ")";
	}

	/**
	 * The conditions on a row of {@code tally_figure}, which holds only live figures of
	 * live events with their event's place, status, type and day: the same filters as
	 * {@link #where}, dates included.
	 * @param t the row's alias
	 * @return SQL conditions joined by AND
	 */
	String copiedWhere(String t) {
		return figureFilters(t + ".") + " AND " + eventFilters(t + ".", t + ".event_id", false) + " AND " + t
				+ ".dated_on <= :end" + ((this.tally.from() != null) ? " AND " + t + ".dated_on >= :from" : "");
	}

	/**
	 * The condition that a row's whole counts, from the whole's fields copied onto the
	 * row ({@code whole_} columns): the whole is live, of the same unit and kind, and
	 * passes the filters of {@link #wholeWhere}.
	 * @param t the row's alias
	 * @return SQL conditions joined by AND
	 */
	String copiedWholeCounts(String t) {
		return t + ".whole_event_id IS NOT NULL AND " + t + ".whole_unit = " + t + ".unit AND " + t
				+ ".whole_cumulative = " + t + ".cumulative AND " + figureFilters(t + ".whole_") + " AND "
				+ eventFilters(t + ".whole_", t + ".whole_event_id", false);
	}

	private String figureConditions(String f) {
		return f + ".voided = FALSE AND " + figureFilters(f + ".");
	}

	/** The filters on a figure's columns, each named by a prefix and its name. */
	private String figureFilters(String c) {
		StringBuilder sql = new StringBuilder();
		sql.append(c).append("category = :category AND ");
		sql.append(c).append("unit IN (:units)");
		list(sql, c + "nationality", "nationalities", this.tally.nationalities());
		list(sql, c + "group_actor", "groupActors", this.tally.groupActors());
		list(sql, c + "age_group", "ageGroups", this.tally.ageGroups());
		list(sql, c + "sex", "sexes", this.tally.sexes());
		return sql.toString();
	}

	private String eventConditions(String e) {
		return e + ".voided = FALSE AND " + eventFilters(e + ".", e + ".id", false);
	}

	/**
	 * The filters on an event, on columns named by a prefix and the name of the event's
	 * column ({@code e.status}, or {@code f.whole_status} for the copy of a whole's).
	 * <ul>
	 * <li>for the figures counted, place and actors are semi-joins ({@code IN},
	 * {@code EXISTS}), which the database runs as one hash join over all of them</li>
	 * <li>in the condition of the outer join to a part's whole ({@code whole}), they are
	 * counts of the one whole's rows by primary key: PostgreSQL turns {@code IN} and
	 * {@code EXISTS} there into joins too, and on tables it has no statistics for yet
	 * (new or just loaded) it then ran them inside a nested loop over every part, with no
	 * index, for minutes over a few thousand figures; a count compared with zero is never
	 * turned into a join</li>
	 * </ul>
	 */
	private String eventFilters(String c, String eventId, boolean whole) {
		StringBuilder sql = new StringBuilder();
		sql.append(c).append("status IN (:statuses)");
		list(sql, c + "type", "eventTypes", this.tally.eventTypes());
		if (this.tally.place() != null) {
			sql.append(" AND ")
				.append(whole
						? "(SELECT COUNT(*) FROM place_ancestor pa WHERE pa.place_id = " + c
								+ "place_id AND pa.ancestor_id = :place) > 0"
						: c + "place_id IN (SELECT pa.place_id FROM place_ancestor pa WHERE pa.ancestor_id = :place)");
		}
		if (!this.tally.actors().isEmpty()) {
			sql.append(whole ? " AND (SELECT COUNT(*) FROM event_actor ea WHERE ea.event_id = "
					: " AND EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = ")
				.append(eventId)
				.append(" AND ea.actor_id IN (:actors))")
				.append(whole ? " > 0" : "");
		}
		return sql.toString();
	}

	private static void list(StringBuilder sql, String column, String param, List<String> values) {
		if (!values.isEmpty()) {
			sql.append(" AND ").append(column).append(" IN (:").append(param).append(')');
		}
	}

	private void put(String name, Object value) {
		if (value != null) {
			this.params.put(name, value);
		}
	}

	private void putList(String name, List<String> values) {
		if (!values.isEmpty()) {
			this.params.put(name, values);
		}
	}

}
