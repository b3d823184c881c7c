package org.marsad.search.internal;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marsad.intake.ReportReceived;
import org.marsad.search.Search;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database.
 * <ul>
 * <li>A report is indexed once the transaction that stored it has committed, so the index
 * never holds a report the database lost to a rollback.</li>
 * <li>Indexing happens on a thread of its own, one report at a time, reading the report
 * in a transaction of its own. The request that stored the report does not wait for it: a
 * request still holds its database connection while after-commit listeners run, and
 * reading on a second connection there starved the pool under concurrent intake (every
 * connection held by a request waiting for another).</li>
 * <li>Should indexing fail, or the process stop in between, the index is behind and is
 * rebuilt at the next start.</li>
 * <li>At start the index is checked against the database in the background, so that the
 * application serves requests while a large index is rebuilt; the old index serves until
 * then. Commands that rebuild the index themselves turn this off
 * ({@code marsad.search.heal=false}).</li>
 * </ul>
 * Logs name report ids only, never text or sources.
 */
class SearchIndexing implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(SearchIndexing.class);

	private static final long STOP_SECONDS = 10;

	private final ReportFeed reports;

	private final Search search;

	private final FeedReindexing reindexing;

	private final boolean healing;

	private final ExecutorService background = daemon("search-healing");

	private final ExecutorService indexing = daemon("search-indexing");

	private final TransactionOperations reading;

	SearchIndexing(ReportFeed reports, Search search, FeedReindexing reindexing, TransactionOperations reading,
			boolean healing) {
		this.reports = reports;
		this.search = search;
		this.reindexing = reindexing;
		this.reading = reading;
		this.healing = healing;
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(ReportReceived received) {
		UUID id = received.reportId();
		this.indexing.execute(() -> index(id));
	}

	private void index(UUID id) {
		try {
			this.reading.executeWithoutResult((status) -> this.search.index(this.reports.document(id)));
		}
		catch (RuntimeException ex) {
			logger.warn("Report " + id + " not indexed; the index is rebuilt at the next start", ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	public void healInBackground() {
		if (this.healing) {
			this.background.execute(this::heal);
		}
	}

	void heal() {
		try {
			if (this.reindexing.heal()) {
				logger.info("Search index rebuilt from the database");
			}
		}
		catch (RuntimeException ex) {
			logger.error("Search index not rebuilt", ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.indexing.shutdown();
		this.background.shutdownNow();
		this.indexing.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
		this.background.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
	}

	private static ExecutorService daemon(String name) {
		return Executors.newSingleThreadExecutor((work) -> {
			Thread thread = new Thread(work, name);
			thread.setDaemon(true);
			return thread;
		});
	}

}
