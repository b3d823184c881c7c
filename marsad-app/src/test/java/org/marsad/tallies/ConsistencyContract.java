package org.marsad.tallies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each consistency check fires on records that disagree, naming them, and stays silent on
 * records that agree (issue 5, "Done when").
 */
@WithMockUser(username = "analyst", roles = "ANALYST")
abstract class ConsistencyContract extends TallyContract {

	static final LocalDate AS_OF = LocalDate.of(2019, 1, 31);

	String governorate;

	String town;

	UUID report;

	static final String TEXT = "خرج نحو ألف شخص من هجين، بينهم عراقيون وسوريون";

	@BeforeEach
	void region() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.governorate = "test-deir-" + suffix;
		this.town = "test-hajin-" + suffix;
		this.coded.place("test-sy", null, "سوريا", "country");
		this.coded.place(this.governorate, "test-sy", "دير الزور", "governorate");
		this.coded.place(this.town, this.governorate, "هجين", "town");
		this.report = this.coded.report(TEXT);
	}

	@Test
	void aPartLargerThanItsWholeIsFlagged() {
		UUID event = event("2019-01-20");
		UUID whole = this.coded.figure(event).on("2019-01-20").stated("exact", 1000).insert();
		UUID part = this.coded.figure(event)
			.on("2019-01-20")
			.nationality("IQ")
			.partOf(whole)
			.stated("exact", 1500)
			.insert();
		List<TallyResult.Warning> warnings = warnings(Check.PART_EXCEEDS_WHOLE);
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).figures()).containsExactly(part, whole);
	}

	@Test
	void aPartWithinItsWholeIsNotFlagged() {
		UUID event = event("2019-01-20");
		UUID whole = this.coded.figure(event).on("2019-01-20").stated("exact", 1000).insert();
		this.coded.figure(event).on("2019-01-20").nationality("IQ").partOf(whole).stated("exact", 900).insert();
		assertThat(warnings(Check.PART_EXCEEDS_WHOLE)).isEmpty();
	}

	@Test
	void moreThanAThousandAmongAThousandIsFlagged() {
		UUID event = event("2019-01-20");
		UUID whole = this.coded.figure(event).on("2019-01-20").stated("exact", 1000).insert();
		this.coded.figure(event).on("2019-01-20").nationality("IQ").partOf(whole).stated("more_than", 1000).insert();
		assertThat(warnings(Check.PART_EXCEEDS_WHOLE)).hasSize(1);
	}

	@Test
	void aRunningTotalThatFallsOverTimeIsFlagged() {
		UUID earlier = this.coded.figure(event("2019-01-20"))
			.since("2018-12-01", "2019-01-20")
			.stated("exact", 5000)
			.insert();
		UUID later = this.coded.figure(event("2019-01-25"))
			.since("2018-12-01", "2019-01-25")
			.stated("exact", 4000)
			.insert();
		List<TallyResult.Warning> warnings = warnings(Check.RUNNING_TOTAL_DECREASES);
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).figures()).containsExactly(later, earlier);
	}

	@Test
	void aRunningTotalThatGrowsIsNotFlagged() {
		this.coded.figure(event("2019-01-20")).since("2018-12-01", "2019-01-20").stated("exact", 5000).insert();
		this.coded.figure(event("2019-01-25")).since("2018-12-01", "2019-01-25").stated("about", 5500).insert();
		assertThat(warnings(Check.RUNNING_TOTAL_DECREASES)).isEmpty();
	}

	@Test
	void aCountSinceAnEarlierDayBelowOneSinceALaterDayIsFlagged() {
		this.coded.figure(event("2019-01-30")).since("2018-12-01", "2019-01-30").stated("exact", 30000).insert();
		this.coded.figure(event("2019-01-30")).since("2018-12-19", "2019-01-30").stated("more_than", 34200).insert();
		assertThat(warnings(Check.RUNNING_TOTAL_DECREASES)).hasSize(1);
	}

	@Test
	void twoClaimsThatDoNotOverlapAreFlagged() {
		UUID figure = this.coded.figure(event("2019-01-20")).on("2019-01-20").stated("exact", 1000).insert();
		UUID first = this.coded.claim(figure, this.report, TEXT, "نحو ألف شخص", "exact", 1000L, 1000L, 1000L);
		UUID second = this.coded.claim(figure, this.report, TEXT, "هجين", "more_than", 1500L, 1500L, null);
		List<TallyResult.Warning> warnings = warnings(Check.CLAIMS_DISJOINT);
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).figures()).containsExactly(figure);
		assertThat(warnings.get(0).claims()).containsExactlyInAnyOrder(first, second);
	}

	@Test
	void twoClaimsThatOverlapAreNotFlagged() {
		UUID figure = this.coded.figure(event("2019-01-20")).on("2019-01-20").stated("about", 1000).insert();
		this.coded.claim(figure, this.report, TEXT, "نحو ألف شخص", "about", null, 1000L, null);
		this.coded.claim(figure, this.report, TEXT, "هجين", "exact", 1200L, 1200L, 1200L);
		assertThat(warnings(Check.CLAIMS_DISJOINT)).isEmpty();
	}

	@Test
	void aVoidedClaimIsNotCompared() {
		UUID figure = this.coded.figure(event("2019-01-20")).on("2019-01-20").stated("exact", 1000).insert();
		this.coded.claim(figure, this.report, TEXT, "نحو ألف شخص", "exact", 1000L, 1000L, 1000L);
		UUID voided = this.coded.claim(figure, this.report, TEXT, "هجين", "exact", 1500L, 1500L, 1500L);
		this.jdbc.sql("UPDATE claim SET voided = TRUE, void_reason = 'قراءة خاطئة' WHERE id = :id")
			.param("id", voided)
			.update();
		assertThat(warnings(Check.CLAIMS_DISJOINT)).isEmpty();
	}

	@Test
	void rowsAddingUpToMoreThanTheTotalAreFlagged() {
		UUID event = event("2019-01-30");
		UUID total = this.coded.figure(event).since("2018-12-01", "2019-01-30").stated("exact", 1000).insert();
		UUID iraqis = this.coded.figure(event)
			.since("2018-12-01", "2019-01-30")
			.nationality("IQ")
			.partOf(total)
			.stated("exact", 800)
			.insert();
		UUID syrians = this.coded.figure(event)
			.since("2018-12-01", "2019-01-30")
			.nationality("SY")
			.partOf(total)
			.stated("exact", 600)
			.insert();
		List<TallyResult.Warning> warnings = warnings(Check.BREAKDOWN_EXCEEDS_TOTAL);
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).dimension()).isEqualTo(Dimension.NATIONALITY);
		assertThat(warnings.get(0).figures()).containsExactlyInAnyOrder(iraqis, syrians, total);
		assertExactly(warnings.get(0).values().get(0), 1400);
	}

	@Test
	void rowsWithinTheTotalAreNotFlagged() {
		UUID event = event("2019-01-30");
		UUID total = this.coded.figure(event).since("2018-12-01", "2019-01-30").stated("exact", 1000).insert();
		this.coded.figure(event)
			.since("2018-12-01", "2019-01-30")
			.nationality("IQ")
			.partOf(total)
			.stated("exact", 600)
			.insert();
		this.coded.figure(event)
			.since("2018-12-01", "2019-01-30")
			.nationality("SY")
			.partOf(total)
			.stated("about", 300)
			.insert();
		assertThat(warnings(Check.BREAKDOWN_EXCEEDS_TOTAL)).isEmpty();
	}

	UUID event(String day) {
		return this.coded.event("displacement", day, day, this.town, "fair");
	}

	List<TallyResult.Warning> warnings(Check check) {
		Tally tally = this.tallies.define(new TallyRequest("الخارجون من هجين", "person", "exited", "2018-12-01", null,
				this.governorate, null, null, null, null, null, null, null, List.of("nationality"), false));
		return this.tallies.compute(tally.id(), AS_OF).warnings().stream().filter((w) -> w.check() == check).toList();
	}

}
