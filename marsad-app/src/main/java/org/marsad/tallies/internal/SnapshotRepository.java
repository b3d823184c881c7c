package org.marsad.tallies.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.tallies.Estimate;
import org.marsad.tallies.SnapshotSummary;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyResult;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores published snapshots in {@code tally_snapshot}: the definition and result as JSON
 * documents, the total in columns. It has no statement that changes or removes a
 * snapshot.
 */
class SnapshotRepository {

	private static final String SUMMARY = "SELECT id, tally_id, as_of, published_at, published_by, low, best, high, "
			+ "low_exclusive, high_exclusive FROM tally_snapshot ";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SnapshotRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A snapshot as stored.
	 *
	 * @param summary its summary
	 * @param definition the tally as defined then
	 * @param result the result as published
	 */
	record Stored(SnapshotSummary summary, Tally definition, TallyResult result) {
	}

	void insert(UUID id, Tally tally, TallyResult result, Instant at, String by) {
		Estimate value = result.value();
		this.jdbc
			.sql("INSERT INTO tally_snapshot (id, tally_id, tally_version, as_of, low, best, high, low_exclusive, "
					+ "high_exclusive, definition, result, published_at, published_by) VALUES (:id, :tally, :version, "
					+ ":asOf, :low, :best, :high, :lowExclusive, :highExclusive, :definition, :result, :at, :by)")
			.param("id", id)
			.param("tally", tally.id())
			.param("version", tally.version())
			.param("asOf", result.asOf())
			.param("low", value.low())
			.param("best", value.best())
			.param("high", value.high(), java.sql.Types.NUMERIC)
			.param("lowExclusive", value.lowExclusive())
			.param("highExclusive", value.highExclusive())
			.param("definition", this.json.writeValueAsString(tally))
			.param("result", this.json.writeValueAsString(result))
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", by)
			.update();
	}

	List<SnapshotSummary> list(UUID tally) {
		return this.jdbc.sql(SUMMARY + "WHERE tally_id = :tally ORDER BY published_at DESC, id")
			.param("tally", tally)
			.query((rs, n) -> summary(rs))
			.list();
	}

	Optional<SnapshotSummary> latest(UUID tally) {
		return this.jdbc.sql(SUMMARY + "WHERE tally_id = :tally ORDER BY published_at DESC, id LIMIT 1")
			.param("tally", tally)
			.query((rs, n) -> summary(rs))
			.optional();
	}

	Optional<Stored> find(UUID tally, UUID id) {
		return this.jdbc
			.sql("SELECT id, tally_id, as_of, published_at, published_by, low, best, high, low_exclusive, "
					+ "high_exclusive, definition, result FROM tally_snapshot WHERE tally_id = :tally AND id = :id")
			.param("tally", tally)
			.param("id", id)
			.query((rs, n) -> new Stored(summary(rs), this.json.readValue(rs.getString("definition"), Tally.class),
					this.json.readValue(rs.getString("result"), TallyResult.class)))
			.optional();
	}

	private static SnapshotSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new SnapshotSummary(rs.getObject("id", UUID.class), rs.getObject("tally_id", UUID.class),
				rs.getObject("as_of", LocalDate.class), TallyRepository.instant(rs, "published_at"),
				rs.getString("published_by"), Estimates.of(rs.getBigDecimal("low"), rs.getBigDecimal("best"),
						rs.getBigDecimal("high"), rs.getBoolean("low_exclusive"), rs.getBoolean("high_exclusive")));
	}

}
