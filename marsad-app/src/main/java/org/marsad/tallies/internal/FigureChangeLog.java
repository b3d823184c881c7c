package org.marsad.tallies.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The log of the figures whose rows of {@code tally_figure} were written
 * ({@code tally_figure_change}, migration V26), by which every application instance
 * sharing the database keeps its {@link FigureColumns} fresh.
 * <ul>
 * <li>written by {@link TallyFigures} in the transaction that writes the rows, so a
 * change is in the log exactly when it is committed; a revision from the table's identity
 * sequence orders the entries</li>
 * <li>{@code figure_id} NULL: every row was written again (a rebuild), so every reader
 * reads all rows again</li>
 * <li>read from a {@link ChangePosition}: the revisions above its highest and its gaps,
 * so an entry committed after a higher one is still read</li>
 * <li>pruned of entries older than {@link #KEEP}: the log holds at most a day of changes.
 * The highest revision pruned is kept ({@code tally_figure_pruned}); a reader that has
 * not read that far reads all rows again instead</li>
 * </ul>
 */
final class FigureChangeLog {

	static final Duration KEEP = Duration.ofDays(1);

	private static final String WRITE = "INSERT INTO tally_figure_change (figure_id, changed_at) VALUES (?, ?)";

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Clock clock;

	/**
	 * What a reader has to do after reading the log.
	 *
	 * @param all read every row again
	 * @param figures the figures whose rows to read again
	 */
	record Changes(boolean all, Set<UUID> figures) {
	}

	FigureChangeLog(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
	}

	/** Logs that the rows of some figures were written. */
	void write(Collection<UUID> figures) {
		if (figures.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>(figures.size());
		for (UUID figure : figures) {
			rows.add(new Object[] { figure, now });
		}
		this.jdbc.batchUpdate(WRITE, rows);
	}

	/** Logs that every row was written again. */
	void writeAll() {
		this.jdbc.update("INSERT INTO tally_figure_change (figure_id, changed_at) VALUES (NULL, ?)",
				Timestamp.from(this.clock.instant()));
	}

	/**
	 * The position of a reader about to read every row: the revisions written up to now,
	 * with those of the last {@link ChangePosition#GAP_LIMIT} one by one, to find the
	 * gaps among them.
	 */
	ChangePosition start() {
		Instant now = this.clock.instant();
		Timestamp settledAt = Timestamp.from(now.minus(ChangePosition.GAP_LIMIT));
		Long settled = this.jdbc.queryForObject(
				"SELECT COALESCE(MAX(revision), 0) FROM tally_figure_change WHERE changed_at <= ?", Long.class,
				settledAt);
		List<Long> seen = this.jdbc.queryForList(
				"SELECT revision FROM tally_figure_change WHERE revision > ? ORDER BY revision", Long.class, settled);
		return new ChangePosition(settled, seen, now);
	}

	/**
	 * Reads what was logged past a position, and moves it on.
	 * @param position the reader's position
	 * @return the figures to read again, or all
	 */
	Changes read(ChangePosition position) {
		Instant now = this.clock.instant();
		List<Long> gaps = position.gaps();
		MapSqlParameterSource params = new MapSqlParameterSource("highest", position.highest());
		String sql = "SELECT revision, figure_id FROM tally_figure_change WHERE revision > :highest";
		if (!gaps.isEmpty()) {
			sql += " OR revision IN (:gaps)";
			params.addValue("gaps", gaps);
		}
		Set<UUID> figures = new LinkedHashSet<>();
		boolean[] all = { false };
		this.named.query(sql + " ORDER BY revision", params, (rs) -> {
			if (position.see(rs.getLong(1), now)) {
				UUID figure = rs.getObject(2, UUID.class);
				all[0] |= figure == null;
				figures.add(figure);
			}
		});
		position.expire(now);
		Long pruned = this.jdbc.queryForObject("SELECT MAX(revision) FROM tally_figure_pruned", Long.class);
		boolean lost = position.lost() || position.overtakenBy((pruned != null) ? pruned : 0);
		figures.remove(null);
		return new Changes(all[0] || lost, figures);
	}

	/**
	 * Removes the entries older than {@link #KEEP}, recording the highest revision
	 * removed first. Runs in a transaction of its own.
	 * @return the entries removed
	 */
	int prune() {
		Timestamp cutoff = Timestamp.from(this.clock.instant().minus(KEEP));
		Long upTo = this.jdbc.queryForObject("SELECT MAX(revision) FROM tally_figure_change WHERE changed_at < ?",
				Long.class, cutoff);
		if (upTo == null) {
			return 0;
		}
		this.jdbc.update("UPDATE tally_figure_pruned SET revision = GREATEST(revision, ?)", upTo);
		return this.jdbc.update("DELETE FROM tally_figure_change WHERE revision <= ?", upTo);
	}

}
