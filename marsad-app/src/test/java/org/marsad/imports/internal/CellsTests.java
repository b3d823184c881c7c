package org.marsad.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.marsad.events.StatedValue;
import org.marsad.imports.internal.Cells.DateCell;
import org.marsad.text.vocabulary.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTests {

	private final Cells cells = new Cells(LocalDate.of(2019, 2, 15));

	@Test
	void readsDigitsWithThousandsSeparatorsAsExact() {
		StatedValue value = this.cells.number("36,250");
		assertThat(value.qualifier()).isEqualTo("exact");
		assertThat(value.best()).isEqualByComparingTo("36250");
		assertThat(value.low()).isEqualByComparingTo("36250");
	}

	@Test
	void readsArabicIndicDigitsWithArabicThousandsSeparator() {
		assertThat(this.cells.number("٣٦٬٢٥٠").best()).isEqualByComparingTo("36250");
	}

	@Test
	void readsAQualifierStatedInArabic() {
		StatedValue value = this.cells.number("أكثر من ٦٠٠٠ عائلة");
		assertThat(value.qualifier()).isEqualTo("more_than");
		assertThat(value.low()).isEqualByComparingTo("6000");
		assertThat(value.high()).isNull();
	}

	@Test
	void readsAVagueQuantityAsItsInterval() {
		StatedValue value = this.cells.number("عشرات");
		assertThat(value.qualifier()).isEqualTo("vague");
		assertThat(value.low()).isEqualByComparingTo("20");
		assertThat(value.high()).isEqualByComparingTo("99");
	}

	@Test
	void refusesAPercentageAsACount() {
		assertThat(this.cells.number("45%")).isNull();
	}

	@Test
	void refusesACellWithTwoNumbers() {
		assertThat(this.cells.number("300 أو 400")).isNull();
	}

	@Test
	void refusesANumberInsideMarkup() {
		assertThat(this.cells.number("<script>alert(1)</script>")).isNull();
	}

	@Test
	void readsAPlainBoundWithoutQualifier() {
		assertThat(Cells.plainNumber("١٢٠٠")).isEqualTo(new BigDecimal("1200"));
		assertThat(Cells.plainNumber("نحو 1200")).isNull();
	}

	@Test
	void readsIsoDays() {
		assertThat(this.cells.date("2019-01-31")).isEqualTo(day(2019, 1, 31));
	}

	@Test
	void readsDayFirstDatesInArabicIndicDigits() {
		assertThat(this.cells.date("٣١/٠١/٢٠١٩")).isEqualTo(day(2019, 1, 31));
		assertThat(this.cells.date("31.1.2019")).isEqualTo(day(2019, 1, 31));
	}

	@Test
	void refusesADayThatDoesNotExist() {
		assertThat(this.cells.date("31/02/2019")).isNull();
	}

	@Test
	void readsAMonthAsItsInterval() {
		assertThat(this.cells.date("2019-01"))
			.isEqualTo(new DateCell(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 31), DatePrecision.MONTH));
	}

	@Test
	void readsALevantineMonthNameWithTheTextEngine() {
		assertThat(this.cells.date("31 كانون الثاني 2019")).isEqualTo(day(2019, 1, 31));
	}

	@Test
	void refusesTextThatIsNoDate() {
		assertThat(this.cells.date("قريباً")).isNull();
	}

	@Test
	void readsYesAndNoInBothLanguages() {
		assertThat(Cells.flag("نعم")).isTrue();
		assertThat(Cells.flag("No")).isFalse();
		assertThat(Cells.flag("ربما")).isNull();
	}

	@Test
	void writesCodesAsTheApiTakesThem() {
		assertThat(Cells.code(" Explosions remote-violence ")).isEqualTo("explosions_remote_violence");
		assertThat(Cells.code("  ")).isNull();
	}

	private static DateCell day(int year, int month, int day) {
		LocalDate date = LocalDate.of(year, month, day);
		return new DateCell(date, date, DatePrecision.DAY);
	}

}
