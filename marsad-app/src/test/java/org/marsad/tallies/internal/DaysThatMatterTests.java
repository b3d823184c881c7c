package org.marsad.tallies.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.tallies.Dimension;
import org.marsad.tallies.Granularity;
import org.marsad.tallies.Tally;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The days up to which the fast path sums event figures: every day the calculation asks a
 * sum for, and no other.
 */
class DaysThatMatterTests {

	static final LocalDate DECEMBER_1 = LocalDate.of(2018, 12, 1);

	static final LocalDate FEBRUARY_10 = LocalDate.of(2019, 2, 10);

	@Test
	void aMonthlySeriesSumsUpToEachMonthsEndAndTheLastDayCounted() {
		assertThat(ProjectedSums.daysThatMatter(scope(DECEMBER_1, Granularity.MONTH), List.of()))
			.containsExactly(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 31), FEBRUARY_10);
	}

	@Test
	void aRunningTotalFromTheFirstDayAddsItsDayAndOthersDoNot() {
		Statement anchor = statement(DECEMBER_1, LocalDate.of(2019, 1, 30));
		Statement other = statement(LocalDate.of(2018, 12, 19), LocalDate.of(2019, 1, 20));
		Statement later = statement(DECEMBER_1, LocalDate.of(2019, 2, 20));
		assertThat(ProjectedSums.daysThatMatter(scope(DECEMBER_1, Granularity.MONTH), List.of(anchor, other, later)))
			.containsExactly(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 30), LocalDate.of(2019, 1, 31),
					FEBRUARY_10);
	}

	@Test
	void aDailySeriesSumsByDay() {
		assertThat(ProjectedSums.daysThatMatter(scope(DECEMBER_1, Granularity.DAY), List.of())).isNull();
	}

	@Test
	void withoutAFirstDayTheSeriesStartsAtTheFirstFigureSoSumsAreByDay() {
		assertThat(ProjectedSums.daysThatMatter(scope(null, Granularity.WEEK), List.of())).isNull();
	}

	@Test
	void tooManyDaysSumByDay() {
		assertThat(ProjectedSums.daysThatMatter(scope(LocalDate.of(2016, 1, 1), Granularity.WEEK), List.of())).isNull();
	}

	private static Scope scope(LocalDate from, Granularity period) {
		Tally tally = new Tally(UUID.randomUUID(), "الخارجون", "person", "exited", from, null, null, List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), "contested", List.of(Dimension.NATIONALITY),
				period, false, 1, Instant.EPOCH, "test");
		return new Scope(tally, FEBRUARY_10);
	}

	private static Statement statement(LocalDate from, LocalDate asOf) {
		return new Statement(UUID.randomUUID(), new Keys("person", null, null, null), "place", null, null, from, asOf,
				Wholes.NONE, Contribution.of("exact", BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN));
	}

}
