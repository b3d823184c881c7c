package org.marsad.persons.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.persons.CountedFigure;
import org.marsad.persons.CountingRefused;
import org.marsad.persons.CountingRefused.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules of counting a person in a figure, one by one, with no database: each refusal
 * names its field and its reason.
 */
class CountingRulesTests {

	private static final UUID HOUSEHOLD = UUID.randomUUID();

	@Test
	void aLivePersonIsCountedInALiveFigureOfPersons() {
		assertThatCode(
				() -> CountingRules.check(person(null, null, false, null), figure("person", false, false), false))
			.doesNotThrowAnyException();
	}

	@Test
	void anUnknownPersonIsNamedFirst() {
		assertRefused(null, figure("person", false, false), false, "personId", Reason.UNKNOWN);
	}

	@Test
	void anUnknownFigureIsNamed() {
		assertRefused(person(null, null, false, null), null, false, "figureId", Reason.UNKNOWN);
	}

	@Test
	void aVoidPersonIsRefused() {
		assertRefused(person(null, null, true, null), figure("person", false, false), false, "personId", Reason.VOID);
	}

	@Test
	void aPersonMergedIntoAnotherIsRefused() {
		assertRefused(person(null, null, false, UUID.randomUUID()), figure("person", false, false), false, "personId",
				Reason.VOID);
	}

	@Test
	void aVoidFigureIsRefused() {
		assertRefused(person(null, null, false, null), figure("person", true, false), false, "figureId", Reason.VOID);
	}

	@Test
	void aFigureOfAVoidEventIsRefused() {
		assertRefused(person(null, null, false, null), figure("person", false, true), false, "figureId", Reason.VOID);
	}

	@Test
	void aFigureOfBuildingsCountsNoPerson() {
		assertRefused(person(null, null, false, null), figure("building", false, false), false, "figureId",
				Reason.UNIT);
	}

	@Test
	void aFigureOfFamiliesCountsTheHead() {
		assertThatCode(() -> CountingRules.check(person(HOUSEHOLD, "head", false, null), figure("family", false, false),
				false))
			.doesNotThrowAnyException();
	}

	@Test
	void aFigureOfFamiliesRefusesAWife() {
		assertRefused(person(HOUSEHOLD, "spouse", false, null), figure("family", false, false), false, "personId",
				Reason.UNIT);
	}

	@Test
	void aFigureOfFamiliesRefusesAPersonWithNoHousehold() {
		assertRefused(person(null, null, false, null), figure("family", false, false), false, "personId", Reason.UNIT);
	}

	@Test
	void theSameLinkTwiceIsRefused() {
		assertRefused(person(null, null, false, null), figure("person", false, false), true, "figureId", Reason.TWICE);
	}

	@Test
	void aFigureOfAtMostThreeIsExceededByFour() {
		assertThat(stated("at_most", null, 3).exceededBy(4)).isTrue();
		assertThat(stated("at_most", null, 3).exceededBy(3)).isFalse();
	}

	@Test
	void aFigureOfLessThanThreeIsExceededByThree() {
		assertThat(stated("less_than", null, 3).exceededBy(3)).isTrue();
	}

	@Test
	void aFigureOfAboutThreeIsNeverExceeded() {
		assertThat(stated("about", null, null).exceededBy(5)).isFalse();
	}

	private static void assertRefused(PersonRow person, CountableFigure figure, boolean linked, String field,
			Reason reason) {
		CountingRefused refused = catchThrowableOfType(CountingRefused.class,
				() -> CountingRules.check(person, figure, linked));
		assertThat(refused).isNotNull();
		assertThat(refused.field()).isEqualTo(field);
		assertThat(refused.reason()).isEqualTo(reason);
	}

	private static PersonRow person(UUID household, String relation, boolean voided, UUID mergedInto) {
		Instant at = Instant.parse("2019-02-04T08:00:00Z");
		return new PersonRow(UUID.randomUUID(), "أحمد خليل الحسين", NameParts.parse("أحمد خليل الحسين"), null, "male",
				null, null, 1990, "about", "SY", null, null, household, relation, "internal", mergedInto, 1, voided,
				voided ? "سجل مكرر" : null, at, "test", at, "test");
	}

	private static CountableFigure figure(String unit, boolean voided, boolean eventVoided) {
		return new CountableFigure(UUID.randomUUID(), UUID.randomUUID(), "violence_against_civilians",
				LocalDate.of(2019, 1, 20), unit, "detained", stated("exact", 5, 5), voided, eventVoided, true);
	}

	private static CountedFigure.StatedCount stated(String qualifier, Integer low, Integer high) {
		return new CountedFigure.StatedCount(qualifier, (low != null) ? BigDecimal.valueOf(low) : null,
				BigDecimal.valueOf(3), (high != null) ? BigDecimal.valueOf(high) : null);
	}

}
