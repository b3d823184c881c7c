package org.marsad.persons.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.persons.PersonFilter;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code person} and {@code household} tables. Changes are conditional on the version
 * read, so that a stale edit changes nothing.
 */
class PersonRepository {

	private static final String COLUMNS = "full_name = :fullName, given_name = :given, father_name = :father, "
			+ "grandfather_name = :grandfather, family_name = :family, kunya = :kunya, latin_names = :latin, "
			+ "sex = :sex, age = :age, age_on = :ageOn, birth_year = :birthYear, birth_precision = :precision, "
			+ "nationality = :nationality, origin_place_id = :origin, description = :description, "
			+ "household_id = :household, household_relation = :relation, confidentiality = :confidentiality";

	private final JdbcClient jdbc;

	PersonRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, CheckedPerson person, Instant at, String by) {
		bind(this.jdbc.sql("INSERT INTO person (id, full_name, given_name, father_name, grandfather_name, family_name, "
				+ "kunya, latin_names, sex, age, age_on, birth_year, birth_precision, nationality, origin_place_id, "
				+ "description, household_id, household_relation, confidentiality, version, voided, created_at, "
				+ "created_by, updated_at, updated_by) VALUES (:id, :fullName, :given, :father, :grandfather, :family, "
				+ ":kunya, :latin, :sex, :age, :ageOn, :birthYear, :precision, :nationality, :origin, :description, "
				+ ":household, :relation, :confidentiality, 1, FALSE, :at, :by, :at, :by)"), person)
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	boolean update(UUID id, int version, CheckedPerson person, Instant at, String by) {
		return bind(this.jdbc.sql("UPDATE person SET " + COLUMNS + ", version = version + 1, updated_at = :at, "
				+ "updated_by = :by WHERE id = :id AND version = :version AND voided = FALSE"), person)
			.param("id", id)
			.param("version", version)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	boolean voidPerson(UUID id, int version, String reason, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE person SET voided = TRUE, void_reason = :reason, version = version + 1, updated_at = :at, "
					+ "updated_by = :by WHERE id = :id AND version = :version AND voided = FALSE")
			.param("id", id)
			.param("version", version)
			.param("reason", reason)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	/** Raises the version for a change to the timeline or evidence. */
	int touch(UUID id, Instant at, String by) {
		this.jdbc.sql("UPDATE person SET version = version + 1, updated_at = :at, updated_by = :by WHERE id = :id")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
		return find(id).map(PersonRow::version).orElseThrow();
	}

	/** Points a person at the one it was merged into, or back at nobody. */
	boolean merge(UUID id, int version, UUID into, Instant at, String by) {
		return this.jdbc
			.sql("UPDATE person SET merged_into = :into, version = version + 1, updated_at = :at, updated_by = :by "
					+ "WHERE id = :id AND version = :version")
			.param("id", id)
			.param("into", into)
			.param("version", version)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update() == 1;
	}

	Optional<PersonRow> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM person WHERE id = :id")
			.param("id", id)
			.query(PersonRepository::row)
			.optional();
	}

	List<PersonRow> members(UUID household) {
		return this.jdbc.sql("SELECT * FROM person WHERE household_id = :household AND voided = FALSE ORDER BY "
				+ "CASE household_relation WHEN 'head' THEN 0 WHEN 'spouse' THEN 1 ELSE 2 END, birth_year, created_at")
			.param("household", household)
			.query(PersonRepository::row)
			.list();
	}

	List<PersonRow> list(PersonFilter filter, boolean staff, long offset, int size) {
		return this.jdbc
			.sql("SELECT * FROM person" + where(filter, staff)
					+ " ORDER BY updated_at DESC, id LIMIT :size OFFSET :offset")
			.params(params(filter))
			.param("size", size)
			.param("offset", offset)
			.query(PersonRepository::row)
			.list();
	}

	long count(PersonFilter filter, boolean staff) {
		return this.jdbc.sql("SELECT COUNT(*) FROM person" + where(filter, staff))
			.params(params(filter))
			.query(Long.class)
			.single();
	}

	/** Every live person, for the search feed and record linkage. */
	List<PersonRow> all() {
		return this.jdbc.sql("SELECT * FROM person WHERE voided = FALSE AND merged_into IS NULL")
			.query(PersonRepository::row)
			.list();
	}

	void insertHousehold(UUID id, String name, Instant at, String by) {
		this.jdbc.sql("INSERT INTO household (id, name, created_at, created_by) VALUES (:id, :name, :at, :by)")
			.param("id", id)
			.param("name", name)
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	Optional<String> householdName(UUID id) {
		return this.jdbc.sql("SELECT name FROM household WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	private static String where(PersonFilter filter, boolean staff) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (!filter.includeVoided()) {
			where.append(" AND voided = FALSE AND merged_into IS NULL");
		}
		if (!staff) {
			where.append(" AND confidentiality = 'publishable'");
		}
		if (filter.name() != null && !filter.name().isBlank()) {
			where.append(" AND (LOWER(full_name) LIKE :name OR LOWER(latin_names) LIKE :name)");
		}
		if (filter.status() != null && !filter.status().isBlank()) {
			where
				.append(" AND (SELECT s.status FROM person_status s WHERE s.person_id = person.id AND s.voided = FALSE "
						+ "ORDER BY s.status_on DESC, s.created_at DESC LIMIT 1) = :status");
		}
		return where.toString();
	}

	private static java.util.Map<String, Object> params(PersonFilter filter) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		if (filter.name() != null && !filter.name().isBlank()) {
			params.put("name", "%"
					+ filter.name().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
		}
		if (filter.status() != null && !filter.status().isBlank()) {
			params.put("status", filter.status());
		}
		return params;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CheckedPerson person) {
		return spec.param("fullName", person.fullName())
			.param("given", person.parts().given())
			.param("father", person.parts().father())
			.param("grandfather", person.parts().grandfather())
			.param("family", person.parts().family())
			.param("kunya", person.parts().kunya())
			.param("latin", person.latinColumn())
			.param("sex", person.sex())
			.param("age", person.age())
			.param("ageOn", person.ageOn())
			.param("birthYear", person.birthYear())
			.param("precision", person.birthPrecision())
			.param("nationality", person.nationality())
			.param("origin", person.originPlaceId())
			.param("description", person.description())
			.param("household", person.householdId())
			.param("relation", person.householdRelation())
			.param("confidentiality", person.confidentiality());
	}

	static PersonRow row(ResultSet rs, int n) throws SQLException {
		return new PersonRow(rs.getObject("id", UUID.class), rs.getString("full_name"),
				new NameParts(rs.getString("given_name"), rs.getString("father_name"), rs.getString("grandfather_name"),
						rs.getString("family_name"), rs.getString("kunya")),
				rs.getString("latin_names"), rs.getString("sex"), (Integer) rs.getObject("age", Integer.class),
				rs.getObject("age_on", LocalDate.class), rs.getObject("birth_year", Integer.class),
				rs.getString("birth_precision"), rs.getString("nationality"), rs.getString("origin_place_id"),
				rs.getString("description"), rs.getObject("household_id", UUID.class),
				rs.getString("household_relation"), rs.getString("confidentiality"),
				rs.getObject("merged_into", UUID.class), rs.getInt("version"), rs.getBoolean("voided"),
				rs.getString("void_reason"), Timestamps.read(rs, "created_at"), rs.getString("created_by"),
				Timestamps.read(rs, "updated_at"), rs.getString("updated_by"));
	}

}
