package org.marsad.tallies.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.EventChanged;
import org.marsad.events.FigureChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code tally_figure}, the narrow copy of the live figures that tallies read
 * ({@link ProjectedSums}, {@link ColumnSums}), in step with the coded-event tables.
 * <ul>
 * <li>a figure's row is written again whenever the events module announces a change to it
 * ({@link FigureChanged}: created, edited, revalued after a claim, voided)</li>
 * <li>the rows of an event's figures are written again whenever the event changes
 * ({@link EventChanged}: dates, place, type, status, voided)</li>
 * <li>a part's row carries the fields of its whole that decide whether the whole counts
 * (migration V20), so it is written again with its whole and with its whole's event</li>
 * <li>both run in the transaction that made the change, so a tally never sees a figure
 * that its copy does not show, and a refused change leaves the copy as it was</li>
 * <li>the figures whose rows were written are logged ({@link FigureChangeLog}) in the
 * same transaction, just before it commits, so that the revision is taken as late as it
 * can be and other readers see it out of order for as short a time as possible
 * ({@link ChangePosition})</li>
 * <li>at start, before any request is served, an empty copy beside live figures (records
 * loaded straight into the tables) is rebuilt from them, and logged as a rebuild</li>
 * </ul>
 */
class TallyFigures implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(TallyFigures.class);

	private static final String COPY = "INSERT INTO tally_figure (id, event_id, category, cumulative, dated_on, unit, "
			+ "part_of, nationality, group_actor, age_group, sex, period_from, place_id, status, type, qualifier, "
			+ "low, best, high, whole_event_id, whole_category, whole_cumulative, whole_unit, whole_nationality, "
			+ "whole_group_actor, whole_age_group, whole_sex, whole_place_id, whole_status, whole_type) "
			+ "SELECT f.id, f.event_id, f.category, f.cumulative, COALESCE(f.period_to, e.date_to), f.unit, f.part_of, "
			+ "f.nationality, f.group_actor, f.age_group, f.sex, f.period_from, e.place_id, e.status, e.type, "
			+ "f.qualifier, f.low, f.best, f.high, we.id, w.category, w.cumulative, w.unit, w.nationality, "
			+ "w.group_actor, w.age_group, w.sex, we.place_id, we.status, we.type "
			+ "FROM figure f JOIN event e ON e.id = f.event_id LEFT JOIN figure w ON w.id = f.part_of AND "
			+ "w.voided = FALSE LEFT JOIN event we ON we.id = w.event_id AND we.voided = FALSE "
			+ "WHERE f.voided = FALSE AND e.voided = FALSE";

	/**
	 * A figure and the parts of it, whose rows carry its fields. Two selects, not one
	 * with {@code OR}: H2 reads {@code id = :id OR part_of = :id} by scanning every
	 * figure, which made each figure written cost a pass over all of them (an import of
	 * 100,000 rows slowed down row by row).
	 */
	private static final String FIGURE_AND_PARTS = "SELECT p.id FROM figure p WHERE p.id = :id UNION "
			+ "SELECT p.id FROM figure p WHERE p.part_of = :id";

	/** An event's figures and the parts of them, in this event or another. */
	private static final String EVENT_AND_PARTS = "SELECT p.id FROM figure p WHERE p.event_id = :event UNION "
			+ "SELECT p.id FROM figure p JOIN figure w ON w.id = p.part_of WHERE w.event_id = :event";

	private final JdbcClient jdbc;

	private final FigureChangeLog changes;

	TallyFigures(JdbcClient jdbc, FigureChangeLog changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/**
	 * Whether the current transaction has written rows of {@code tally_figure} not yet
	 * committed, which only a reader in the same transaction sees.
	 */
	static boolean writtenInThisTransaction() {
		return pending() != null;
	}

	@EventListener
	void on(FigureChanged changed) {
		copy(FIGURE_AND_PARTS, "id", changed.figureId());
	}

	@EventListener
	void on(EventChanged changed) {
		copy(EVENT_AND_PARTS, "event", changed.eventId());
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean empty = this.jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM tally_figure LIMIT 1) t")
			.query(Long.class)
			.single() == 0;
		if (empty && this.jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM figure WHERE voided = FALSE LIMIT 1) t")
			.query(Long.class)
			.single() > 0) {
			long started = System.nanoTime();
			int rows = rebuild();
			log.info("tallies: copied {} live figures in {} s", rows, (System.nanoTime() - started) / 1_000_000_000);
		}
	}

	/**
	 * Writes the whole copy again from the coded-event tables, in the order of the index
	 * a tally scans (so that on H2, which stores rows in the order written, the rows of a
	 * category and a range of days lie together), and logs it as a rebuild.
	 * @return the rows written
	 */
	int rebuild() {
		this.jdbc.sql("DELETE FROM tally_figure").update();
		int rows = this.jdbc.sql(COPY + " ORDER BY f.category, f.cumulative, COALESCE(f.period_to, e.date_to), f.unit")
			.update();
		this.changes.writeAll();
		return rows;
	}

	/** Writes again the rows of the figures a query selects. */
	private void copy(String figures, String name, UUID id) {
		List<UUID> written = this.jdbc.sql(figures).param(name, id).query(UUID.class).list();
		this.jdbc.sql("DELETE FROM tally_figure WHERE id IN (" + figures + ")").param(name, id).update();
		this.jdbc.sql(COPY + " AND f.id IN (" + figures + ")").param(name, id).update();
		logged(written);
	}

	/**
	 * Logs written figures before the transaction commits, all at once; at once when
	 * there is no transaction.
	 */
	private void logged(List<UUID> written) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.changes.write(written);
			return;
		}
		Written pending = pending();
		if (pending == null) {
			pending = new Written(this.changes);
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.figures.addAll(written);
	}

	/**
	 * The figures written in the current transaction, kept with its synchronizations so
	 * that a transaction suspended for another (propagation {@code REQUIRES_NEW}) keeps
	 * its own.
	 */
	private static Written pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Written written) {
				return written;
			}
		}
		return null;
	}

	/** The figures a transaction wrote, logged just before it commits. */
	private static final class Written implements TransactionSynchronization {

		private final Set<UUID> figures = new LinkedHashSet<>();

		private final FigureChangeLog changes;

		Written(FigureChangeLog changes) {
			this.changes = changes;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.changes.write(this.figures);
		}

	}

}
