package org.marsad.tallies.internal;

import java.util.Locale;

/**
 * A {@code Server-Timing} header value (W3C Server Timing), so that clients and
 * benchmarks see how long the server spent on a computation apart from the network and
 * authentication.
 */
final class ServerTiming {

	private ServerTiming() {
	}

	static String since(String name, long startedNanos) {
		double millis = (System.nanoTime() - startedNanos) / 1_000_000.0;
		return String.format(Locale.ROOT, "%s;dur=%.1f", name, millis);
	}

}
