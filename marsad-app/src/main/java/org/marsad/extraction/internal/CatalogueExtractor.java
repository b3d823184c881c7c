package org.marsad.extraction.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marsad.catalogue.CatalogueChanged;
import org.marsad.text.Extractor;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The extractor built from the database's catalogue, kept up to date.
 * <ul>
 * <li>Every committed {@link CatalogueChanged} counts as a change and starts a rebuild in
 * the background; so does the start of the application.</li>
 * <li>{@link #current()} returns the extractor at once when it accounts for every change
 * counted; otherwise it builds (or waits for the build under way) first, so a draft never
 * misses a change that committed before it was asked for. One thread builds at a time;
 * readers of an up-to-date extractor never wait.</li>
 * <li>Changes by another process (an import from the command line against the same
 * database) send no event: the catalogue's revision is compared at most every
 * {@value #REVISION_CHECK_SECONDS} seconds, on a request.</li>
 * <li>A failed background build is logged and retried by the next request.</li>
 * </ul>
 */
class CatalogueExtractor implements AutoCloseable {

	static final long REVISION_CHECK_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(CatalogueExtractor.class);

	private static final long STOP_SECONDS = 10;

	private final CatalogueDictionaries dictionaries;

	private final LongSupplier nanoTime;

	private final AtomicLong changes = new AtomicLong();

	private final ReentrantLock building = new ReentrantLock();

	private final ExecutorService background = Executors.newSingleThreadExecutor((work) -> {
		Thread thread = new Thread(work, "catalogue-extractor");
		thread.setDaemon(true);
		return thread;
	});

	private volatile BuiltExtractor built;

	private volatile long checkedAt;

	CatalogueExtractor(CatalogueDictionaries dictionaries, LongSupplier nanoTime) {
		this.dictionaries = dictionaries;
		this.nanoTime = nanoTime;
	}

	/**
	 * The extractor for the catalogue as it is now.
	 * @return the extractor
	 */
	Extractor current() {
		BuiltExtractor now = this.built;
		if (now != null && now.generation() >= this.changes.get() && !revisionMoved(now)) {
			return now.extractor();
		}
		return rebuild().extractor();
	}

	/**
	 * What the current extractor was built from, or {@code null} before the first build.
	 */
	BuiltExtractor built() {
		return this.built;
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(CatalogueChanged changed) {
		this.changes.incrementAndGet();
		this.background.execute(this::refresh);
	}

	@EventListener(ApplicationReadyEvent.class)
	public void warmUp() {
		this.background.execute(this::refresh);
	}

	private void refresh() {
		try {
			rebuild();
		}
		catch (RuntimeException ex) {
			logger.warn("Extractor not rebuilt from the catalogue; the next draft tries again", ex);
		}
	}

	private BuiltExtractor rebuild() {
		this.building.lock();
		try {
			long wanted = this.changes.get();
			BuiltExtractor now = this.built;
			if (now != null && now.generation() >= wanted) {
				return now;
			}
			BuiltExtractor fresh = this.dictionaries.build(wanted);
			this.built = fresh;
			this.checkedAt = this.nanoTime.getAsLong();
			logger.info("Extractor built from " + fresh.places() + " places and " + fresh.actors() + " actors in "
					+ fresh.buildMillis() + " ms");
			return fresh;
		}
		finally {
			this.building.unlock();
		}
	}

	private boolean revisionMoved(BuiltExtractor now) {
		long time = this.nanoTime.getAsLong();
		if (time - this.checkedAt < TimeUnit.SECONDS.toNanos(REVISION_CHECK_SECONDS)) {
			return false;
		}
		this.checkedAt = time;
		if (this.dictionaries.revision().equals(now.revision())) {
			return false;
		}
		this.changes.incrementAndGet();
		return true;
	}

	@Override
	public void close() throws InterruptedException {
		this.background.shutdownNow();
		this.background.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
	}

}
