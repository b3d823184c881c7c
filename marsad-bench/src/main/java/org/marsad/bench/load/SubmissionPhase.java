package org.marsad.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submits every report once from concurrent clients and times each request.
 * <ul>
 * <li>a report is acknowledged by 201 with an {@code id} in the body; anything else, or
 * an exception, fails it</li>
 * <li>a 201 without a {@code Location} header breaks the contract and is counted
 * apart</li>
 * <li>latency is measured around the whole exchange, request sent to body read</li>
 * <li>throughput is acknowledged reports per second of wall-clock time of the phase</li>
 * </ul>
 */
final class SubmissionPhase {

	private final LoadRun run;

	SubmissionPhase(LoadRun run) {
		this.run = run;
	}

	Submitted run() throws InterruptedException {
		int slots = this.run.reports().size();
		String[] ids = new String[slots];
		Latencies latencies = new Latencies(slots);
		AtomicInteger withoutLocation = new AtomicInteger();
		Clients pool = new Clients(this.run.clients(), this.run.deadline());
		long start = System.nanoTime();
		int notStarted = pool.run(slots, (slot) -> {
			long sent = System.nanoTime();
			IntakeClient.Acknowledgement answer = this.run.client().submit(this.run.reports().get(slot));
			long elapsed = System.nanoTime() - sent;
			if (!answer.acknowledged()) {
				pool.fail("report " + slot + ": " + answer.status() + " " + answer.body());
				return;
			}
			if (answer.location() == null) {
				withoutLocation.incrementAndGet();
			}
			ids[slot] = answer.id();
			latencies.record(slot, elapsed);
		}, new Progress(this.run.out(), "submitted", slots));
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
		return new Submitted(ids, latencies.summary(), elapsed, pool.failures() + notStarted, withoutLocation.get(),
				pool.samples());
	}

	/**
	 * What the submission phase achieved.
	 *
	 * @param ids the id acknowledged for each report, null where it failed
	 * @param latencies latencies of the acknowledged submissions
	 * @param elapsed wall-clock time of the phase
	 * @param failed reports not acknowledged, including those not sent before the
	 * deadline
	 * @param withoutLocation acknowledgements without a {@code Location} header
	 * @param errorSamples the first few failures
	 */
	record Submitted(String[] ids, LatencySummary latencies, Duration elapsed, int failed, int withoutLocation,
			List<String> errorSamples) {

		int acknowledged() {
			return this.latencies.count();
		}

		double throughput() {
			double seconds = this.elapsed.toNanos() / 1e9;
			return (seconds > 0) ? acknowledged() / seconds : 0;
		}

	}

}
