package org.marsad.tallies.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads rows of {@code tally_figure} into {@link FigureColumns}: all of them, or those of
 * some figures again.
 * <ul>
 * <li>every column that {@link ProjectedSums} filters, groups or sums on, the
 * {@code whole_} columns included</li>
 * <li>all rows are read through a cursor ({@link #FETCH} rows at a time; PostgreSQL
 * streams only inside a transaction, which {@link ColumnSums} opens), never a million
 * rows of objects at once</li>
 * <li>a figure asked for that has no row is removed: it was voided, or its event</li>
 * </ul>
 */
final class FigureRows {

	static final int FETCH = 5_000;

	/** Figures read again per statement. */
	static final int CHUNK = 500;

	private static final String SELECT = "SELECT id, event_id, category, cumulative, dated_on, unit, part_of, "
			+ "nationality, group_actor, age_group, sex, period_from, place_id, status, type, qualifier, low, best, "
			+ "high, whole_event_id, whole_category, whole_cumulative, whole_unit, whole_nationality, "
			+ "whole_group_actor, whole_age_group, whole_sex, whole_place_id, whole_status, whole_type "
			+ "FROM tally_figure";

	/** The word columns in the order of {@link #SELECT}, from its 20th column on. */
	private static final int[] WHOLE_WORDS = { FigureColumns.CATEGORY, -1, FigureColumns.UNIT,
			FigureColumns.NATIONALITY, FigureColumns.GROUP_ACTOR, FigureColumns.AGE_GROUP, FigureColumns.SEX,
			FigureColumns.PLACE, FigureColumns.STATUS, FigureColumns.TYPE };

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	FigureRows(JdbcTemplate jdbc) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(FETCH);
		this.named = new NamedParameterJdbcTemplate(this.jdbc);
	}

	/** Reads every row into new columns. */
	FigureColumns all() {
		Long count = this.jdbc.queryForObject("SELECT COUNT(*) FROM tally_figure", Long.class);
		FigureColumns columns = new FigureColumns((int) Math.min(Integer.MAX_VALUE - 8, count + count / 64));
		this.jdbc.query(SELECT, (ResultSet rs) -> {
			put(columns, rs);
		});
		return columns;
	}

	/** Reads the rows of some figures again; those without a row are removed. */
	void again(FigureColumns columns, Set<UUID> figures) {
		List<UUID> all = new ArrayList<>(figures);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			Set<UUID> absent = new HashSet<>(chunk);
			this.named.query(SELECT + " WHERE id IN (:ids)", new MapSqlParameterSource("ids", chunk),
					(ResultSet rs) -> {
						absent.remove(put(columns, rs));
					});
			absent.forEach(columns::remove);
		}
	}

	private static UUID put(FigureColumns columns, ResultSet rs) throws SQLException {
		UUID id = rs.getObject(1, UUID.class);
		int slot = columns.slot(id);
		columns.events(slot, rs.getObject(2, UUID.class), rs.getObject(20, UUID.class));
		columns.word(FigureColumns.CATEGORY, slot, rs.getString(3));
		columns.days(slot, rs.getObject(5, LocalDate.class), rs.getObject(12, LocalDate.class));
		columns.word(FigureColumns.UNIT, slot, rs.getString(6));
		columns.word(FigureColumns.NATIONALITY, slot, rs.getString(8));
		columns.word(FigureColumns.GROUP_ACTOR, slot, rs.getString(9));
		columns.word(FigureColumns.AGE_GROUP, slot, rs.getString(10));
		columns.word(FigureColumns.SEX, slot, rs.getString(11));
		columns.word(FigureColumns.PLACE, slot, rs.getString(13));
		columns.word(FigureColumns.STATUS, slot, rs.getString(14));
		columns.word(FigureColumns.TYPE, slot, rs.getString(15));
		columns.word(FigureColumns.QUALIFIER, slot, rs.getString(16));
		for (int i = 0; i < WHOLE_WORDS.length; i++) {
			if (WHOLE_WORDS[i] >= 0) {
				columns.word(FigureColumns.WHOLE + WHOLE_WORDS[i], slot, rs.getString(21 + i));
			}
		}
		int flags = (rs.getBoolean(4) ? FigureColumns.CUMULATIVE : 0)
				| ((rs.getObject(7) != null) ? FigureColumns.PART : 0)
				| (rs.getBoolean(22) ? FigureColumns.WHOLE_CUMULATIVE : 0);
		columns.values(slot, flags, rs.getBigDecimal(17), rs.getBigDecimal(18), rs.getBigDecimal(19));
		return id;
	}

}
