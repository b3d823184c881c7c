package org.marsad.tallies.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.tallies.Estimate;
import org.marsad.tallies.Granularity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of issue 5 without a database: how figures add, how running totals anchor,
 * and how intervals combine.
 */
class TallyCalculationTests {

	static final LocalDate DECEMBER_1 = LocalDate.of(2018, 12, 1);

	static final Keys PERSONS = new Keys("person", null, null, null);

	@Test
	void lowsAddHighsAddAndAnOpenHighStaysOpen() {
		Contribution sum = figure("exact", 1200, 1200, 1200).plus(figure("about", null, 800, null))
			.plus(figure("more_than", 500, 500, null));
		Estimate estimate = sum.estimate();
		assertThat(estimate.low()).isEqualByComparingTo("1700");
		assertThat(estimate.lowExclusive()).isTrue();
		assertThat(estimate.best()).isEqualByComparingTo("2500");
		assertThat(estimate.high()).isNull();
	}

	@Test
	void closedHighsAddUp() {
		Estimate estimate = figure("exact", 1200, 1200, 1200).plus(figure("less_than", null, 300, 300)).estimate();
		assertThat(estimate.low()).isEqualByComparingTo("1200");
		assertThat(estimate.high()).isEqualByComparingTo("1500");
		assertThat(estimate.highExclusive()).isTrue();
	}

	@Test
	void aVagueFigureAddsItsLowToTheBest() {
		Estimate estimate = figure("vague", 200, null, 999).estimate();
		assertThat(estimate.best()).isEqualByComparingTo("200");
		assertThat(estimate.high()).isEqualByComparingTo("999");
	}

	@Test
	void takingAwayWhatWasAddedGivesBackTheSum() {
		Contribution a = figure("exact", 1200, 1200, 1200);
		Contribution b = figure("about", null, 800, null);
		assertThat(a.plus(b).minus(b).estimate()).isEqualTo(a.estimate());
	}

	@Test
	void theDifferenceOfTwoStatementsBoundsTheDaysBetween() {
		Estimate bound = Estimates.difference(figure("exact", 36250, 36250, 36250).estimate(),
				figure("more_than", 34200, 34200, null).estimate());
		assertThat(bound.low()).isEqualByComparingTo("0");
		assertThat(bound.high()).isEqualByComparingTo("2050");
		assertThat(bound.highExclusive()).isTrue();
		assertThat(bound.best()).isEqualByComparingTo("2050");
	}

	@Test
	void eventFiguresOnOrBeforeTheAnchorAreInItAlready() {
		Statement anchor = statement(DECEMBER_1, LocalDate.of(2019, 1, 30), figure("exact", 36250, 36250, 36250));
		TallyCalculation calculation = new TallyCalculation("person", DECEMBER_1,
				List.of(day("2019-01-29", 900), day("2019-01-30", 1000), day("2019-01-31", 1200)), List.of(anchor));
		TallyCalculation.CellValue value = calculation.value(Cell.TOTAL, LocalDate.of(2019, 1, 31));
		assertThat(value.value().best()).isEqualByComparingTo("37450");
		assertThat(value.anchor()).isSameAs(anchor);
		assertThat(value.figures()).isEqualTo(2);
	}

	@Test
	void withoutAnAnchorEventFiguresAddFromTheFirstDay() {
		TallyCalculation calculation = new TallyCalculation("person", DECEMBER_1,
				List.of(day("2018-12-02", 900), day("2019-01-31", 1200)), List.of());
		assertThat(calculation.value(Cell.TOTAL, LocalDate.of(2019, 1, 31)).value().best())
			.isEqualByComparingTo("2100");
	}

	@Test
	void aRunningTotalFromAnotherDayIsNoAnchor() {
		Statement since19 = statement(LocalDate.of(2018, 12, 19), LocalDate.of(2019, 1, 30),
				figure("more_than", 34200, 34200, null));
		TallyCalculation calculation = new TallyCalculation("person", DECEMBER_1, List.of(day("2019-01-31", 1200)),
				List.of(since19));
		TallyCalculation.CellValue value = calculation.value(Cell.TOTAL, LocalDate.of(2019, 1, 31));
		assertThat(value.anchor()).isNull();
		assertThat(value.value().best()).isEqualByComparingTo("1200");
	}

	@Test
	void theLatestRunningTotalIsTheAnchor() {
		Statement earlier = statement(DECEMBER_1, LocalDate.of(2019, 1, 20), figure("exact", 30000, 30000, 30000));
		Statement later = statement(DECEMBER_1, LocalDate.of(2019, 1, 30), figure("exact", 36250, 36250, 36250));
		TallyCalculation calculation = new TallyCalculation("person", DECEMBER_1, List.of(), List.of(later, earlier));
		assertThat(calculation.value(Cell.TOTAL, LocalDate.of(2019, 1, 25)).anchor()).isSameAs(earlier);
		assertThat(calculation.value(Cell.TOTAL, LocalDate.of(2019, 1, 30)).anchor()).isSameAs(later);
	}

	@Test
	void weeksRunFromMondayToSunday() {
		TallyCalculation calculation = new TallyCalculation("person", LocalDate.of(2019, 1, 30),
				List.of(day("2019-01-31", 1200), day("2019-02-04", 100)), List.of());
		assertThat(calculation.series(Granularity.WEEK, LocalDate.of(2019, 2, 5))).extracting((p) -> p.end())
			.containsExactly(LocalDate.of(2019, 2, 3), LocalDate.of(2019, 2, 5));
	}

	static DayRow day(String day, int n) {
		return new DayRow(PERSONS, LocalDate.parse(day), Wholes.NONE, figure("exact", n, n, n));
	}

	static Statement statement(LocalDate from, LocalDate asOf, Contribution value) {
		return new Statement(UUID.randomUUID(), PERSONS, "test-baghuz", null, null, from, asOf, Wholes.NONE, value);
	}

	static Contribution figure(String qualifier, Integer low, Integer best, Integer high) {
		return Contribution.of(qualifier, decimal(low), decimal(best), decimal(high));
	}

	static BigDecimal decimal(Integer value) {
		return (value != null) ? BigDecimal.valueOf(value) : null;
	}

}
