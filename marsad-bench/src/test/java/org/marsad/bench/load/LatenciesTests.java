package org.marsad.bench.load;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LatenciesTests {

	private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();

	@Test
	void takesTheMedianByNearestRank() {
		assertThat(Latencies.percentile(ONE_TO_HUNDRED, 50)).isEqualTo(50);
	}

	@Test
	void takesThe95thPercentileByNearestRank() {
		assertThat(Latencies.percentile(ONE_TO_HUNDRED, 95)).isEqualTo(95);
	}

	@Test
	void takesThe99thPercentileByNearestRank() {
		assertThat(Latencies.percentile(ONE_TO_HUNDRED, 99)).isEqualTo(99);
	}

	@Test
	void roundsTheRankUpForFewValues() {
		assertThat(Latencies.percentile(new long[] { 10, 20, 30 }, 95)).isEqualTo(30);
	}

	@Test
	void takesTheOnlyValueForEveryPercentile() {
		assertThat(Latencies.percentile(new long[] { 7 }, 1)).isEqualTo(7);
	}

	@Test
	void refusesAPercentileAboveHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> Latencies.percentile(ONE_TO_HUNDRED, 101));
	}

	@Test
	void sortsWhatWasRecordedOutOfOrder() {
		Latencies latencies = new Latencies(4);
		latencies.record(0, 400);
		latencies.record(1, 100);
		latencies.record(2, 300);
		latencies.record(3, 200);
		assertThat(latencies.summary()).isEqualTo(new LatencySummary(4, 200, 400, 400, 400));
	}

	@Test
	void leavesSlotsOfFailedRequestsOut() {
		Latencies latencies = new Latencies(5);
		latencies.record(1, 100);
		latencies.record(3, 300);
		assertThat(latencies.summary().count()).isEqualTo(2);
	}

	@Test
	void summarisesNothingWhenNothingSucceeded() {
		assertThat(new Latencies(3).summary()).isEqualTo(LatencySummary.NONE);
	}

}
