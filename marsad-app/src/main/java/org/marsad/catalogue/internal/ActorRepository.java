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
import org.marsad.catalogue.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads actors from {@code actor}, {@code actor_alias} and {@code actor_name}. Lists are
 * ordered by name; a name search ranks whole-name matches first, then those where the
 * query starts the name, then the rest ({@link NameKeys}).
 */
class ActorRepository {

	private static final String COLUMNS = "a.id, a.name_ar, a.name_en, a.origin, a.version, a.updated_at, "
			+ "a.updated_by";

	private static final String NAME_ORDER = "COALESCE(a.name_ar, a.name_en), a.id";

	private final JdbcClient jdbc;

	private final AliasTable aliases;

	ActorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.aliases = new AliasTable(jdbc, "actor_alias", "actor_id");
	}

	Optional<Actor> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM actor a WHERE a.id = :id")
			.param("id", id)
			.query(ActorRepository::map)
			.optional()
			.map((actor) -> withAliases(List.of(actor)).get(0));
	}

	/** The actors of these ids that exist, in the order of the ids. */
	List<Actor> findAll(Collection<String> ids) {
		Map<String, Actor> found = new HashMap<>();
		for (List<String> chunk : AliasTable.chunks(List.copyOf(ids))) {
			this.jdbc.sql("SELECT " + COLUMNS + " FROM actor a WHERE a.id IN (:ids)")
				.param("ids", chunk)
				.query(ActorRepository::map)
				.list()
				.forEach((actor) -> found.put(actor.id(), actor));
		}
		List<Actor> ordered = new ArrayList<>();
		for (String id : ids) {
			Actor actor = found.remove(id);
			if (actor != null) {
				ordered.add(actor);
			}
		}
		return withAliases(ordered);
	}

	List<Actor> all() {
		List<Actor> actors = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM actor a ORDER BY CASE a.origin WHEN 'curated' THEN 0 ELSE 1 END, a.id")
			.query(ActorRepository::map)
			.list();
		Map<String, List<String>> all = this.aliases.all();
		return actors.stream().map((actor) -> with(actor, all.getOrDefault(actor.id(), List.of()))).toList();
	}

	boolean exists(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM actor WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	/** Count, sum of versions and latest change: changes with every write. */
	String revision() {
		return this.jdbc.sql("SELECT COUNT(*), COALESCE(SUM(version), 0), MAX(updated_at) FROM actor")
			.query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + Timestamps.read(rs, 3))
			.single();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM actor").query(Long.class).single();
	}

	List<Actor> page(String name, long offset, int limit) {
		String key = NameKeys.of(name);
		Map<String, Object> params = new HashMap<>();
		params.put("limit", limit);
		params.put("offset", offset);
		String sql;
		if (key.isEmpty()) {
			sql = "SELECT " + COLUMNS + " FROM actor a ORDER BY " + NAME_ORDER + " LIMIT :limit OFFSET :offset";
		}
		else {
			params.put("key", key);
			params.put("prefix", key + "%");
			params.put("anywhere", "%" + key + "%");
			sql = "SELECT " + COLUMNS + " FROM actor a JOIN (SELECT actor_id, MIN(CASE WHEN name_key = :key THEN 0 "
					+ "WHEN name_key LIKE :prefix THEN 1 ELSE 2 END) AS name_rank FROM actor_name "
					+ "WHERE name_key LIKE :anywhere GROUP BY actor_id) m ON m.actor_id = a.id ORDER BY m.name_rank, "
					+ NAME_ORDER + " LIMIT :limit OFFSET :offset";
		}
		return withAliases(this.jdbc.sql(sql).params(params).query(ActorRepository::map).list());
	}

	long count(String name) {
		String key = NameKeys.of(name);
		if (key.isEmpty()) {
			return count();
		}
		return this.jdbc.sql("SELECT COUNT(DISTINCT actor_id) FROM actor_name WHERE name_key LIKE :anywhere")
			.param("anywhere", "%" + key + "%")
			.query(Long.class)
			.single();
	}

	private List<Actor> withAliases(List<Actor> actors) {
		if (actors.isEmpty()) {
			return actors;
		}
		Map<String, List<String>> found = this.aliases.of(actors.stream().map(Actor::id).toList());
		return actors.stream().map((actor) -> with(actor, found.getOrDefault(actor.id(), List.of()))).toList();
	}

	private static Actor with(Actor actor, List<String> aliases) {
		return new Actor(actor.id(), actor.nameAr(), actor.nameEn(), aliases, actor.origin(), actor.version(),
				actor.updatedAt(), actor.updatedBy());
	}

	private static Actor map(ResultSet rs, int row) throws SQLException {
		return new Actor(rs.getString("id"), rs.getString("name_ar"), rs.getString("name_en"), List.of(),
				rs.getString("origin"), rs.getInt("version"), Timestamps.read(rs, "updated_at"),
				rs.getString("updated_by"));
	}

}
