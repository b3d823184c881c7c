package org.marsad.bench.load;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.marsad.bench.load.IntakeVerification.FetchedBack;
import org.marsad.bench.load.IntakeVerification.Listing;
import org.marsad.bench.load.SubmissionPhase.Submitted;

/**
 * The outcome of a load test and whether it passed.
 * <ul>
 * <li>every report acknowledged with 201, an id and a {@code Location}</li>
 * <li>every acknowledged report fetched back with its text unaltered</li>
 * <li>the listing holds each report exactly once: no report lost, none duplicated; on a
 * server the test started itself, the listing holds exactly the reports sent</li>
 * </ul>
 *
 * @param options what was run
 * @param runId the id in every marker of this run
 * @param server where the reports went
 * @param submitted the submission phase
 * @param fetchedBack the fetch-back check
 * @param listing the listing check
 */
record LoadTestSummary(LoadTestOptions options, String runId, String server, Submitted submitted,
		FetchedBack fetchedBack, Listing listing) {

	boolean passed() {
		int expected = this.options.reports();
		boolean exactListing = !this.options.startsApplication()
				|| (this.listing.listed() == expected && this.listing.distinctIds() == expected);
		return this.submitted.failed() == 0 && this.submitted.withoutLocation() == 0 && this.fetchedBack.failed() == 0
				&& this.listing.lost() == 0 && this.listing.duplicated() == 0
				&& this.listing.distinctMarkers() == expected && exactListing;
	}

	void print(PrintStream out) {
		LatencySummary latency = this.submitted.latencies();
		out.printf(Locale.ROOT, "Marsad intake load test: %d reports, %d clients, run %s%n", this.options.reports(),
				this.options.clients(), this.runId);
		out.printf(Locale.ROOT, "  server        %s%n", this.server);
		out.printf(Locale.ROOT, "  submitted     %d acknowledged, %d failed, %d without Location, in %.1f s%n",
				this.submitted.acknowledged(), this.submitted.failed(), this.submitted.withoutLocation(),
				this.submitted.elapsed().toMillis() / 1000.0);
		out.printf(Locale.ROOT, "  throughput    %.1f req/s%n", this.submitted.throughput());
		out.printf(Locale.ROOT, "  latency ms    p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
				LatencySummary.millis(latency.p50Nanos()), LatencySummary.millis(latency.p95Nanos()),
				LatencySummary.millis(latency.p99Nanos()), LatencySummary.millis(latency.maxNanos()));
		out.printf(Locale.ROOT, "  fetched back  %d identical, %d failed%n", this.fetchedBack.matched(),
				this.fetchedBack.failed());
		out.printf(Locale.ROOT, "  listed        %d reports on %d pages, %d distinct ids, %d distinct markers%n",
				this.listing.listed(), this.listing.pages(), this.listing.distinctIds(),
				this.listing.distinctMarkers());
		out.printf(Locale.ROOT, "  lost          %d%n", this.listing.lost());
		out.printf(Locale.ROOT, "  duplicated    %d%n", this.listing.duplicated());
		out.printf(Locale.ROOT, "  result        %s%n", passed() ? "PASS" : "FAIL");
		samples(out, "submission errors", this.submitted.errorSamples());
		samples(out, "fetch-back errors", this.fetchedBack.errorSamples());
	}

	private static void samples(PrintStream out, String title, List<String> samples) {
		if (!samples.isEmpty()) {
			out.println("  " + title + " (first " + samples.size() + "):");
			samples.forEach((sample) -> out.println("    " + sample));
		}
	}

}
