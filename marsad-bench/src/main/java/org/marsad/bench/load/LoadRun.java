package org.marsad.bench.load;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * What the phases of one load-test run share: the server, the reports, how many clients
 * send them, when the run must end, and where progress is printed.
 *
 * @param client the API client
 * @param reports the reports of the run, in order
 * @param clients the number of concurrent clients
 * @param deadline the time by which every phase must have ended
 * @param out where progress is printed
 */
record LoadRun(IntakeClient client, List<ReportSubmission> reports, int clients, Instant deadline, PrintStream out) {
}
