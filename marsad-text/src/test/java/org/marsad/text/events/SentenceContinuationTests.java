package org.marsad.text.events;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.marsad.text.EventMention;
import org.marsad.text.Extraction;
import org.marsad.text.Extractor;
import org.marsad.text.vocabulary.EventType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence that goes on with the event of the sentence before (same type, no new date
 * or place) joins it, through the whole engine.
 */
class SentenceContinuationTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	private static Extractor extractor;

	@BeforeAll
	static void build() {
		extractor = Extractor.standard();
	}

	private static Extraction extract(String text) {
		return extractor.extract(text, PUBLISHED);
	}

	@Test
	void joinsASentenceThatGoesOnWithTheSameBattle() {
		String text = "اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم داعش في محيط بلدة هجين يوم أمس. "
				+ "واستمرت الاشتباكات حتى ساعات الفجر وسط تحليق مكثف للطيران.";
		List<EventMention> events = extract(text).events();
		assertThat(events).extracting(EventMention::type).containsExactly(EventType.BATTLES);
		assertThat(events.get(0).start()).isZero();
		assertThat(events.get(0).end()).isEqualTo(text.length() - 1);
	}

	@Test
	void joinedEventHoldsTheFiguresOfBothSentences() {
		Extraction extraction = extract("قُتل 5 مدنيين بقصف جوي على بلدة الشعفة. وأصيب 12 آخرون بجروح متفاوتة.");
		assertThat(extraction.events()).extracting(EventMention::type)
			.containsExactly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
		assertThat(extraction.events().get(0).figures()).containsExactly(0, 1);
	}

	@Test
	void joinsWhenTheLaterSentenceNamesTheSamePlaceAgain() {
		Extraction extraction = extract(
				"نزحت عشرات العائلات من الباغوز يوم أمس. وتواصل نزوح الأهالي من الباغوز حتى المساء.");
		assertThat(extraction.events()).hasSize(1);
		assertThat(extraction.events().get(0).places()).containsExactly(0, 1);
	}

	@Test
	void keepsTwoEventsWhenTheLaterSentenceNamesANewPlace() {
		Extraction extraction = extract("نزحت عشرات العائلات من الباغوز. ونزحت عائلات أخرى من بلدة السوسة.");
		assertThat(extraction.events()).extracting(EventMention::type)
			.containsExactly(EventType.DISPLACEMENT, EventType.DISPLACEMENT);
	}

	@Test
	void keepsTwoEventsWhenTheLaterSentenceNamesANewDate() {
		Extraction extraction = extract("اندلعت اشتباكات عنيفة في محيط هجين يوم الثلاثاء. وتجددت الاشتباكات يوم أمس.");
		assertThat(extraction.events()).hasSize(2);
	}

	@Test
	void keepsTwoEventsOfDifferentTypes() {
		Extraction extraction = extract("اندلعت اشتباكات عنيفة في محيط الباغوز. وناشدت منظمات إنسانية فتح ممرات آمنة.");
		assertThat(extraction.events()).extracting(EventMention::type)
			.containsExactly(EventType.BATTLES, EventType.APPEAL);
	}

	@Test
	void keepsADisplacementAfterABattleApartEvenWithoutACueWord() {
		Extraction extraction = extract("اندلعت اشتباكات عنيفة في محيط الباغوز. ونزح 300 شخص من البلدة.");
		assertThat(extraction.events()).extracting(EventMention::type)
			.containsExactly(EventType.BATTLES, EventType.DISPLACEMENT);
	}

	@Test
	void aSentenceThatReportsNothingEndsTheEvent() {
		Extraction extraction = extract(
				"اندلعت اشتباكات عنيفة في محيط الباغوز. وتشهد المنطقة طقساً بارداً. واستمرت الاشتباكات حتى المساء.");
		assertThat(extraction.events()).extracting(EventMention::type)
			.containsExactly(EventType.BATTLES, EventType.BATTLES);
	}

}
