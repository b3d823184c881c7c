package org.marsad.tallies.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Provenance.ClaimSpan;
import org.marsad.tallies.Provenance.Entry;
import org.marsad.tallies.Provenance.Role;
import org.marsad.tallies.Snapshot.FrozenFigure;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures and claims behind one number, read from the coded-event tables (part of the
 * read-only projection, see {@link FigureReadModel}), and frozen into a snapshot's own
 * tables when a tally is published.
 * <ul>
 * <li>a number's scope: the tally's scope up to the number's day, restricted to the row's
 * key</li>
 * <li>roles: the anchor, event figures added after it, event figures it already covers,
 * parts of a counted whole, and other running totals ({@link Role})</li>
 * <li>running totals are listed first, then event figures newest first</li>
 * <li>freezing copies the counted figures (anchor and added) with their version and
 * value, and their claims with the report span and quote</li>
 * </ul>
 */
class ProvenanceReadModel {

	private static final String COLUMNS = "f.id, f.version, f.event_id, e.type, f.cumulative, f.period_from, ";

	private final JdbcClient jdbc;

	ProvenanceReadModel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many figures are in a number's scope.
	 * @param scope the tally's scope up to the number's day
	 * @param cell the number
	 * @return the count
	 */
	long count(Scope scope, Cell cell) {
		return this.jdbc
			.sql("SELECT COUNT(*) " + FigureReadModel.from(scope) + " WHERE " + scope.where("f", "e") + " AND "
					+ cellCondition(cell))
			.params(cellParams(scope, cell))
			.query(Long.class)
			.single();
	}

