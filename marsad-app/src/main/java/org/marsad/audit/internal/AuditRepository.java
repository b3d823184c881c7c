package org.marsad.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.marsad.audit.AuditEntry;
import org.marsad.audit.AuditFilter;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables {@code audit_entry} and {@code audit_head}.
 */
class AuditRepository {

	private static final int FETCH = 1000;

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The end of the chain, locked until the transaction ends. */
	Head lockHead() {
		return this.jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
			.query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.single();
	}

	Head head() {
		return this.jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
			.query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("hash")))
			.single();
	}

	void append(AuditEntry entry) {
		this.jdbc
			.sql("INSERT INTO audit_entry (seq, recorded_at, actor, action, record_kind, record_id, before_digest, "
					+ "after_digest, previous_hash, hash) VALUES (:seq, :at, :actor, :action, :kind, :id, :before, "
					+ ":after, :previous, :hash)")
			.param("seq", entry.seq())
			.param("at", OffsetDateTime.ofInstant(entry.recordedAt(), ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("kind", entry.recordKind())
			.param("id", entry.recordId())
			.param("before", entry.beforeDigest())
			.param("after", entry.afterDigest())
			.param("previous", entry.previousHash())
			.param("hash", entry.hash())
			.update();
		this.jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
			.param("seq", entry.seq())
			.param("hash", entry.hash())
			.update();
	}

	List<AuditEntry> page(AuditFilter filter, long offset, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String sql = "SELECT * FROM audit_entry " + where(filter, params)
				+ " ORDER BY seq DESC LIMIT :limit OFFSET :offset";
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc.sql(sql).params(params).query(AuditRepository::map).list();
	}

	long count(AuditFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry " + where(filter, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	/** Reads every entry in chain order, without holding them all in memory. */
	void forEach(Consumer<AuditEntry> action) {
		try (Stream<AuditEntry> entries = this.jdbc.sql("SELECT * FROM audit_entry ORDER BY seq")
			.withFetchSize(FETCH)
			.query(AuditRepository::map)
			.stream()) {
			entries.forEach(action);
		}
	}

	/** The sequence number of the entry with this hash, if there is one. */
	Optional<Long> seqOf(String hash) {
		return this.jdbc.sql("SELECT MIN(seq) FROM audit_entry WHERE hash = :hash")
			.param("hash", hash)
			.query((rs, row) -> {
				long seq = rs.getLong(1);
				return rs.wasNull() ? null : seq;
			})
			.optional();
	}

	/** The after digest of the latest entry about a record, if it has one. */
	Optional<String> latestAfter(String kind, String id) {
		return this.jdbc
			.sql("SELECT after_digest FROM audit_entry WHERE record_kind = :kind AND record_id = :id "
					+ "ORDER BY seq DESC LIMIT 1")
			.param("kind", kind)
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap((digest) -> digest);
	}

	Optional<AuditEntry> at(long seq) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE seq = :seq")
			.param("seq", seq)
			.query(AuditRepository::map)
			.optional();
	}

	private static String where(AuditFilter filter, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("WHERE 1 = 1");
		condition(where, params, "actor", filter.actor());
		condition(where, params, "action", filter.action());
		condition(where, params, "record_kind", filter.recordKind());
		condition(where, params, "record_id", filter.recordId());
		if (filter.from() != null) {
			where.append(" AND recorded_at >= :from");
			params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (filter.to() != null) {
			where.append(" AND recorded_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		return where.toString();
	}

	private static void condition(StringBuilder where, Map<String, Object> params, String column, String value) {
		if (value != null) {
			where.append(" AND ").append(column).append(" = :").append(column);
			params.put(column, value);
		}
	}

	private static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("record_kind"), rs.getString("record_id"),
				rs.getString("before_digest"), rs.getString("after_digest"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}

	/**
	 * The end of the chain.
	 *
	 * @param seq the last sequence number, 0 when empty
	 * @param hash the last hash
	 */
	record Head(long seq, String hash) {
	}

}
