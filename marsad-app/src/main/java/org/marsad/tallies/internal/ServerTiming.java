package org.marsad.tallies.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A {@code Server-Timing} header value (W3C Server Timing), so that clients and
 * benchmarks see how long the server spent on a computation apart from the network and
 * authentication. With the wall-clock time goes the processor time of the request's
 * thread ({@code cpu}), which on a shared machine says what the computation itself cost:
 * on the embedded H2 database it includes the database's work, on PostgreSQL it does not.
 */
final class ServerTiming {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private ServerTiming() {
	}

	/** The processor time of the current thread so far, in nanoseconds, or -1. */
	static long processorNanos() {
		return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
	}

	static String since(String name, long startedNanos, long startedProcessorNanos) {
		String wall = since(name, startedNanos);
		if (startedProcessorNanos < 0) {
			return wall;
		}
		double millis = (processorNanos() - startedProcessorNanos) / 1_000_000.0;
		return wall + String.format(Locale.ROOT, ", cpu;dur=%.1f", millis);
	}

	static String since(String name, long startedNanos) {
		double millis = (System.nanoTime() - startedNanos) / 1_000_000.0;
		return String.format(Locale.ROOT, "%s;dur=%.1f", name, millis);
	}

}
