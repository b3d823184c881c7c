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
	 * finds whether a part's whole counts.
	 * @param w the whole's alias
	 * @param we the whole's event alias
	 * @return SQL conditions joined by AND
	 */
	String wholeWhere(String w, String we) {
		return figureConditions(w) + " AND " + eventConditions(we);
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
		return copiedWholeWhere(t) + " AND " + t + ".dated_on <= :end"
				+ ((this.tally.from() != null) ? " AND " + t + ".dated_on >= :from" : "");
	}

	/**
	 * The conditions on a whole's row of {@code tally_figure}, without dates, as
	 * {@link #wholeWhere}.
	 * @param t the row's alias
	 * @return SQL conditions joined by AND
	 */
	String copiedWholeWhere(String t) {
		return figureFilters(t) + " AND " + eventFilters(t, t + ".event_id");
	}

	private String figureConditions(String f) {
		return f + ".voided = FALSE AND " + figureFilters(f);
	}

	private String figureFilters(String f) {
		StringBuilder sql = new StringBuilder();
		sql.append(f).append(".category = :category AND ");
		sql.append(f).append(".unit IN (:units)");
		list(sql, f + ".nationality", "nationalities", this.tally.nationalities());
		list(sql, f + ".group_actor", "groupActors", this.tally.groupActors());
		list(sql, f + ".age_group", "ageGroups", this.tally.ageGroups());
		list(sql, f + ".sex", "sexes", this.tally.sexes());
		return sql.toString();
	}

	private String eventConditions(String e) {
		return e + ".voided = FALSE AND " + eventFilters(e, e + ".id");
	}

	private String eventFilters(String e, String eventId) {
		StringBuilder sql = new StringBuilder();
		sql.append(e).append(".status IN (:statuses)");
		list(sql, e + ".type", "eventTypes", this.tally.eventTypes());
		if (this.tally.place() != null) {
			sql.append(" AND ")
				.append(e)
				.append(".place_id IN (SELECT pa.place_id FROM place_ancestor pa WHERE pa.ancestor_id = :place)");
		}
		if (!this.tally.actors().isEmpty()) {
			sql.append(" AND EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = ")
				.append(eventId)
				.append(" AND ea.actor_id IN (:actors))");
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
