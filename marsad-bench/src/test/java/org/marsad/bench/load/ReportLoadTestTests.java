package org.marsad.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportLoadTestTests {

	private static final int REPORTS = 24;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void passesWhenEveryReportIsKept() throws Exception {
		LoadTestSummary summary = runAgainst(FakeIntake.Fault.NONE);
		assertThat(summary.passed()).as(printed()).isTrue();
	}

	@Test
	void readsEveryPageOfTheListing() throws Exception {
		LoadTestSummary summary = runAgainst(FakeIntake.Fault.NONE);
		assertThat(summary.listing().distinctMarkers()).isEqualTo(REPORTS);
	}

	@Test
	void timesEveryAcknowledgedSubmission() throws Exception {
		LoadTestSummary summary = runAgainst(FakeIntake.Fault.NONE);
		assertThat(summary.submitted().latencies().count()).isEqualTo(REPORTS);
	}

	@Test
	void countsAReportLostAfterItWasAcknowledged() throws Exception {
		LoadTestSummary summary = runAgainst(FakeIntake.Fault.LOSE_ONE);
		assertThat(summary.listing().lost()).isEqualTo(1);
		assertThat(summary.passed()).isFalse();
	}

	@Test
	void countsAReportListedTwice() throws Exception {
		LoadTestSummary summary = runAgainst(FakeIntake.Fault.LIST_ONE_TWICE);
		assertThat(summary.listing().duplicated()).isEqualTo(1);
		assertThat(summary.passed()).isFalse();
	}

	@Test
	void failsAReportWhoseTextCameBackAltered() throws Exception {
		LoadTestSummary summary = runAgainst(FakeIntake.Fault.ALTER_TEXT);
		assertThat(summary.fetchedBack().failed()).isEqualTo(1);
		assertThat(summary.passed()).isFalse();
	}

	@Test
	void printsThroughputLatencyLostAndDuplicated() throws Exception {
		runAgainst(FakeIntake.Fault.NONE).print(new PrintStream(this.printed, true, StandardCharsets.UTF_8));
		assertThat(printed()).contains("throughput", "p50", "p95", "p99", "max", "lost          0", "duplicated    0",
				"PASS");
	}

	private LoadTestSummary runAgainst(FakeIntake.Fault fault) throws Exception {
		try (FakeIntake intake = new FakeIntake(fault)) {
			LoadTestOptions options = LoadTestArguments.parse(
					new String[] { "--url", intake.url().toString(), "--password", FakeIntake.PASSWORD, "--reports",
							Integer.toString(REPORTS), "--clients", "4", "--page-size", "5", "--timeout", "60" },
					Path.of(""));
			return new ReportLoadTest(options, new PrintStream(this.printed, true, StandardCharsets.UTF_8)).run();
		}
	}

	private String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

}
