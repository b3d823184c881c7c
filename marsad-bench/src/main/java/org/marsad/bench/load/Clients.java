package org.marsad.bench.load;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of concurrent clients working through numbered slots (one request per
 * slot), each taking the next free slot when done with the last, like independent users
 * of the API.
 * <ul>
 * <li>bounded in count: every slot is taken once, by one client</li>
 * <li>bounded in time: no slot is started after the deadline, and clients still busy a
 * grace period after it are interrupted</li>
 * <li>a slot that throws counts as failed; the first few failures are kept as
 * samples</li>
 * </ul>
 */
final class Clients {

	private static final int SAMPLES = 10;

	private static final Duration GRACE = Duration.ofSeconds(60);

	private final int count;

	private final Instant deadline;

	private final AtomicInteger failures = new AtomicInteger();

	private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();

	Clients(int count, Instant deadline) {
		this.count = count;
		this.deadline = deadline;
	}

	/**
	 * Runs a task for every slot.
	 * @param slots how many slots there are
	 * @param task what a client does for one slot
	 * @param progress counts the slots done
	 * @return how many slots were not started before the deadline
	 * @throws InterruptedException if interrupted while waiting for the clients
	 */
	int run(int slots, Slot task, Progress progress) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(this.count);
		try {
			for (int i = 0; i < this.count; i++) {
				pool.execute(() -> work(slots, next, task, progress));
			}
			pool.shutdown();
			Duration left = Duration.between(Instant.now(), this.deadline).plus(GRACE);
			if (!pool.awaitTermination(Math.max(left.toMillis(), 1), TimeUnit.MILLISECONDS)) {
				fail("clients still busy " + GRACE.toSeconds() + " s after the deadline were stopped");
			}
		}
		finally {
			pool.shutdownNow();
		}
		return Math.max(0, slots - Math.min(next.get(), slots));
	}

	/** Records a failure that did not surface as an exception. */
	void fail(String message) {
		this.failures.incrementAndGet();
		if (this.samples.size() < SAMPLES) {
			this.samples.add(message);
		}
	}

	int failures() {
		return this.failures.get();
	}

	List<String> samples() {
		return List.copyOf(this.samples);
	}

	private void work(int slots, AtomicInteger next, Slot task, Progress progress) {
		while (Instant.now().isBefore(this.deadline) && !Thread.currentThread().isInterrupted()) {
			int slot = next.getAndIncrement();
			if (slot >= slots) {
				return;
			}
			try {
				task.run(slot);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("slot " + slot + ": interrupted");
			}
			catch (Exception ex) {
				fail("slot " + slot + ": " + ex);
			}
			progress.step();
		}
	}

	/** What a client does for one slot. */
	@FunctionalInterface
	interface Slot {

		void run(int slot) throws Exception;

	}

}
