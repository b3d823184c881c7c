package org.marsad.events.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.events.Claim;
import org.marsad.events.FigureValue;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores claims in {@code claim}. A claim is written once; voiding is its only change.
 */
class ClaimRepository {

	private final JdbcClient jdbc;

	ClaimRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Claim claim) {
		FigureValue value = claim.value();
		this.jdbc
			.sql("INSERT INTO claim (id, figure_id, report_id, report_version, span_start, span_end, quote, "
					+ "qualifier, low, best, high, source_id, reliability, credibility, stated_on, voided, created_at, "
					+ "created_by) VALUES (:id, :figure, :report, :version, :start, :end, :quote, :qualifier, :low, "
					+ ":best, :high, :source, :reliability, :credibility, :statedOn, FALSE, :at, :by)")
			.params(FigureRepository.value(value))
			.param("id", claim.id())
			.param("figure", claim.figureId())
			.param("report", claim.reportId())
			.param("version", claim.reportVersion())
			.param("start", claim.spanStart())
			.param("end", claim.spanEnd())
			.param("quote", claim.quote())
			.param("source", claim.sourceId())
			.param("reliability", (claim.reliability() != null) ? claim.reliability().name() : null)
			.param("credibility", claim.credibility())
			.param("statedOn", claim.statedOn())
			.param("at", Timestamps.toColumn(claim.createdAt()))
			.param("by", claim.createdBy())
			.update();
	}

	boolean voidClaim(UUID id, String reason) {
		return this.jdbc.sql("UPDATE claim SET voided = TRUE, void_reason = :reason WHERE id = :id AND voided = FALSE")
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	Optional<Claim> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM claim WHERE id = :id")
			.param("id", id)
			.query(ClaimRepository::claim)
			.optional();
	}

	/** The claims of these figures, oldest first. */
	List<Claim> ofFigures(Collection<UUID> figureIds) {
		if (figureIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM claim WHERE figure_id IN (:ids) ORDER BY created_at, id")
			.param("ids", new ArrayList<>(figureIds))
			.query(ClaimRepository::claim)
			.list();
	}

	/**
	 * The reports behind the claims that count for an event: neither they nor their
	 * figures void.
	 */
	List<Corroboration.Backing> backingsOf(UUID eventId) {
		return this.jdbc
			.sql("SELECT c.report_id, c.source_id, c.reliability, c.credibility FROM claim c "
					+ "JOIN figure f ON f.id = c.figure_id WHERE f.event_id = :id AND f.voided = FALSE "
					+ "AND c.voided = FALSE")
			.param("id", eventId)
			.query((rs, row) -> new Corroboration.Backing(rs.getObject("report_id", UUID.class),
					rs.getObject("source_id", UUID.class), EventRepository.reliability(rs.getString("reliability")),
					rs.getObject("credibility", Integer.class)))
			.list();
	}

	private static Claim claim(ResultSet rs, int row) throws SQLException {
		return new Claim(rs.getObject("id", UUID.class), rs.getObject("figure_id", UUID.class),
				rs.getObject("report_id", UUID.class), rs.getInt("report_version"), rs.getInt("span_start"),
				rs.getInt("span_end"), rs.getString("quote"), FigureRepository.readValue(rs),
				rs.getObject("source_id", UUID.class), EventRepository.reliability(rs.getString("reliability")),
				rs.getObject("credibility", Integer.class), rs.getObject("stated_on", LocalDate.class),
				rs.getBoolean("voided"), rs.getString("void_reason"), Timestamps.read(rs, "created_at"),
				rs.getString("created_by"));
	}

}
