package org.marsad.catalogue.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.marsad.catalogue.NameKeys;
import org.marsad.catalogue.Actor;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes actors: the {@code actor} row, its aliases and its name keys ({@link NameKeys}).
 */
class ActorRows {

	private static final int[] ROW_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR };

	private static final int[] CHECKED_ROW_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.INTEGER };

	private final JdbcTemplate jdbc;

	ActorRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(List<Actor> actors) {
		this.jdbc.batchUpdate("INSERT INTO actor (name_ar, name_en, origin, version, updated_at, updated_by, id) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?)", actors.stream().map(ActorRows::row).toList(), ROW_TYPES);
		insertNames(actors);
	}

	/**
	 * Overwrites an actor if it is still at the version an edit started from.
	 * @param actor the actor at its new version
	 * @param expected the version the edit started from
	 * @return whether it was written
	 */
	boolean update(Actor actor, int expected) {
		Object[] row = row(actor);
		Object[] args = new Object[row.length + 1];
		System.arraycopy(row, 0, args, 0, row.length);
		args[row.length] = expected;
		int updated = this.jdbc.update("UPDATE actor SET name_ar = ?, name_en = ?, origin = ?, version = ?, "
				+ "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?", args, CHECKED_ROW_TYPES);
		if (updated == 1) {
			deleteNames(actor.id());
			insertNames(List.of(actor));
		}
		return updated == 1;
	}

	/**
	 * Deletes an actor at a version, with its names.
	 * @return whether it was there at that version
	 */
	boolean delete(String id, int version) {
		deleteNames(id);
		return this.jdbc.update("DELETE FROM actor WHERE id = ? AND version = ?", id, version) == 1;
	}

	private void insertNames(List<Actor> actors) {
		List<Object[]> aliases = new ArrayList<>();
		List<Object[]> keys = new ArrayList<>();
		for (Actor actor : actors) {
			actor.aliases().forEach((alias) -> aliases.add(new Object[] { actor.id(), alias }));
			List<String> names = new ArrayList<>(actor.aliases());
			names.add(actor.nameAr());
			names.add(actor.nameEn());
			NameKeys.of(names).forEach((key) -> keys.add(new Object[] { actor.id(), key }));
		}
		this.jdbc.batchUpdate("INSERT INTO actor_alias (actor_id, alias) VALUES (?, ?)", aliases);
		this.jdbc.batchUpdate("INSERT INTO actor_name (actor_id, name_key) VALUES (?, ?)", keys);
	}

	private void deleteNames(String id) {
		this.jdbc.update("DELETE FROM actor_alias WHERE actor_id = ?", id);
		this.jdbc.update("DELETE FROM actor_name WHERE actor_id = ?", id);
	}

	private static Object[] row(Actor actor) {
		return new Object[] { actor.nameAr(), actor.nameEn(), actor.origin(), actor.version(),
				Timestamps.toColumn(actor.updatedAt()), actor.updatedBy(), actor.id() };
	}

}
