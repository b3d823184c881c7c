package org.marsad.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.marsad.catalogue.NameKeys;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceQuery;
import org.marsad.text.vocabulary.PlaceKind;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads places from {@code place}, {@code place_alias}, {@code place_name} and
 * {@code place_ancestor}.
 * <ul>
 * <li>lists without a name are ordered by kind, larger areas first, then by name</li>
 * <li>a name search ranks places whose whole name (or alias) key equals the query first,
 * then those where it starts the name, then the rest ({@link NameKeys})</li>
 * <li>{@link #all()} lists places written by people (starter, curated) before imported
 * ones, as the text engine's namesake tie-break wants</li>
 * </ul>
 */
class PlaceRepository {

	static final String COLUMNS = "p.id, p.name_ar, p.name_en, p.kind, p.lat, p.lon, p.parent_id, p.origin, "
			+ "p.version, p.updated_at, p.updated_by";

	private static final String KIND_ORDER = "CASE p.kind WHEN 'country' THEN 0 WHEN 'governorate' THEN 1 "
			+ "WHEN 'district' THEN 2 WHEN 'subdistrict' THEN 3 WHEN 'region' THEN 4 WHEN 'town' THEN 5 "
			+ "WHEN 'camp' THEN 6 WHEN 'village' THEN 7 ELSE 8 END";

	private static final String NAME_ORDER = "COALESCE(p.name_ar, p.name_en), p.id";

	private final JdbcClient jdbc;

	private final AliasTable aliases;

	PlaceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.aliases = new AliasTable(jdbc, "place_alias", "place_id");
	}

	Optional<Place> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM place p WHERE p.id = :id")
			.param("id", id)
			.query(PlaceRepository::map)
			.optional()
			.map((place) -> withAliases(List.of(place)).get(0));
	}

	/** The places of these ids that exist, in the order of the ids. */
	List<Place> findAll(Collection<String> ids) {
		Map<String, Place> found = new HashMap<>();
		for (List<String> chunk : AliasTable.chunks(List.copyOf(ids))) {
			this.jdbc.sql("SELECT " + COLUMNS + " FROM place p WHERE p.id IN (:ids)")
				.param("ids", chunk)
				.query(PlaceRepository::map)
				.list()
				.forEach((place) -> found.put(place.id(), place));
		}
		List<Place> ordered = new ArrayList<>();
		for (String id : ids) {
			Place place = found.remove(id);
			if (place != null) {
				ordered.add(place);
			}
		}
		return withAliases(ordered);
	}

	List<Place> all() {
		List<Place> places = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM place p ORDER BY CASE WHEN p.origin IN ('starter', 'curated') "
					+ "THEN 0 ELSE 1 END, p.id")
			.query(PlaceRepository::map)
			.list();
		Map<String, List<String>> all = this.aliases.all();
		return places.stream().map((place) -> with(place, all.getOrDefault(place.id(), List.of()))).toList();
	}

	List<Place> children(String id) {
		return withAliases(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM place p WHERE p.parent_id = :id ORDER BY " + KIND_ORDER + ", "
					+ NAME_ORDER)
			.param("id", id)
			.query(PlaceRepository::map)
			.list());
	}

	List<Place> ancestors(String id) {
		return withAliases(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM place_ancestor a JOIN place p ON p.id = a.ancestor_id "
					+ "WHERE a.place_id = :id AND a.depth > 0 ORDER BY a.depth")
			.param("id", id)
			.query(PlaceRepository::map)
			.list());
	}

	boolean isWithin(String placeId, String ancestorId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM place_ancestor WHERE place_id = :place AND ancestor_id = :ancestor")
			.param("place", placeId)
			.param("ancestor", ancestorId)
			.query(Long.class)
			.single() > 0;
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM place WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	boolean hasChildren(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM place WHERE parent_id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Every place's id with its parent id, {@code null} for none. */
	Map<String, String> parents() {
		Map<String, String> parents = new HashMap<>();
		this.jdbc.sql("SELECT id, parent_id FROM place").query((rs) -> {
			parents.put(rs.getString("id"), rs.getString("parent_id"));
		});
		return parents;
	}

	/** Count, sum of versions and latest change: changes with every write. */
	String revision() {
		return this.jdbc.sql("SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(updated_at) FROM place")
			.query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + Timestamps.read(rs, 3))
			.single();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM place").query(Long.class).single();
	}

	List<Place> page(PlaceQuery query, long offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		String key = NameKeys.of(query.name());
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM place p");
		String order = KIND_ORDER + ", " + NAME_ORDER;
		if (!key.isEmpty()) {
			sql.append(" JOIN (SELECT place_id, MIN(CASE WHEN name_key = :key THEN 0 WHEN name_key LIKE :prefix ")
				.append("THEN 1 ELSE 2 END) AS name_rank FROM place_name WHERE name_key LIKE :anywhere ")
				.append("GROUP BY place_id) m ON m.place_id = p.id");
			order = "m.name_rank, " + order;
		}
		sql.append(where(conditions(query, key, params))).append(" ORDER BY ").append(order);
		sql.append(" LIMIT :limit OFFSET :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return withAliases(this.jdbc.sql(sql.toString()).params(params).query(PlaceRepository::map).list());
	}

	long count(PlaceQuery query) {
		Map<String, Object> params = new HashMap<>();
		String key = NameKeys.of(query.name());
		List<String> conditions = conditions(query, key, params);
		if (!key.isEmpty()) {
			conditions.add("p.id IN (SELECT place_id FROM place_name WHERE name_key LIKE :anywhere)");
		}
		String sql = "SELECT COUNT(*) FROM place p" + where(conditions);
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static List<String> conditions(PlaceQuery query, String key, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		if (!key.isEmpty()) {
			params.put("key", key);
			params.put("prefix", key + "%");
			params.put("anywhere", "%" + key + "%");
		}
		if (query.kind() != null) {
			conditions.add("p.kind = :kind");
			params.put("kind", query.kind().code());
		}
		if (query.parentId() != null) {
			conditions.add("p.parent_id = :parent");
			params.put("parent", query.parentId());
		}
		return conditions;
	}

	private static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	private List<Place> withAliases(List<Place> places) {
		if (places.isEmpty()) {
			return places;
		}
		Map<String, List<String>> found = this.aliases.of(places.stream().map(Place::id).toList());
		return places.stream().map((place) -> with(place, found.getOrDefault(place.id(), List.of()))).toList();
	}

	private static Place with(Place place, List<String> aliases) {
		return new Place(place.id(), place.nameAr(), place.nameEn(), place.kind(), place.lat(), place.lon(),
				place.parentId(), aliases, place.origin(), place.version(), place.updatedAt(), place.updatedBy());
	}

	static Place map(ResultSet rs, int row) throws SQLException {
		return new Place(rs.getString("id"), rs.getString("name_ar"), rs.getString("name_en"),
				PlaceKind.ofCode(rs.getString("kind")), coordinate(rs, "lat"), coordinate(rs, "lon"),
				rs.getString("parent_id"), List.of(), rs.getString("origin"), rs.getInt("version"),
				Timestamps.read(rs, "updated_at"), rs.getString("updated_by"));
	}

	private static Double coordinate(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

}
