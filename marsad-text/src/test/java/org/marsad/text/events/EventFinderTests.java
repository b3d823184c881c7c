package org.marsad.text.events;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.text.EventMention;
import org.marsad.text.figures.FigureFinder;
import org.marsad.text.figures.MentionedText;
import org.marsad.text.figures.Report;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

class EventFinderTests {

	private static final String DESIGN_EXAMPLE = "ووثق المرصد 23200 شخصاً من الجنسية العراقية ضمن أكثر من 6000 عائلة، "
			+ "خرجوا منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري، ونقلوا إلى مخيمات منطقة الهول";

	private final EventFinder finder = new EventFinder();

	private List<EventMention> events(Report report) {
		MentionedText text = report.mentioned();
		return this.finder.find(text, new FigureFinder().find(text));
	}

	private Report designExample() {
		return Report.of(DESIGN_EXAMPLE)
			.exact("23200", 23200)
			.number("أكثر من 6000", Qualifier.MORE_THAN, BigDecimal.valueOf(6000), BigDecimal.valueOf(6000), null)
			.nationality("العراقية", "IQ")
			.date("منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري", "2018-12-01", "2019-01-30")
			.place("الهول", "hol");
	}

	@Test
	void leavingThenBeingMovedIsADisplacementAndATransfer() {
		assertThat(events(designExample())).extracting(EventMention::type)
			.containsExactly(EventType.DISPLACEMENT, EventType.TRANSFER);
	}

	@Test
	void clausesBeforeTheFirstCueJoinTheFirstEvent() {
		EventMention displacement = events(designExample()).get(0);
		assertThat(displacement.start()).isZero();
		assertThat(displacement.figures()).containsExactly(0, 1);
		assertThat(displacement.dates()).containsExactly(0);
	}

	@Test
	void eventHoldsThePlacesOfItsClauses() {
		EventMention transfer = events(designExample()).get(1);
		assertThat(transfer.places()).containsExactly(0);
		assertThat(DESIGN_EXAMPLE.substring(transfer.start(), transfer.end()))
			.isEqualTo("ونقلوا إلى مخيمات منطقة الهول");
	}

	@Test
	void deathsCausedByAStrikeBelongToTheStrike() {
		Report report = Report.of("قصفت طائرات التحالف بلدة هجين، ما أدى إلى مقتل 5 مدنيين").exact("5", 5);
		assertThat(events(report)).extracting(EventMention::type).containsExactly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
	}

	@Test
	void deathsAloneAreViolenceAgainstCivilians() {
		Report report = Report.of("وعُثر على جثث 3 مدنيين بعد مقتلهم برصاص مجهولين").exact("3", 3);
		assertThat(events(report)).extracting(EventMention::type).containsExactly(EventType.VIOLENCE_AGAINST_CIVILIANS);
	}

	@Test
	void sentenceWithoutCueReportsNothing() {
		assertThat(events(Report.of("وتشهد المنطقة طقساً بارداً هذه الأيام."))).isEmpty();
	}

	@Test
	void eventsDoNotCrossSentences() {
		Report report = Report.of("اندلعت اشتباكات عنيفة في محيط الباغوز. وناشدت منظمات إنسانية فتح ممرات آمنة.");
		assertThat(events(report)).extracting(EventMention::type).containsExactly(EventType.BATTLES, EventType.APPEAL);
	}

	@Test
	void readsEnglishCues() {
		Report report = Report.of("A convoy of 40 trucks entered from Iraq.").exact("40", 40);
		List<EventMention> events = events(report);
		assertThat(events).extracting(EventMention::type).containsExactly(EventType.CONVOY);
		assertThat(events.get(0).figures()).containsExactly(0);
	}

	@Test
	void figureReportsTheEventWhenItsClauseHasNoCueWord() {
		Report report = Report.of("ووثق المرصد وصول 1350 نازحاً إلى مخيم الهول يوم الثلاثاء").exact("1350", 1350);
		assertThat(events(report)).extracting(EventMention::type).containsExactly(EventType.TRANSFER);
	}

	@Test
	void cueWordOutranksTheFigure() {
		Report report = Report.of("وأسفرت الغارات عن مقتل 9 مدنيين").exact("9", 9);
		assertThat(events(report)).extracting(EventMention::type).containsExactly(EventType.EXPLOSIONS_REMOTE_VIOLENCE);
	}

}
