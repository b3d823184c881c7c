package org.marsad.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.intake.Source;
import org.marsad.intake.SourceKind;
import org.marsad.text.vocabulary.SourceReliability;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores sources in the {@code source} table. The contact column holds the sealed form
 * only ({@code protected_column} registers it); {@link SourceRegister} seals and opens.
 */
class SourceRepository {

	private final JdbcClient jdbc;

	SourceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Source source, String createdBy) {
		this.jdbc
			.sql("INSERT INTO source (id, pseudonym, kind, reliability, contact, notes, created_at, created_by) "
					+ "VALUES (:id, :pseudonym, :kind, :reliability, :contact, :notes, :createdAt, :createdBy)")
			.param("id", source.id())
			.param("pseudonym", source.pseudonym())
			.param("kind", source.kind().code())
			.param("reliability", source.reliability().name())
			.param("contact", source.contact())
			.param("notes", source.notes())
			.param("createdAt", Timestamps.toColumn(source.createdAt()))
			.param("createdBy", createdBy)
			.update();
	}

	boolean updateReliability(UUID id, SourceReliability reliability) {
		return this.jdbc.sql("UPDATE source SET reliability = :reliability WHERE id = :id")
			.param("reliability", reliability.name())
			.param("id", id)
			.update() == 1;
	}

	Optional<Source> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM source WHERE id = :id")
			.param("id", id)
			.query(SourceRepository::map)
			.optional();
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM source WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	List<Source> page(long offset, int limit) {
		return this.jdbc.sql("SELECT * FROM source ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(SourceRepository::map)
			.list();
	}

	List<Source> byPseudonym() {
		return this.jdbc.sql("SELECT * FROM source ORDER BY pseudonym, id").query(SourceRepository::map).list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM source").query(Long.class).single();
	}

	private static Source map(ResultSet rs, int row) throws SQLException {
		return new Source(rs.getObject("id", UUID.class), rs.getString("pseudonym"),
				SourceKind.ofCode(rs.getString("kind")), SourceReliability.valueOf(rs.getString("reliability").trim()),
				rs.getString("contact"), rs.getString("notes"), Timestamps.read(rs, "created_at"));
	}

}
