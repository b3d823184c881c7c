package org.marsad.tallies.internal;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-memory reader of a tally's figures: the same sums as {@link ProjectedSums}, from
 * the rows of {@code tally_figure} held as columns ({@link FigureColumns},
 * {@link ColumnScan}), kept fresh from the change log ({@link FigureChangeLog}).
 * <ul>
 * <li>all rows are read once, in the background when the application is ready; the first
 * computation waits for them</li>
 * <li>before each computation, the figures logged since the last one (in any transaction
 * of any application instance sharing the database) are read again from
 * {@code tally_figure}; a figure without a row is removed. Reading a figure again is
 * idempotent, so a change read twice does no harm, and one committed after a later one is
 * still read ({@link ChangePosition})</li>
 * <li>the log and the rows are read in READ COMMITTED, each statement seeing what was
 * committed before it, so a row read again is at least as new as its log entry; within a
 * transaction of a higher isolation level the tally is read with SQL</li>
 * <li>within a transaction that has written rows not yet committed
 * ({@link TallyFigures#writtenInThisTransaction()}) the tally is read with SQL
 * ({@link ProjectedSums}), which sees them; so it is when the columns cannot hold the
 * figures ({@link NotHeld}) or could not be read</li>
 * <li>places under a place, place keys and actors' events are read with SQL at each
 * computation, as {@link ProjectedSums} reads them</li>
 * <li>the log is pruned from here, at most once an hour, in a transaction of its own</li>
 * </ul>
 */
class ColumnSums implements FigureSums, DisposableBean {

	static final Duration RETRY = Duration.ofMinutes(10);

	static final Duration PRUNE_EVERY = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(ColumnSums.class);

	private final ScopeLookups lookups;

	private final FigureRows rows;

	private final FigureChangeLog changes;

	private final FigureSums sql;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "tally-columns");
		thread.setDaemon(true);
		return thread;
	});

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private FigureColumns columns;

	private ChangePosition position;

	private CompletableFuture<Void> first;

	private Instant failedAt;

	private Instant prunedAt;

	/**
	 * A reader.
	 * @param lookups the lookups of a scope
	 * @param rows the reader of rows
	 * @param changes the change log
	 * @param sql the reader used where the columns do not answer
	 * @param transactions transactions for reading all rows and pruning the log
	 * @param clock the clock of the log
	 */
	ColumnSums(ScopeLookups lookups, FigureRows rows, FigureChangeLog changes, FigureSums sql,
			TransactionTemplate transactions, Clock clock) {
		this.lookups = lookups;
		this.rows = rows;
		this.changes = changes;
		this.sql = sql;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Starts reading all rows in the background. */
	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		start();
	}

	synchronized CompletableFuture<Void> start() {
		if (this.first == null) {
			this.first = CompletableFuture.runAsync(this::loadAll, this.background);
		}
		return this.first;
	}

	@Override
	public FigureReadModel.Read read(Scope scope) {
		if (TallyFigures.writtenInThisTransaction() || isolated()) {
			return this.sql.read(scope);
		}
		start().join();
		try {
			refresh();
			ColumnScope.Lookups lookups = this.lookups.read(scope.tally());
			this.lock.readLock().lock();
			try {
				if (this.columns != null) {
					return new ColumnScan(this.columns, new ColumnScope(scope, this.columns, lookups)).read(scope);
				}
			}
			finally {
				this.lock.readLock().unlock();
			}
		}
		catch (NotHeld ex) {
			log.debug("tallies: read with SQL: {}", ex.getMessage());
		}
		return this.sql.read(scope);
	}

	/** The heap the columns take, in bytes, or -1 when not held. */
	long bytes() {
		this.lock.readLock().lock();
		try {
			return (this.columns != null) ? this.columns.bytes() : -1;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

	/** Reads what was logged since the last read, and the rows it names. */
	private void refresh() {
		this.lock.writeLock().lock();
		try {
			if (this.columns == null) {
				if (this.failedAt == null || this.clock.instant().isAfter(this.failedAt.plus(RETRY))) {
					loadAll();
				}
				return;
			}
			FigureChangeLog.Changes changed;
			try {
				changed = this.changes.read(this.position);
			}
			catch (RuntimeException ex) {
				dropped(ex);
				return;
			}
			if (changed.all()) {
				loadAll();
			}
			else if (!changed.figures().isEmpty()) {
				again(changed.figures());
			}
		}
		finally {
			this.lock.writeLock().unlock();
		}
		pruneNow();
	}

	private void again(Set<UUID> figures) {
		try {
			inTransaction(() -> this.rows.again(this.columns, figures));
		}
		catch (RuntimeException ex) {
			dropped(ex);
		}
	}

	/** Reads the position in the log, then every row. */
	private void loadAll() {
		this.lock.writeLock().lock();
		try {
			long started = System.nanoTime();
			this.columns = null;
			inTransaction(() -> {
				this.position = this.changes.start();
				this.columns = this.rows.all();
			});
			this.failedAt = null;
			log.info("tallies: {} live figures held in columns of {} MB, read in {} ms", this.columns.live(),
					this.columns.bytes() / (1024 * 1024), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			dropped(ex);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Runs in the caller's transaction, else in one of its own: PostgreSQL reads rows
	 * through a cursor only inside one. A transaction is never joined through a template,
	 * whose failure would mark the caller's for rollback.
	 */
	private void inTransaction(Runnable work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			work.run();
		}
		else {
			this.transactions.executeWithoutResult((status) -> work.run());
		}
	}

	private void dropped(RuntimeException ex) {
		this.columns = null;
		this.failedAt = this.clock.instant();
		log.warn("tallies: figures not held in columns, read with SQL for {}: {}", RETRY, ex.getMessage());
	}

	private synchronized void pruneNow() {
		Instant now = this.clock.instant();
		if (this.prunedAt != null && now.isBefore(this.prunedAt.plus(PRUNE_EVERY))) {
			return;
		}
		this.prunedAt = now;
		this.background.execute(() -> {
			try {
				Integer pruned = this.transactions.execute((status) -> this.changes.prune());
				log.debug("tallies: {} entries pruned from the change log", pruned);
			}
			catch (RuntimeException ex) {
				log.warn("tallies: change log not pruned: {}", ex.getMessage());
			}
		});
	}

	private static boolean isolated() {
		Integer level = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
		return level != null && level > Connection.TRANSACTION_READ_COMMITTED;
	}

}
