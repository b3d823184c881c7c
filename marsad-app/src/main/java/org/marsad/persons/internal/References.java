package org.marsad.persons.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the records a person refers to exist: places, actors, events, reports, sources
 * (read from their tables, as the foreign keys would, but early enough to name the field
 * that refers to a missing one), households and persons.
 */
class References {

	private final JdbcClient jdbc;

	References(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean place(String id) {
		return exists("SELECT COUNT(*) FROM place WHERE id = :id", id);
	}

	boolean actor(String id) {
		return exists("SELECT COUNT(*) FROM actor WHERE id = :id", id);
	}

	boolean event(UUID id) {
		return exists("SELECT COUNT(*) FROM event WHERE id = :id", id);
	}

	boolean report(UUID id) {
		return exists("SELECT COUNT(*) FROM report WHERE id = :id", id);
	}

	boolean source(UUID id) {
		return exists("SELECT COUNT(*) FROM source WHERE id = :id", id);
	}

	boolean household(UUID id) {
		return exists("SELECT COUNT(*) FROM household WHERE id = :id", id);
	}

	/** A person that is neither void nor merged into another. */
	boolean livePerson(UUID id) {
		return exists("SELECT COUNT(*) FROM person WHERE id = :id AND voided = FALSE AND merged_into IS NULL", id);
	}

	/** A place's name, Arabic first, or {@code null}. */
	String placeName(String id) {
		if (id == null) {
			return null;
		}
		return this.jdbc.sql("SELECT COALESCE(name_ar, name_en) FROM place WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private boolean exists(String sql, Object id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single() > 0;
	}

}
