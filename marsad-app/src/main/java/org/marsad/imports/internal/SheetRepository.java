package org.marsad.imports.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores what is known of uploaded sheets in {@code import_sheet}.
 */
final class SheetRepository {

	private static final String COLUMN_SEPARATOR = "\n";

	private final JdbcClient jdbc;

	SheetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SheetRecord sheet) {
		this.jdbc
			.sql("INSERT INTO import_sheet (id, file_name, format, encoding, byte_size, sha256, columns_text, "
					+ "row_count, uploaded_at, uploaded_by) VALUES (:id, :name, :format, :encoding, :size, :sha, "
					+ ":columns, :rows, :at, :by)")
			.param("id", sheet.id())
			.param("name", sheet.fileName())
			.param("format", sheet.format().code())
			.param("encoding", sheet.encoding())
			.param("size", sheet.size())
			.param("sha", sheet.sha256())
			.param("columns", String.join(COLUMN_SEPARATOR, sheet.columns()))
			.param("rows", sheet.rows())
			.param("at", OffsetDateTime.ofInstant(sheet.uploadedAt(), ZoneOffset.UTC))
			.param("by", sheet.uploadedBy())
			.update();
	}

	Optional<SheetRecord> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM import_sheet WHERE id = :id").param("id", id).query(this::row).optional();
	}

	List<SheetRecord> recent(int limit) {
		return this.jdbc.sql("SELECT * FROM import_sheet ORDER BY uploaded_at DESC, id FETCH FIRST :limit ROWS ONLY")
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	private SheetRecord row(ResultSet rs, int n) throws SQLException {
		return new SheetRecord(rs.getObject("id", UUID.class), rs.getString("file_name"),
				SheetFormat.ofCode(rs.getString("format")), rs.getString("encoding"), rs.getLong("byte_size"),
				rs.getString("sha256"), Arrays.asList(rs.getString("columns_text").split(COLUMN_SEPARATOR, -1)),
				rs.getInt("row_count"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
				rs.getString("uploaded_by"));
	}

}
