package org.marsad.tallies.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Figures are summed exactly by group, past every growth of the table, and a sum beyond
 * 64 bits is refused rather than wrapped.
 */
class GroupSumsTests {

	@Test
	void figuresAreSummedByGroup() {
		GroupSums sums = new GroupSums();
		for (int i = 0; i < 10_000; i++) {
			sums.add(i % 3000, i % 7, 362_500_000L, 362_500_000L, 0, 1);
		}
		assertThat(sums.size()).isEqualTo(10_000);
		long count = 0;
		BigDecimal low = BigDecimal.ZERO;
		for (int g = 0; g < sums.size(); g++) {
			Contribution contribution = sums.contribution(g);
			count += contribution.count();
			low = low.add(contribution.low());
			assertThat(contribution.openHighs()).isEqualTo(contribution.count());
		}
		assertThat(count).isEqualTo(10_000);
		assertThat(low).isEqualByComparingTo("362500000");
	}

	@Test
	void aSumBeyondSixtyFourBitsIsNotHeld() {
		GroupSums sums = new GroupSums();
		sums.add(1, 1, Long.MAX_VALUE - 1, 0, 0, 0);
		assertThatExceptionOfType(NotHeld.class).isThrownBy(() -> sums.add(1, 1, 2, 0, 0, 0));
	}

}