	/**
	 * One page of the figures in a number's scope, with their roles and claims.
	 * @param scope the tally's scope up to the number's day
	 * @param cell the number
	 * @param value the number, for its anchor and the day it covers
	 * @param page the page from 0
	 * @param size the page size
	 * @return the entries
	 */
	List<Entry> page(Scope scope, Cell cell, TallyCalculation.CellValue value, int page, int size) {
		String sql = "SELECT " + COLUMNS + Scope.day("f", "e") + ", f.part_of, f.qualifier, f.low, f.best, f.high, "
				+ "f.unit, f.nationality, f.group_actor, " + placeKey(scope) + ", "
				+ FigureReadModel.wholes(scope.tally()) + " " + FigureReadModel.from(scope) + " WHERE "
				+ scope.where("f", "e") + " AND " + cellCondition(cell) + " ORDER BY f.cumulative DESC, "
				+ Scope.day("f", "e") + " DESC, f.id LIMIT :limit OFFSET :offset";
		Map<String, Object> params = cellParams(scope, cell);
		params.put("limit", size);
		params.put("offset", (long) page * size);
		String unit = scope.tally().unit();
		List<Entry> entries = this.jdbc.sql(sql).params(params).query((rs, n) -> {
			Keys keys = new Keys(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16));
			boolean counts = cell.counts(unit, keys, rs.getInt(17));
			return entry(rs, role(rs, value, counts), List.of());
		}).list();
		return withClaims(entries);
	}

	/**
	 * Freezes the counted figures of one number into a snapshot.
	 * @param snapshot the snapshot
	 * @param scope the tally's scope
	 * @param cell the number
	 * @param value the number, for its anchor and the day it covers
	 */
	void freeze(UUID snapshot, Scope scope, Cell cell, TallyCalculation.CellValue value) {
		String day = Scope.day("f", "e");
		StringBuilder counted = new StringBuilder("(f.cumulative = FALSE AND NOT (")
			.append(FigureReadModel.wholeCounted(cell.dimension()))
			.append(')');
		Map<String, Object> params = cellParams(scope, cell);
		if (value.cutoff() != null) {
			counted.append(" AND ").append(day).append(" > :cutoff");
			params.put("cutoff", value.cutoff());
		}
		counted.append(')');
		if (value.anchor() != null) {
			counted.append(" OR f.id = :anchor");
			params.put("anchor", value.anchor().figureId());
		}
		params.put("snapshot", snapshot);
		params.put("cell", cell.name());
		this.jdbc
			.sql("INSERT INTO tally_snapshot_figure (snapshot_id, cell, figure_id, figure_version, event_id, "
					+ "event_type, role, cumulative, period_from, dated_on, part_of, qualifier, low, best, high) "
					+ "SELECT :snapshot, :cell, " + COLUMNS.replace("f.cumulative, f.period_from, ", "")
					+ "CASE WHEN f.cumulative THEN 'anchor' ELSE 'added' END, f.cumulative, f.period_from, " + day
					+ ", f.part_of, f.qualifier, f.low, f.best, f.high " + FigureReadModel.from(scope) + " WHERE "
					+ scope.where("f", "e") + " AND " + cellCondition(cell) + " AND (" + counted + ")")
			.params(params)
			.update();
	}

	/** Freezes the claims of every figure frozen in a snapshot. */
	void freezeClaims(UUID snapshot) {
		this.jdbc
			.sql("INSERT INTO tally_snapshot_claim (snapshot_id, claim_id, figure_id, report_id, report_version, "
					+ "span_start, span_end, quote, qualifier, low, best, high) SELECT :snapshot, c.id, c.figure_id, "
					+ "c.report_id, c.report_version, c.span_start, c.span_end, c.quote, c.qualifier, c.low, c.best, "
					+ "c.high FROM claim c WHERE c.voided = FALSE AND c.figure_id IN "
					+ "(SELECT sf.figure_id FROM tally_snapshot_figure sf WHERE sf.snapshot_id = :snapshot)")
			.param("snapshot", snapshot)
			.update();
	}

	/**
	 * The figures frozen in a snapshot, the total's first.
	 * @param snapshot the snapshot
	 * @param limit how many at most
	 * @return the figures with their frozen claims
	 */
	List<FrozenFigure> frozen(UUID snapshot, boolean publishableOnly, int limit) {
		List<String> cells = new ArrayList<>();
		List<Entry> entries = this.jdbc
			.sql("SELECT figure_id, figure_version, event_id, event_type, cumulative, period_from, dated_on, part_of, "
					+ "qualifier, low, best, high, role, cell FROM tally_snapshot_figure WHERE snapshot_id = :snapshot "
					+ publishable(publishableOnly)
					+ "ORDER BY CASE WHEN cell = 'total' THEN 0 ELSE 1 END, cell, role, dated_on DESC, figure_id "
					+ "LIMIT :limit")
			.param("snapshot", snapshot)
			.param("limit", limit)
			.query((rs, n) -> {
				cells.add(rs.getString(14));
				return entry(rs, Role.valueOf(rs.getString(13).toUpperCase(java.util.Locale.ROOT)), List.of());
			})
			.list();
		Map<UUID, List<ClaimSpan>> claims = claims(
				"SELECT claim_id, figure_id, report_id, report_version, span_start, span_end, quote, qualifier, low, "
						+ "best, high FROM tally_snapshot_claim WHERE snapshot_id = :snapshot AND figure_id IN (:ids) "
						+ "ORDER BY figure_id, claim_id",
				Map.of("snapshot", snapshot), entries);
		List<FrozenFigure> frozen = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			frozen.add(new FrozenFigure(cells.get(i), withClaims(entries.get(i), claims)));
		}
		return frozen;
	}

	long frozenCount(UUID snapshot, boolean publishableOnly) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM tally_snapshot_figure WHERE snapshot_id = :snapshot "
					+ publishable(publishableOnly))
			.param("snapshot", snapshot)
			.query(Long.class)
			.single();
	}

	/**
	 * The condition that keeps frozen figures of internal events from viewers: a
	 * published number stays as published, but the figures behind it are as confidential
	 * as their events are now (docs/SECURITY.md, {@code events.readInternal}).
	 */
	private static String publishable(boolean publishableOnly) {
		return publishableOnly ? "AND event_id IN (SELECT id FROM event WHERE confidentiality = 'publishable') " : "";
	}

	private List<Entry> withClaims(List<Entry> entries) {
		Map<UUID, List<ClaimSpan>> claims = claims(
				"SELECT c.id, c.figure_id, c.report_id, c.report_version, c.span_start, c.span_end, c.quote, "
						+ "c.qualifier, c.low, c.best, c.high FROM claim c WHERE c.voided = FALSE AND c.figure_id IN "
						+ "(:ids) ORDER BY c.figure_id, c.created_at, c.id",
				Map.of(), entries);
		return entries.stream().map((entry) -> withClaims(entry, claims)).toList();
	}

	private Map<UUID, List<ClaimSpan>> claims(String sql, Map<String, Object> params, List<Entry> entries) {
		Map<UUID, List<ClaimSpan>> byFigure = new LinkedHashMap<>();
		if (entries.isEmpty()) {
			return byFigure;
		}
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("ids", entries.stream().map(Entry::figureId).distinct().toList());
		this.jdbc.sql(sql)
			.params(all)
			.query((rs, n) -> Map.entry(rs.getObject(2, UUID.class),
					new ClaimSpan(rs.getObject(1, UUID.class), rs.getObject(3, UUID.class), rs.getInt(4), rs.getInt(5),
							rs.getInt(6), rs.getString(7), rs.getString(8), decimal(rs, 9), decimal(rs, 10),
							decimal(rs, 11))))
			.list()
			.forEach((e) -> byFigure.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return byFigure;
	}

	private static Entry withClaims(Entry entry, Map<UUID, List<ClaimSpan>> claims) {
		return new Entry(entry.figureId(), entry.version(), entry.eventId(), entry.eventType(), entry.role(),
				entry.day(), entry.from(), entry.cumulative(), entry.partOf(), entry.qualifier(), entry.low(),
				entry.best(), entry.high(), List.copyOf(claims.getOrDefault(entry.figureId(), List.of())));
	}

	private static Role role(ResultSet rs, TallyCalculation.CellValue value, boolean counts) throws SQLException {
		UUID id = rs.getObject(1, UUID.class);
		if (value.anchor() != null && value.anchor().figureId().equals(id)) {
			return Role.ANCHOR;
		}
		if (!counts) {
			return Role.PART;
		}
		if (rs.getBoolean(5)) {
			return Role.STATEMENT;
		}
		LocalDate day = rs.getObject(7, LocalDate.class);
		return (value.cutoff() != null && !day.isAfter(value.cutoff())) ? Role.COVERED : Role.ADDED;
	}

	private static Entry entry(ResultSet rs, Role role, List<ClaimSpan> claims) throws SQLException {
		return new Entry(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class), rs.getString(4), role,
				rs.getObject(7, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBoolean(5),
				rs.getObject(8, UUID.class), rs.getString(9), decimal(rs, 10), decimal(rs, 11), decimal(rs, 12),
				claims);
	}

	private static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
		return Estimates.plain(rs.getBigDecimal(column));
	}

	private static String placeKey(Scope scope) {
		return scope.tally().breakdowns().contains(Dimension.PLACE) ? "pk.ancestor_id" : "CAST(NULL AS VARCHAR(64))";
	}

	private static String cellCondition(Cell cell) {
		if (cell.dimension() == null) {
			return "f.unit = :cellUnit";
		}
		return switch (cell.dimension()) {
			case NATIONALITY -> "f.unit = :cellUnit AND f.nationality = :cellKey";
			case ACTOR -> "f.unit = :cellUnit AND f.group_actor = :cellKey";
			case PLACE -> "f.unit = :cellUnit AND pk.ancestor_id = :cellKey";
			case UNIT -> "f.unit = :cellKey";
		};
	}

	private static Map<String, Object> cellParams(Scope scope, Cell cell) {
		Map<String, Object> params = scope.params();
		params.put("cellUnit", scope.tally().unit());
		if (cell.key() != null) {
			params.put("cellKey", cell.key());
		}
		return params;
	}

}
