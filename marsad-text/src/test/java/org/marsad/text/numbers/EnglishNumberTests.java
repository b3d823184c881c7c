package org.marsad.text.numbers;

import org.junit.jupiter.api.Test;

import org.marsad.text.NumberMention;
import org.marsad.text.vocabulary.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.numbers.Recognized.best;
import static org.marsad.text.numbers.Recognized.only;

class EnglishNumberTests {

	@Test
	void readsMoreThan() {
		NumberMention mention = only("in more than 6,000 families");
		assertThat(mention.qualifier()).isEqualTo(Qualifier.MORE_THAN);
		assertThat(mention.best()).isEqualByComparingTo("6000");
	}

	@Test
	void readsAbout() {
		assertThat(only("about 300 people").qualifier()).isEqualTo(Qualifier.ABOUT);
	}

	@Test
	void readsNearlyAsAbout() {
		assertThat(only("nearly 40 strikes").qualifier()).isEqualTo(Qualifier.ABOUT);
	}

	@Test
	void readsAlmostAsAbout() {
		assertThat(only("almost 50 vehicles").qualifier()).isEqualTo(Qualifier.ABOUT);
	}

	@Test
	void readsSomeBeforeNumberAsAbout() {
		assertThat(only("some 20 fighters").qualifier()).isEqualTo(Qualifier.ABOUT);
	}

	@Test
	void readsOverAsMoreThan() {
		assertThat(only("over 100 buildings").qualifier()).isEqualTo(Qualifier.MORE_THAN);
	}

	@Test
	void readsAtLeast() {
		assertThat(only("at least 12 killed").qualifier()).isEqualTo(Qualifier.AT_LEAST);
	}

	@Test
	void readsDozensAsVague() {
		assertThat(only("dozens of strikes").qualifier()).isEqualTo(Qualifier.VAGUE);
	}

	@Test
	void readsHundredsAsVague() {
		assertThat(only("hundreds of civilians").low()).isEqualByComparingTo("200");
	}

	@Test
	void readsThousandsOfAsVague() {
		assertThat(only("thousands of refugees").high()).isEqualByComparingTo("9999");
	}

	@Test
	void readsTensOfThousands() {
		assertThat(only("tens of thousands fled").low()).isEqualByComparingTo("20000");
	}

	@Test
	void readsNumberWords() {
		assertThat(best("two hundred fighters")).isEqualByComparingTo("200");
	}

	@Test
	void readsHyphenatedTens() {
		assertThat(best("twenty-five people")).isEqualByComparingTo("25");
	}

	@Test
	void readsHundredsAndTens() {
		assertThat(best("three hundred and fifty families")).isEqualByComparingTo("350");
	}

	@Test
	void readsDecimalMillions() {
		assertThat(best("3.5 million people")).isEqualByComparingTo("3500000");
	}

	@Test
	void readsPercent() {
		assertThat(only("30 percent of homes").percent()).isTrue();
	}

	@Test
	void readsCountAfterAt() {
		assertThat(best("aimed at 20 targets")).isEqualByComparingTo("20");
	}

	@Test
	void skipsClockTimeWithPm() {
		assertThat(Recognized.in("the strike came at 5 pm")).isEmpty();
	}

}
