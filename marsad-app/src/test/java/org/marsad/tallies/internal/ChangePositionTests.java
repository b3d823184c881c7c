package org.marsad.tallies.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The position of a reader in the change log: a revision skipped is read when it commits,
 * however late, and only once.
 */
class ChangePositionTests {

	private static final Instant NOW = Instant.parse("2019-01-30T08:00:00Z");

	@Test
	void aRevisionSkippedIsKeptAsAGap() {
		ChangePosition position = new ChangePosition(10, List.of(11L, 13L, 16L), NOW);
		assertThat(position.highest()).isEqualTo(16);
		assertThat(position.gaps()).containsExactly(12L, 14L, 15L);
	}

	@Test
	void aGapCommittedLaterIsAppliedOnce() {
		ChangePosition position = new ChangePosition(10, List.of(11L, 13L), NOW);
		assertThat(position.see(12, NOW.plusSeconds(5))).isTrue();
		assertThat(position.see(12, NOW.plusSeconds(6))).isFalse();
		assertThat(position.gaps()).isEmpty();
	}

	@Test
	void aRevisionSeenAgainIsNotApplied() {
		ChangePosition position = new ChangePosition(10, List.of(11L), NOW);
		assertThat(position.see(11, NOW)).isFalse();
		assertThat(position.see(9, NOW)).isFalse();
		assertThat(position.see(12, NOW)).isTrue();
	}

	@Test
	void aGapIsGivenUpAfterTheLimit() {
		ChangePosition position = new ChangePosition(10, List.of(12L), NOW);
		position.expire(NOW.plus(ChangePosition.GAP_LIMIT).minusSeconds(1));
		assertThat(position.gaps()).containsExactly(11L);
		position.expire(NOW.plus(ChangePosition.GAP_LIMIT));
		assertThat(position.gaps()).isEmpty();
		assertThat(position.see(11, NOW.plus(ChangePosition.GAP_LIMIT))).isFalse();
	}

	@Test
	void tooManyGapsAtOnceAskForAFullRead() {
		ChangePosition position = new ChangePosition(10, List.of(), NOW);
		position.see(11 + ChangePosition.MAX_GAPS, NOW);
		assertThat(position.lost()).isFalse();
		position.see(13 + 2L * ChangePosition.MAX_GAPS, NOW);
		assertThat(position.lost()).isTrue();
	}

	@Test
	void aLogPrunedBeyondWhatWasReadAsksForAFullRead() {
		ChangePosition position = new ChangePosition(10, List.of(12L), NOW);
		assertThat(position.overtakenBy(10)).isFalse();
		assertThat(position.overtakenBy(11)).isTrue();
		position.see(11, NOW);
		assertThat(position.overtakenBy(12)).isFalse();
		assertThat(position.overtakenBy(13)).isTrue();
	}

}
