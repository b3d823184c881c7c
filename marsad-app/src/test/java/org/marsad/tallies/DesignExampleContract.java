package org.marsad.tallies;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DESIGN bulletin computed from coded figures: every value, interval, breakdown, the
 * series and the derived bound (issue 5, "Done when").
 */
@WithMockUser(username = "analyst", roles = "ANALYST")
abstract class DesignExampleContract extends TallyContract {

	static final LocalDate JANUARY_30 = LocalDate.of(2019, 1, 30);

	static final LocalDate FEBRUARY_3 = LocalDate.of(2019, 2, 3);

	@Test
	void countsTheRunningTotalOf30JanuaryAsItIs() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		TallyResult result = compute(example, JANUARY_30, "nationality", "unit");
		assertExactly(result.value(), 36250);
		assertThat(result.anchor()).isEqualTo(example.all);
		assertThat(result.figures()).isEqualTo(1);
		assertThat(result.to()).isEqualTo(JANUARY_30);
	}

	@Test
	void iraqisAmongThemAreARowNotAnAddition() {
		DesignExample example = new DesignExample(this.coded).bulletin();
		TallyResult result = compute(example, JANUARY_30, "nationality");
		TallyResult.Row iraqis = row(result, Dimension.NATIONALITY, "IQ");
		assertExactly(iraqis.value(), 23200);
		assertThat(iraqis.anchor()).isEqualTo(example.iraqis);
		assertThat(breakdown(result, Dimension.NATIONALITY).rows()).hasSize(1);
		assertExactly(breakdown(result, Dimension.NATIONALITY).rest(), 13050);
		assertExactly(result.value(), 36250);
	}

	@Test
	void familiesAreCountedInTheirOwnUnit() {
		DesignExample example = new DesignExample(this.coded).bulletin();
		TallyResult result = compute(example, JANUARY_30, "unit");
		assertExactly(row(result, Dimension.UNIT, "person").value(), 36250);
		assertEstimate(row(result, Dimension.UNIT, "family").value(), "6000", true, "6000", null, false);
		assertThat(row(result, Dimension.UNIT, "family").anchor()).isEqualTo(example.families);
		assertThat(breakdown(result, Dimension.UNIT).rest()).isNull();
	}

	@Test
	void twoRunningTotalsBoundTheExitsBefore19December() {
		DesignExample example = new DesignExample(this.coded).bulletin();
		TallyResult result = compute(example, JANUARY_30);
		assertThat(result.bounds()).hasSize(1);
		TallyResult.Bound bound = result.bounds().get(0);
		assertThat(bound.from()).isEqualTo(LocalDate.of(2018, 12, 1));
		assertThat(bound.to()).isEqualTo(LocalDate.of(2018, 12, 18));
		assertEstimate(bound.bound(), "0", false, "2050", "2050", true);
		assertThat(bound.larger()).isEqualTo(example.all);
		assertThat(bound.smaller()).isEqualTo(example.since19);
	}

	@Test
	void dailyBatchesAfter30JanuaryAddToTheRunningTotal() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		TallyResult result = compute(example, FEBRUARY_3, "nationality", "unit");
		// 36,250 + 1,200 + about 800 + more than 500 + 200–999 («مئات»)
		assertEstimate(result.value(), "38150", true, "38950", null, false);
		assertThat(result.anchor()).isEqualTo(example.all);
		assertThat(result.figures()).isEqualTo(5);
		assertExactly(row(result, Dimension.NATIONALITY, "IQ").value(), 23900);
		assertEstimate(row(result, Dimension.NATIONALITY, "SY").value(), "500", true, "500", null, false);
		assertEstimate(breakdown(result, Dimension.NATIONALITY).rest(), "0", false, "14550", null, false);
		assertEstimate(row(result, Dimension.UNIT, "family").value(), "6000", true, "6000", null, false);
	}

	@Test
	void theDailySeriesJumpsOnTheRunningTotalAndThenAddsBatches() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		TallyResult result = compute(example, FEBRUARY_3, "day");
		List<TallyResult.SeriesPoint> series = result.series();
		assertThat(series).hasSize(65);
		assertThat(series.get(0).start()).isEqualTo(LocalDate.of(2018, 12, 1));
		TallyResult.SeriesPoint january29 = series.get(59);
		assertThat(january29.end()).isEqualTo(LocalDate.of(2019, 1, 29));
		assertExactly(january29.cumulative(), 0);
		TallyResult.SeriesPoint january30 = series.get(60);
		assertExactly(january30.cumulative(), 36250);
		assertExactly(january30.increase(), 36250);
		assertExactly(series.get(61).cumulative(), 37450);
		assertExactly(series.get(61).increase(), 1200);
		assertEstimate(series.get(62).increase(), "0", false, "800", null, false);
		assertEstimate(series.get(64).cumulative(), "38150", true, "38950", null, false);
	}

	@Test
	void theMonthlySeriesAddsFebruarysBatches() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		TallyResult result = compute(example, FEBRUARY_3, "month");
		assertThat(result.series()).extracting(TallyResult.SeriesPoint::end)
			.containsExactly(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 31), FEBRUARY_3);
		assertExactly(result.series().get(0).cumulative(), 0);
		assertExactly(result.series().get(1).cumulative(), 37450);
		assertExactly(result.series().get(1).increase(), 37450);
		assertEstimate(result.series().get(2).increase(), "700", true, "1500", null, false);
	}

	@Test
	void aboutThreeThousandArrestedAmongThoseLeaving() {
		DesignExample example = new DesignExample(this.coded).bulletin();
		Tally tally = this.tallies.define(example.arrests());
		TallyResult result = this.tallies.compute(tally.id(), JANUARY_30);
		assertEstimate(result.value(), "0", false, "3370", null, false);
		assertThat(result.anchor()).isEqualTo(example.arrested);
		assertEstimate(row(result, Dimension.ACTOR, "test-isis").value(), "0", false, "3370", null, false);
	}

	@Test
	void anActorFilterKeepsTheEventsTheActorTakesPartIn() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		TallyRequest exits = example.exits();
		Tally tally = this.tallies.define(new TallyRequest(exits.name(), "person", "exited", "2018-12-01", null,
				example.governorate, List.of("test-sdf"), null, null, null, null, null, null, List.of(), false));
		TallyResult result = this.tallies.compute(tally.id(), FEBRUARY_3);
		assertExactly(result.value(), 36250);
		assertThat(result.bounds()).isEmpty();
	}

	@Test
	void aLevelOfFairLeavesOutSingleSourceEvents() {
		DesignExample example = new DesignExample(this.coded).bulletin();
		Tally tally = this.tallies.define(new TallyRequest("الخارجون الموثقون", "person", "exited", "2018-12-01", null,
				example.governorate, null, null, null, null, null, null, "fair", List.of(), false));
		TallyResult result = this.tallies.compute(tally.id(), JANUARY_30);
		assertExactly(result.value(), 36250);
		assertThat(result.bounds()).isEmpty();
	}

	@Test
	void anotherGovernorateCountsNothing() {
		DesignExample example = new DesignExample(this.coded).bulletin();
		DesignExample elsewhere = new DesignExample(this.coded);
		Tally tally = this.tallies.define(elsewhere.exits());
		assertExactly(this.tallies.compute(tally.id(), JANUARY_30).value(), 0);
		assertThat(example.all).isNotNull();
	}

	@Test
	void theBulletinIsConsistent() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		assertThat(compute(example, JANUARY_30, "nationality", "unit").warnings()).isEmpty();
		assertThat(compute(example, FEBRUARY_3, "nationality", "unit").warnings()).isEmpty();
	}

	@Test
	void theTotalOpensIntoItsFiguresClaimsAndSpans() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		Tally tally = this.tallies.define(example.exits("nationality"));
		Provenance provenance = this.tallies.provenance(tally.id(), "total", FEBRUARY_3, 0, 50);
		assertEstimate(provenance.value(), "38150", true, "38950", null, false);
		Provenance.Entry anchor = entry(provenance, example.all);
		assertThat(anchor.role()).isEqualTo(Provenance.Role.ANCHOR);
		Provenance.ClaimSpan span = anchor.claims().get(0);
		assertThat(span.reportId()).isEqualTo(example.bulletin);
		assertThat(DesignExample.BULLETIN.substring(span.start(), span.end())).isEqualTo("36250 شخصاً");
		assertThat(entry(provenance, example.since19).role()).isEqualTo(Provenance.Role.STATEMENT);
		assertThat(entry(provenance, example.iraqis).role()).isEqualTo(Provenance.Role.PART);
		assertThat(entry(provenance, example.january31).role()).isEqualTo(Provenance.Role.ADDED);
		assertThat(entry(provenance, example.iraqisOf31).role()).isEqualTo(Provenance.Role.PART);
		assertThat(provenance.entries()).filteredOn((e) -> e.role().counted()).hasSize(5);
		assertThat(provenance.total()).isEqualTo(8);
	}

	@Test
	void theIraqiRowOpensIntoItsOwnFigures() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		Tally tally = this.tallies.define(example.exits("nationality"));
		Provenance provenance = this.tallies.provenance(tally.id(), "nationality:IQ", FEBRUARY_3, 0, 50);
		assertExactly(provenance.value(), 23900);
		assertThat(entry(provenance, example.iraqis).role()).isEqualTo(Provenance.Role.ANCHOR);
		assertThat(entry(provenance, example.iraqisOf31).role()).isEqualTo(Provenance.Role.ADDED);
		assertThat(entry(provenance, example.iraqis).claims().get(0).quote()).isEqualTo("23200 عراقي");
	}

	@Test
	void aRunningTotalOfAnEarlierDayOpensIntoWhatWasKnownThen() {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		Tally tally = this.tallies.define(example.exits("day"));
		Provenance provenance = this.tallies.provenance(tally.id(), "period:2019-01-31", FEBRUARY_3, 0, 50);
		assertExactly(provenance.value(), 37450);
		assertThat(provenance.asOf()).isEqualTo(LocalDate.of(2019, 1, 31));
		assertThat(provenance.entries()).filteredOn((e) -> e.role().counted())
			.extracting(Provenance.Entry::figureId)
			.containsExactlyInAnyOrder(example.all, example.january31);
	}

	TallyResult compute(DesignExample example, LocalDate asOf, String... breakdowns) {
		Tally tally = this.tallies.define(example.exits(breakdowns));
		return this.tallies.compute(tally.id(), asOf);
	}

	static Provenance.Entry entry(Provenance provenance, java.util.UUID figure) {
		return provenance.entries()
			.stream()
			.filter((e) -> e.figureId().equals(figure))
			.findFirst()
			.orElseThrow(() -> new AssertionError("not in provenance: " + figure));
	}

}
