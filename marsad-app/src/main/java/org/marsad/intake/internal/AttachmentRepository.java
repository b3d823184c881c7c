package org.marsad.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.marsad.intake.Attachment;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores attachment metadata in the {@code attachment} table; several rows may share one
 * stored file.
 */
class AttachmentRepository {

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds an attachment row.
	 * @param reportId the report
	 * @param attachment the stored file with its display name
	 * @param originalName the name as sent, kept for the record
	 * @param createdAt when
	 * @return the id of the row
	 */
	UUID insert(UUID reportId, Attachment attachment, String originalName, Instant createdAt) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO attachment (id, report_id, sha256, file_name, original_name, media_type, size_bytes, "
					+ "created_at) VALUES (:id, :reportId, :sha256, :fileName, :originalName, :mediaType, :size, "
					+ ":createdAt)")
			.param("id", id)
			.param("reportId", reportId)
			.param("sha256", attachment.sha256())
			.param("fileName", attachment.fileName())
			.param("originalName", originalName)
			.param("mediaType", attachment.mediaType())
			.param("size", attachment.size())
			.param("createdAt", Timestamps.toColumn(createdAt))
			.update();
		return id;
	}

	List<Attachment> ofReport(UUID reportId) {
		return this.jdbc.sql("SELECT * FROM attachment WHERE report_id = :reportId ORDER BY created_at, file_name, id")
			.param("reportId", reportId)
			.query(AttachmentRepository::map)
			.list();
	}

	Optional<Attachment> first(String sha256) {
		return this.jdbc.sql("SELECT * FROM attachment WHERE sha256 = :sha256 ORDER BY created_at, id LIMIT 1")
			.param("sha256", sha256)
			.query(AttachmentRepository::map)
			.optional();
	}

	boolean exists(String sha256) {
		return this.jdbc.sql("SELECT COUNT(*) FROM attachment WHERE sha256 = :sha256")
			.param("sha256", sha256)
			.query(Long.class)
			.single() > 0;
	}

	Set<String> hashes() {
		return Set.copyOf(this.jdbc.sql("SELECT DISTINCT sha256 FROM attachment").query(String.class).list());
	}

	private static Attachment map(ResultSet rs, int row) throws SQLException {
		return new Attachment(rs.getString("sha256").trim(), rs.getString("file_name"), rs.getString("media_type"),
				rs.getLong("size_bytes"));
	}

}
