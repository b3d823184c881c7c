package org.marsad.events.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.marsad.events.CodingRefused;
import org.marsad.events.FigureValue;
import org.marsad.events.StatedValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Values as stated: «أكثر من 6000 عائلة», «نحو 3370», «عشرات».
 */
class StatedValuesTests {

	static FigureValue check(String qualifier, Integer low, Integer best, Integer high) {
		Problems problems = new Problems();
		FigureValue value = StatedValues.check(new StatedValue(qualifier, number(low), number(best), number(high)),
				problems.at("value"));
		problems.throwIfAny();
		return value;
	}

	static BigDecimal number(Integer n) {
		return (n != null) ? BigDecimal.valueOf(n) : null;
	}

	static String refusedField(String qualifier, Integer low, Integer best, Integer high) {
		return assertThatExceptionOfType(CodingRefused.class).isThrownBy(() -> check(qualifier, low, best, high))
			.actual()
			.problems()
			.get(0)
			.field();
	}

	@Test
	void moreThanOpensTheHighBound() {
		FigureValue families = check("more_than", null, 6000, null);
		assertThat(families.low()).isEqualByComparingTo("6000");
		assertThat(families.high()).isNull();
	}

	@Test
	void aboutLeavesBothBoundsOpen() {
		FigureValue arrested = check("about", null, 3370, null);
		assertThat(arrested.low()).isNull();
		assertThat(arrested.best()).isEqualByComparingTo("3370");
		assertThat(arrested.high()).isNull();
	}

	@Test
	void exactClosesBothBounds() {
		FigureValue total = check("exact", null, 36250, null);
		assertThat(total.low()).isEqualByComparingTo("36250");
		assertThat(total.high()).isEqualByComparingTo("36250");
	}

	@Test
	void keepsBoundsThatAreGiven() {
		FigureValue dozens = check("vague", 20, null, 99);
		assertThat(dozens.best()).isNull();
		assertThat(dozens.high()).isEqualByComparingTo("99");
	}

	@Test
	void refusesALowBoundAboveTheHighBound() {
		assertThat(refusedField("vague", 999, null, 200)).isEqualTo("value.low");
	}

	@Test
	void refusesABestEstimateOutsideTheBounds() {
		assertThat(refusedField("at_least", 6000, 5000, null)).isEqualTo("value.best");
	}

	@Test
	void refusesAVagueQuantityWithoutBounds() {
		assertThat(refusedField("vague", null, 50, null)).isEqualTo("value.high");
	}

	@Test
	void refusesAMissingQualifier() {
		assertThat(refusedField(null, null, 36250, null)).isEqualTo("value.qualifier");
	}

	@Test
	void refusesAnUnknownQualifier() {
		assertThat(refusedField("roughly", null, 36250, null)).isEqualTo("value.qualifier");
	}

	@Test
	void refusesNegativeNumbers() {
		assertThat(refusedField("exact", null, -3, null)).isEqualTo("value.best");
	}

	@Test
	void refusesAValueWithoutNumbers() {
		assertThat(refusedField("exact", null, null, null)).isEqualTo("value.best");
	}

	@Test
	void refusesMoreDecimalsThanTheRecordKeeps() {
		Problems problems = new Problems();
		StatedValues.check(new StatedValue("exact", null, new BigDecimal("2.12345"), null), problems);
		assertThat(problems.isEmpty()).isFalse();
	}

}
