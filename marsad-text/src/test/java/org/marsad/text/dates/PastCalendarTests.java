package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PastCalendarTests {

	private final PastCalendar calendar = new PastCalendar(LocalDate.of(2019, 1, 31));

	@Test
	void placesAMonthNotYetBegunInThePreviousYear() {
		assertThat(this.calendar.place(month(3, MonthRef.UNMODIFIED), 0, 0)).isEqualTo("2018-03-01");
	}

	@Test
	void placesAPastMonthOfTheSameNameInThePreviousYear() {
		assertThat(this.calendar.place(month(1, -1), 0, 0)).isEqualTo("2018-01-01");
	}

	@Test
	void placesANextMonthAfterThePublicationMonth() {
		assertThat(this.calendar.place(month(1, 1), 0, 0)).isEqualTo("2020-01-01");
	}

	@Test
	void returnsNullForADayTheMonthDoesNotHave() {
		assertThat(this.calendar.place(month(2, MonthRef.UNMODIFIED), 30, 0)).isNull();
	}

	@Test
	void findsTheMostRecentDayOfMonthOnAGivenWeekday() {
		assertThat(this.calendar.recentWeekdayOnDay(DayOfWeek.FRIDAY, 25)).isEqualTo("2019-01-25");
		assertThat(this.calendar.recentWeekdayOnDay(DayOfWeek.SUNDAY, 25)).isEqualTo("2018-11-25");
	}

	@Test
	void splitsAMonthIntoThirds() {
		LocalDate february = LocalDate.of(2019, 2, 1);
		assertThat(PastCalendar.thirdStart(february, 3)).isEqualTo("2019-02-21");
		assertThat(PastCalendar.thirdEnd(february, 3, false)).isEqualTo("2019-02-28");
	}

	private static MonthRef month(int month, int modifier) {
		return new MonthRef(0, false, month, 0, modifier, false, false);
	}

}
