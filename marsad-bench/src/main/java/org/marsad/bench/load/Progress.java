package org.marsad.bench.load;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells how far a long phase has come, every tenth of the way, so that a run of many
 * minutes does not look stuck.
 */
final class Progress {

	private static final int STEPS = 10;

	private final PrintStream out;

	private final String phase;

	private final int total;

	private final int every;

	private final long start = System.nanoTime();

	private final AtomicInteger done = new AtomicInteger();

	Progress(PrintStream out, String phase, int total) {
		this.out = out;
		this.phase = phase;
		this.total = total;
		this.every = Math.max(1, total / STEPS);
	}

	/** Counts one finished request, and reports when a tenth more is done. */
	void step() {
		int finished = this.done.incrementAndGet();
		if (finished % this.every == 0 || finished == this.total) {
			long seconds = (System.nanoTime() - this.start) / 1_000_000_000L;
			this.out.println("  " + this.phase + " " + finished + "/" + this.total + " after " + seconds + " s");
		}
	}

}
