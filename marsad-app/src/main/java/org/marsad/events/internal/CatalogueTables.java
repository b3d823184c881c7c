package org.marsad.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the catalogues from their tables ({@code place}, {@code place_ancestor},
 * {@code actor}), read-only.
 */
class CatalogueTables implements CatalogueLookup {

	private static final String PLACE_COLUMNS = "SELECT id, name_ar, name_en, kind, lat, lon FROM place ";

	private final JdbcClient jdbc;

	CatalogueTables(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> knownPlaces(Collection<String> ids) {
		return known("place", ids);
	}

	@Override
	public Set<String> knownActors(Collection<String> ids) {
		return known("actor", ids);
	}

	@Override
	public Map<String, PlaceEntry> places(Collection<String> ids) {
		Map<String, PlaceEntry> places = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return places;
		}
		this.jdbc.sql(PLACE_COLUMNS + "WHERE id IN (:ids)")
			.param("ids", new ArrayList<>(new HashSet<>(ids)))
			.query(CatalogueTables::place)
			.list()
			.forEach((place) -> places.put(place.id(), place));
		return places;
	}

	@Override
	public Map<String, ActorEntry> actors(Collection<String> ids) {
		Map<String, ActorEntry> actors = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return actors;
		}
		this.jdbc.sql("SELECT id, name_ar, name_en FROM actor WHERE id IN (:ids)")
			.param("ids", new ArrayList<>(new HashSet<>(ids)))
			.query(CatalogueTables::actor)
			.list()
			.forEach((actor) -> actors.put(actor.id(), actor));
		return actors;
	}

	@Override
	public Map<String, List<String>> ancestors(Collection<String> ids) {
		Map<String, List<String>> ancestors = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return ancestors;
		}
		ids.forEach((id) -> ancestors.put(id, new ArrayList<>()));
		this.jdbc
			.sql("SELECT place_id, ancestor_id FROM place_ancestor WHERE place_id IN (:ids) AND depth > 0 "
					+ "ORDER BY place_id, depth")
			.param("ids", new ArrayList<>(new HashSet<>(ids)))
			.query((rs) -> {
				ancestors.get(rs.getString("place_id")).add(rs.getString("ancestor_id"));
			});
		return ancestors;
	}

	@Override
	public List<PlaceEntry> regions() {
		return this.jdbc
			.sql(PLACE_COLUMNS + "WHERE kind IN ('country', 'governorate', 'district') "
					+ "ORDER BY COALESCE(name_ar, name_en), id")
			.query(CatalogueTables::place)
			.list();
	}

	@Override
	public List<ActorEntry> allActors() {
		return this.jdbc.sql("SELECT id, name_ar, name_en FROM actor ORDER BY COALESCE(name_ar, name_en), id")
			.query(CatalogueTables::actor)
			.list();
	}

	private Set<String> known(String table, Collection<String> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("SELECT id FROM " + table + " WHERE id IN (:ids)")
			.param("ids", new ArrayList<>(new HashSet<>(ids)))
			.query(String.class)
			.list());
	}

	private static PlaceEntry place(ResultSet rs, int row) throws SQLException {
		return new PlaceEntry(rs.getString("id"), rs.getString("name_ar"), rs.getString("name_en"),
				rs.getString("kind"), rs.getObject("lat", Double.class), rs.getObject("lon", Double.class));
	}

	private static ActorEntry actor(ResultSet rs, int row) throws SQLException {
		return new ActorEntry(rs.getString("id"), rs.getString("name_ar"), rs.getString("name_en"));
	}

}
