package org.marsad.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marsad.intake.Channel;
import org.marsad.intake.Report;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.ReportStatus;
import org.marsad.intake.ReportSummary;
import org.marsad.intake.ReportVersion;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores reports in {@code report} (identity and metadata) and {@code report_version}
 * (each text, never updated).
 */
class ReportRepository {

	private static final int EXCERPT = 200;

	private static final String ELLIPSIS = "\u2026";

	private static final String LATEST = "SELECT r.*, v.title, v.language, " + "SUBSTRING(v.text FROM 1 FOR "
			+ (EXCERPT + 1) + ") AS excerpt, s.pseudonym, "
			+ "(SELECT COUNT(*) FROM attachment a WHERE a.report_id = r.id) AS attachments FROM report r "
			+ "JOIN report_version v ON v.report_id = r.id AND v.version = r.current_version "
			+ "LEFT JOIN source s ON s.id = r.source_id ";

	private final JdbcClient jdbc;

	ReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Report report) {
		this.jdbc
			.sql("INSERT INTO report (id, source_id, channel, received_at, published_at, credibility, status, "
					+ "current_version, created_at, created_by) VALUES (:id, :sourceId, :channel, :receivedAt, "
					+ ":publishedAt, :credibility, :status, :version, :createdAt, :createdBy)")
			.param("id", report.id())
			.param("sourceId", report.sourceId())
			.param("channel", report.channel().code())
			.param("receivedAt", Timestamps.toColumn(report.receivedAt()))
			.param("publishedAt", report.publishedAt())
			.param("credibility", report.credibility())
			.param("status", report.status().code())
			.param("version", report.version())
			.param("createdAt", Timestamps.toColumn(report.createdAt()))
			.param("createdBy", report.createdBy())
			.update();
		insertVersion(report.id(), report.version(), report.title(), report.text(), report.language(),
				report.createdAt(), report.createdBy());
	}

	void insertVersion(UUID id, int version, String title, String text, String language, Instant createdAt,
			String createdBy) {
		this.jdbc
			.sql("INSERT INTO report_version (report_id, version, title, text, language, created_at, created_by) "
					+ "VALUES (:id, :version, :title, :text, :language, :createdAt, :createdBy)")
			.param("id", id)
			.param("version", version)
			.param("title", title)
			.param("text", text)
			.param("language", language)
			.param("createdAt", Timestamps.toColumn(createdAt))
			.param("createdBy", createdBy)
			.update();
	}

	/**
	 * Moves a report to a newer version, only if no one else did first.
	 * @return whether it moved
	 */
	boolean advance(UUID id, int from, int to) {
		return this.jdbc.sql("UPDATE report SET current_version = :to WHERE id = :id AND current_version = :from")
			.param("to", to)
			.param("id", id)
			.param("from", from)
			.update() == 1;
	}

	/**
	 * Moves a report from one status to another, only if it is in the first.
	 * @return whether it moved
	 */
	boolean mark(UUID id, ReportStatus from, ReportStatus to) {
		return this.jdbc.sql("UPDATE report SET status = :to WHERE id = :id AND status = :from")
			.param("to", to.code())
			.param("id", id)
			.param("from", from.code())
			.update() == 1;
	}

	boolean exists(UUID id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM report WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

	Optional<Report> find(UUID id, Integer version) {
		String sql = "SELECT r.*, v.title, v.language, v.text, v.version AS shown, s.pseudonym FROM report r "
				+ "JOIN report_version v ON v.report_id = r.id AND v.version = "
				+ ((version != null) ? ":version " : "r.current_version ")
				+ "LEFT JOIN source s ON s.id = r.source_id WHERE r.id = :id";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql).param("id", id);
		if (version != null) {
			statement = statement.param("version", version);
		}
		return statement.query(ReportRepository::mapReport).optional();
	}

	List<ReportVersion> versions(UUID id) {
		return this.jdbc.sql("SELECT * FROM report_version WHERE report_id = :id ORDER BY version")
			.param("id", id)
			.query((rs, row) -> new ReportVersion(rs.getInt("version"), rs.getString("title"), rs.getString("language"),
					rs.getString("text").length(), Timestamps.read(rs, "created_at"), rs.getString("created_by")))
			.list();
	}

	List<ReportSummary> page(ReportFilter filter, long offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = LATEST + where(filter, params)
				+ " ORDER BY r.received_at DESC, r.created_at DESC, r.id LIMIT :limit OFFSET :offset";
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc.sql(sql).params(params).query(ReportRepository::mapSummary).list();
	}

	long count(ReportFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = "SELECT COUNT(*) FROM report r JOIN report_version v ON v.report_id = r.id "
				+ "AND v.version = r.current_version " + where(filter, params);
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String where(ReportFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("WHERE 1 = 1");
		if (filter.sourceId() != null) {
			where.append(" AND r.source_id = :sourceId");
			params.put("sourceId", filter.sourceId());
		}
		if (filter.status() != null) {
			where.append(" AND r.status = :status");
			params.put("status", filter.status().code());
		}
		if (filter.language() != null) {
			where.append(" AND v.language = :language");
			params.put("language", filter.language());
		}
		if (filter.receivedFrom() != null) {
			where.append(" AND r.received_at >= :from");
			params.put("from", filter.receivedFrom().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.receivedTo() != null) {
			where.append(" AND r.received_at < :to");
			params.put("to", filter.receivedTo().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return where.toString();
	}

	private static Report mapReport(ResultSet rs, int row) throws SQLException {
		return new Report(rs.getObject("id", UUID.class), rs.getInt("shown"), rs.getInt("current_version"),
				rs.getString("title"), rs.getString("text"), rs.getString("language"),
				Channel.ofCode(rs.getString("channel")), Timestamps.read(rs, "received_at"),
				rs.getObject("published_at", LocalDate.class), rs.getObject("source_id", UUID.class),
				rs.getString("pseudonym"), rs.getInt("credibility"), ReportStatus.ofCode(rs.getString("status")),
				Timestamps.read(rs, "created_at"), rs.getString("created_by"), List.of(), List.of());
	}

	private static ReportSummary mapSummary(ResultSet rs, int row) throws SQLException {
		String text = rs.getString("excerpt");
		String excerpt = (text.length() > EXCERPT) ? text.substring(0, EXCERPT) + ELLIPSIS : text;
		return new ReportSummary(rs.getObject("id", UUID.class), rs.getString("title"), excerpt,
				rs.getString("language"), Channel.ofCode(rs.getString("channel")), Timestamps.read(rs, "received_at"),
				rs.getObject("source_id", UUID.class), rs.getString("pseudonym"), rs.getInt("credibility"),
				ReportStatus.ofCode(rs.getString("status")), rs.getInt("current_version"), rs.getInt("attachments"));
	}

}
