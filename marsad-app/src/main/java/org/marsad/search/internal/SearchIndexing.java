package org.marsad.search.internal;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marsad.catalogue.CatalogueChanged;
import org.marsad.events.EventChanged;
import org.marsad.events.EventRecorded;
import org.marsad.events.FigureChanged;
import org.marsad.events.ReportCoded;
import org.marsad.intake.ReportReceived;
import org.marsad.search.RecordKind;
import org.marsad.search.Search;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the database.
 * <ul>
 * <li>A record is indexed once the transaction that stored it has committed, so the index
 * never holds a record the database lost to a rollback: a report when it is received
 * ({@link ReportReceived}) and when it is coded ({@link ReportCoded}, its status); an
 * event when it is recorded, changed or voided ({@link EventRecorded},
 * {@link EventChanged}; a void event is deleted) and when one of its figures changes
 * ({@link FigureChanged}).</li>
 * <li>A catalogue change ({@link CatalogueChanged}: a place or actor renamed, given an
 * alias or moved) indexes again every event at those places, within them, or with those
 * actors, so that the new names find them.</li>
 * <li>Indexing happens on a thread of its own, one record at a time, reading the record
 * in a transaction of its own. A record already waiting to be indexed is not queued
 * twice: coding a report publishes several changes of the same event in one go. The
 * request that stored the report does not wait for it: a request still holds its database
 * connection while after-commit listeners run, and reading on a second connection there
 * starved the pool under concurrent intake (every connection held by a request waiting
 * for another).</li>
 * <li>Should indexing fail, or the process stop in between, the index is behind and is
 * rebuilt at the next start.</li>
 * <li>At start the index is checked against the database in the background, so that the
 * application serves requests while a large index is rebuilt; the old index serves until
 * then. Commands that rebuild the index themselves turn this off
 * ({@code marsad.search.heal=false}).</li>
 * </ul>
 * Logs name record ids only, never text or sources.
 */
class SearchIndexing implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(SearchIndexing.class);

	private static final long STOP_SECONDS = 10;

	private final ReportFeed reports;

	private final EventFeed events;

	private final Search search;

	private final FeedReindexing reindexing;

	private final boolean healing;

	private final ExecutorService background = daemon("search-healing");

	private final ExecutorService indexing = daemon("search-indexing");

	private final TransactionOperations reading;

	private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();

	SearchIndexing(ReportFeed reports, EventFeed events, Search search, FeedReindexing reindexing,
			TransactionOperations reading, boolean healing) {
		this.reports = reports;
		this.events = events;
		this.search = search;
		this.reindexing = reindexing;
		this.reading = reading;
		this.healing = healing;
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(ReportReceived received) {
		report(received.reportId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(ReportCoded coded) {
		report(coded.reportId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(EventRecorded recorded) {
		event(recorded.eventId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(EventChanged changed) {
		event(changed.eventId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(FigureChanged changed) {
		event(changed.eventId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(CatalogueChanged changed) {
		this.indexing.execute(() -> {
			try {
				this.reading.executeWithoutResult(
						(status) -> this.events.using(changed.placeIds(), changed.actorIds()).forEach(this::event));
			}
			catch (RuntimeException ex) {
				logger.warn("Events of changed catalogue entries not indexed; run marsad reindex", ex);
			}
		});
	}

	private void report(UUID id) {
		later(new Waiting(RecordKind.REPORT, id), () -> this.search.index(this.reports.document(id)));
	}

	private void event(UUID id) {
		later(new Waiting(RecordKind.EVENT, id), () -> this.events.document(id)
			.ifPresentOrElse(this.search::index, () -> this.search.delete(RecordKind.EVENT, id)));
	}

	/**
	 * Indexes a record on the indexing thread, unless it is waiting there already. It
	 * leaves the waiting set before it is read, so that a change committed while it is
	 * read queues it again.
	 */
	private void later(Waiting record, Runnable indexing) {
		if (this.waiting.add(record)) {
			this.indexing.execute(() -> {
				this.waiting.remove(record);
				try {
					this.reading.executeWithoutResult((status) -> indexing.run());
				}
				catch (RuntimeException ex) {
					logger.warn(record.kind().code() + " " + record.id()
							+ " not indexed; the index is rebuilt at the next start", ex);
				}
			});
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

	/** A record waiting to be indexed. */
	private record Waiting(RecordKind kind, UUID id) {
	}

	private static ExecutorService daemon(String name) {
		return Executors.newSingleThreadExecutor((work) -> {
			Thread thread = new Thread(work, name);
			thread.setDaemon(true);
			return thread;
		});
	}

}
