package org.marsad.text.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.dates.ArabicDates.assertDay;
import static org.marsad.text.dates.ArabicDates.assertRange;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.text.DateMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.DatePrecision;

/**
 * English dates, one rule per test, for a report published on Thursday 31 January 2019.
 */
class EnglishDateTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	private final DateRecognizer recognizer = new DateRecognizer();

	@Test
	void readsDayMonthYear() {
		DateMention mention = only("Shelling resumed on 23 January 2019 at dawn");
		assertThat(mention.text()).isEqualTo("23 January 2019");
		assertDay(mention, "2019-01-23");
	}

	@Test
	void readsMonthDayCommaYear() {
		DateMention mention = only("On January 23, 2019, the convoy left");
		assertThat(mention.text()).isEqualTo("January 23, 2019");
		assertDay(mention, "2019-01-23");
	}

	@Test
	void readsAbbreviatedMonthWithADot() {
		assertDay(only("They arrived on Jan. 23"), "2019-01-23");
	}

	@Test
	void readsAWeekday() {
		DateMention mention = only("The camp was hit on Monday");
		assertThat(mention.text()).isEqualTo("Monday");
		assertDay(mention, "2019-01-28");
	}

	@Test
	void readsYesterday() {
		assertDay(only("Families left yesterday"), "2019-01-30");
	}

	@Test
	void readsLastWeek() {
		assertRange(only("Strikes increased last week"), "2019-01-21", "2019-01-27", DatePrecision.WEEK);
	}

	@Test
	void readsSinceADate() {
		assertRange(only("Since 1 December, 36,250 people have left"), "2018-12-01", "2019-01-31", DatePrecision.DAY);
	}

	@Test
	void readsBetweenTwoDays() {
		assertRange(only("between 3 and 5 February"), "2018-02-03", "2018-02-05", DatePrecision.DAY);
	}

	@Test
	void readsPartsOfAMonth() {
		assertRange(only("in early January"), "2019-01-01", "2019-01-10", DatePrecision.WEEK);
		assertRange(only("in mid-January"), "2019-01-11", "2019-01-20", DatePrecision.WEEK);
		assertRange(only("in late December"), "2018-12-21", "2018-12-31", DatePrecision.WEEK);
	}

	@Test
	void readsIsoDates() {
		assertDay(only("report of 2019-01-23"), "2019-01-23");
	}

	@Test
	void readsDistancesWithAgo() {
		assertDay(only("they fled three days ago"), "2019-01-28");
	}

	@Test
	void doesNotReadTheModalMayAsAMonth() {
		assertThat(find("Civilians may leave through the corridor")).isEmpty();
	}

	@Test
	void doesNotReadANameThatIsAlsoAMonthAbbreviation() {
		assertThat(find("Jan Egeland called for a pause in the fighting")).isEmpty();
	}

	private DateMention only(String text) {
		List<DateMention> mentions = find(text);
		assertThat(mentions).as(text).hasSize(1);
		return mentions.get(0);
	}

	private List<DateMention> find(String text) {
		return this.recognizer.find(FoldedText.of(text), PUBLISHED);
	}

}
