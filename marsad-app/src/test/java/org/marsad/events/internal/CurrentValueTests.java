package org.marsad.events.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.events.Claim;
import org.marsad.events.FigureValue;
import org.marsad.events.ValueRule;
import org.marsad.text.vocabulary.Qualifier;
import org.marsad.text.vocabulary.SourceReliability;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value rule: which claim gives a figure its value when reports disagree (36,250
 * against 36,500 leaving al-Baghuz).
 */
class CurrentValueTests {

	private static final Instant CODED = Instant.parse("2019-02-02T10:00:00Z");

	static Claim claim(long best, SourceReliability reliability, Integer credibility, String statedOn,
			int codedMinutesLater) {
		BigDecimal n = BigDecimal.valueOf(best);
		return new Claim(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, 0, 5, "36250",
				new FigureValue(Qualifier.EXACT, n, n, n), UUID.randomUUID(), reliability, credibility,
				(statedOn != null) ? LocalDate.parse(statedOn) : null, false, null,
				CODED.plusSeconds(60L * codedMinutesLater), "documenter");
	}

	static Claim voided(Claim claim) {
		return new Claim(claim.id(), claim.figureId(), claim.reportId(), claim.reportVersion(), claim.spanStart(),
				claim.spanEnd(), claim.quote(), claim.value(), claim.sourceId(), claim.reliability(),
				claim.credibility(), claim.statedOn(), true, "misread", claim.createdAt(), claim.createdBy());
	}

	@Test
	void theMoreReliableSourceWins() {
		Claim fromA = claim(36500, SourceReliability.A, 3, "2019-01-30", 0);
		Claim fromB = claim(36250, SourceReliability.B, 1, "2019-02-01", 1);
		assertThat(CurrentValue.choose(ValueRule.BEST_GRADED, List.of(fromB, fromA))).contains(fromA);
	}

	@Test
	void credibilityDecidesBetweenEquallyReliableSources() {
		Claim probable = claim(36500, SourceReliability.B, 2, "2019-01-30", 0);
		Claim doubtful = claim(36250, SourceReliability.B, 4, "2019-02-01", 1);
		assertThat(CurrentValue.choose(ValueRule.BEST_GRADED, List.of(doubtful, probable))).contains(probable);
	}

	@Test
	void equalGradesGoToTheMostRecentClaim() {
		Claim earlier = claim(36250, SourceReliability.B, 2, "2019-01-31", 5);
		Claim later = claim(36500, SourceReliability.B, 2, "2019-02-01", 0);
		assertThat(CurrentValue.choose(ValueRule.BEST_GRADED, List.of(later, earlier))).contains(later);
	}

	@Test
	void equalGradesOnTheSameDayGoToTheLaterCoding() {
		Claim first = claim(36250, SourceReliability.B, 2, "2019-01-31", 0);
		Claim second = claim(36500, SourceReliability.B, 2, "2019-01-31", 1);
		assertThat(CurrentValue.choose(ValueRule.BEST_GRADED, List.of(second, first))).contains(second);
	}

	@Test
	void anUngradedSourceRanksWithF() {
		Claim ungraded = claim(36500, null, null, "2019-02-01", 1);
		Claim fromE = claim(36250, SourceReliability.E, 6, "2019-01-31", 0);
		assertThat(CurrentValue.choose(ValueRule.BEST_GRADED, List.of(ungraded, fromE))).contains(fromE);
	}

	@Test
	void voidedClaimsNeverCount() {
		Claim fromA = voided(claim(36500, SourceReliability.A, 1, "2019-02-01", 0));
		Claim fromC = claim(36250, SourceReliability.C, 3, "2019-01-31", 0);
		assertThat(CurrentValue.choose(ValueRule.BEST_GRADED, List.of(fromA, fromC))).contains(fromC);
	}

	@Test
	void mostRecentTakesTheLaterStatementWhateverTheGrade() {
		Claim fromA = claim(36250, SourceReliability.A, 1, "2019-01-31", 5);
		Claim fromD = claim(36500, SourceReliability.D, 4, "2019-02-01", 0);
		assertThat(CurrentValue.choose(ValueRule.MOST_RECENT, List.of(fromA, fromD))).contains(fromD);
	}

	@Test
	void highestAndLowestCompareTheNumbers() {
		Claim low = claim(23200, SourceReliability.A, 1, "2019-01-31", 0);
		Claim high = claim(36250, SourceReliability.F, 6, "2019-01-30", 0);
		assertThat(CurrentValue.choose(ValueRule.HIGHEST, List.of(low, high))).contains(high);
		assertThat(CurrentValue.choose(ValueRule.LOWEST, List.of(low, high))).contains(low);
	}

	@Test
	void aVagueClaimRanksByItsHighBound() {
		Claim thousands = new Claim(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, 0, 4, "آلاف",
				new FigureValue(Qualifier.VAGUE, BigDecimal.valueOf(2000), null, BigDecimal.valueOf(9999)), null, null,
				null, LocalDate.parse("2019-01-31"), false, null, CODED, "documenter");
		Claim exact = claim(6000, SourceReliability.B, 2, "2019-01-31", 0);
		assertThat(CurrentValue.choose(ValueRule.HIGHEST, List.of(exact, thousands))).contains(thousands);
	}

	@Test
	void theManualRuleTakesNoClaim() {
		FigureValue manual = new FigureValue(Qualifier.ABOUT, null, BigDecimal.valueOf(36000), null);
		List<Claim> claims = List.of(claim(36250, SourceReliability.A, 1, "2019-01-31", 0));
		assertThat(CurrentValue.choose(ValueRule.MANUAL, claims)).isEmpty();
		assertThat(CurrentValue.of(ValueRule.MANUAL, claims, manual)).isEqualTo(manual);
	}

	@Test
	void noClaimGivesNoValue() {
		assertThat(CurrentValue.of(ValueRule.BEST_GRADED, List.of(), null)).isNull();
	}

	@Test
	void theChoiceDoesNotDependOnOrder() {
		Claim a = claim(36250, SourceReliability.B, 2, "2019-01-31", 0);
		Claim b = claim(36500, SourceReliability.B, 2, "2019-01-31", 0);
		assertThat(CurrentValue.choose(ValueRule.BEST_GRADED, List.of(a, b)))
			.isEqualTo(CurrentValue.choose(ValueRule.BEST_GRADED, List.of(b, a)));
	}

}
