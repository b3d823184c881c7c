package org.marsad.imports.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marsad.imports.AlreadyImported;
import org.marsad.imports.ImportCheck;
import org.marsad.imports.ImportJob;
import org.marsad.imports.ImportJob.State;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs commits one at a time on a thread of their own, in the name and language of
 * whoever started them, and tells how far each has gone.
 * <ul>
 * <li>one at a time: two imports into one record at once would only compete for the same
 * rows and locks; a second one waits as {@code queued}</li>
 * <li>progress is counted in memory while a job runs; the database row is written when it
 * is queued and when it ends</li>
 * <li>a job that was queued or running when the process stopped is marked {@code failed}
 * at the next start: its transaction never committed, so nothing of it was kept</li>
 * </ul>
 */
final class ImportJobs implements DisposableBean {

	private static final Log logger = LogFactory.getLog(ImportJobs.class);

	private final JobRepository repository;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "marsad-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<UUID, Live> live = new ConcurrentHashMap<>();

	ImportJobs(JobRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
		int failed = repository.failUnfinished(clock.instant());
		if (failed > 0) {
			logger.warn(failed + " import(s) had not finished when the server stopped; nothing of them was kept");
		}
	}

	/**
	 * Queues a job.
	 * @param queued the job, in state {@code queued}
	 * @param work the run, given the progress to report to
	 * @return the job as queued
	 * @throws AlreadyImported when the sheet was committed or is being committed
	 */
	synchronized ImportJob submit(ImportJob queued, Function<ImportRun.Progress, ImportCheck> work) {
		if (this.repository.committedOrUnderWay(queued.sheetId())) {
			throw new AlreadyImported();
		}
		this.repository.insert(queued);
		Live progress = new Live(queued);
		this.live.put(queued.id(), progress);
		SecurityContext security = SecurityContextHolder.getContext();
		Locale locale = LocaleContextHolder.getLocale();
		this.executor.execute(() -> {
			SecurityContextHolder.setContext(security);
			LocaleContextHolder.setLocale(locale);
			try {
				progress.state = State.RUNNING;
				ImportCheck outcome = work.apply(progress.done::addAndGet);
				finish(progress, outcome.acceptable() ? State.COMMITTED : State.REFUSED, outcome);
			}
			catch (RuntimeException ex) {
				logger.error("Import " + queued.id() + " failed; nothing of it was kept", ex);
				finish(progress, State.FAILED, null);
			}
			finally {
				SecurityContextHolder.clearContext();
				LocaleContextHolder.resetLocaleContext();
			}
		});
		return queued;
	}

	/** Whether a sheet was committed, or a commit of it is queued or running. */
	boolean committedOrUnderWay(UUID sheetId) {
		return this.repository.committedOrUnderWay(sheetId);
	}

	/** A job's state: live while it runs, else as stored. */
	Optional<ImportJob> find(UUID id) {
		Live progress = this.live.get(id);
		if (progress != null) {
			return Optional.of(progress.now());
		}
		return this.repository.find(id);
	}

	private void finish(Live progress, State state, ImportCheck outcome) {
		ImportJob job = progress.job;
		boolean kept = state == State.COMMITTED;
		ImportJob finished = new ImportJob(job.id(), job.sheetId(), job.kind(), state, job.total(), progress.done.get(),
				kept ? outcome.events() : 0, kept ? outcome.figures() : 0, kept ? outcome.persons() : 0,
				kept ? outcome.households() : 0, (outcome != null) ? outcome.problems() : List.of(), job.startedAt(),
				job.startedBy(), this.clock.instant());
		this.repository.update(finished);
		this.live.remove(job.id());
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	private static final class Live {

		private final ImportJob job;

		private final AtomicInteger done = new AtomicInteger();

		private volatile State state;

		Live(ImportJob job) {
			this.job = job;
			this.state = job.state();
		}

		ImportJob now() {
			return new ImportJob(this.job.id(), this.job.sheetId(), this.job.kind(), this.state, this.job.total(),
					this.done.get(), 0, 0, 0, 0, List.of(), this.job.startedAt(), this.job.startedBy(), null);
		}

	}

}
