package org.marsad.text.figures;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.text.FigureMention;
import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Qualifier;
import org.marsad.text.vocabulary.Sex;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFinderTests {

	private static final String DESIGN_EXAMPLE = "ووثق المرصد 23200 شخصاً من الجنسية العراقية ضمن أكثر من 6000 عائلة، "
			+ "خرجوا منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري، ونقلوا إلى مخيمات منطقة الهول";

	private final FigureFinder finder = new FigureFinder();

	private Report designExample() {
		return Report.of(DESIGN_EXAMPLE)
			.exact("23200", 23200)
			.number("أكثر من 6000", Qualifier.MORE_THAN, BigDecimal.valueOf(6000), BigDecimal.valueOf(6000), null)
			.nationality("العراقية", "IQ")
			.date("منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري", "2018-12-01", "2019-01-30")
			.place("الهول", "hol");
	}

	@Test
	void readsPeopleWhoLeftAndWereMovedToCampsAsTransferred() {
		FigureMention people = this.finder.find(designExample().mentioned()).get(0);
		assertThat(people.text()).isEqualTo("23200 شخصاً");
		assertThat(people.unit()).isEqualTo(FigureUnit.PERSON);
		assertThat(people.category()).isEqualTo(FigureCategory.TRANSFERRED);
	}

	@Test
	void readsNationalityAfterTheCountedNoun() {
		FigureMention people = this.finder.find(designExample().mentioned()).get(0);
		assertThat(people.group().nationality()).isEqualTo("IQ");
	}

	@Test
	void spanCoversQualifierNumberAndNoun() {
		FigureMention families = this.finder.find(designExample().mentioned()).get(1);
		assertThat(families.text()).isEqualTo("أكثر من 6000 عائلة");
		assertThat(families.unit()).isEqualTo(FigureUnit.FAMILY);
		assertThat(families.qualifier()).isEqualTo(Qualifier.MORE_THAN);
	}

	@Test
	void figureWithinAnotherTakesItsNationality() {
		FigureMention families = this.finder.find(designExample().mentioned()).get(1);
		assertThat(families.group().nationality()).isEqualTo("IQ");
	}

	@Test
	void linksDateAndDestinationOfTheSentence() {
		FigureMention people = this.finder.find(designExample().mentioned()).get(0);
		assertThat(people.date()).isEqualTo(0);
		assertThat(people.place()).isEqualTo(0);
	}

	@Test
	void readsVagueNumberAfterTheVerb() {
		Report report = Report.of("واعتقلت قوات سوريا الديمقراطية مئات آخرين في ريف دير الزور").vague("مئات", 200, 999);
		FigureMention arrested = this.finder.find(report.mentioned()).get(0);
		assertThat(arrested.text()).isEqualTo("مئات آخرين");
		assertThat(arrested.category()).isEqualTo(FigureCategory.ARRESTED);
		assertThat(arrested.best()).isNull();
	}

	@Test
	void readsTheGroupCombatantsBelongTo() {
		Report report = Report.of("وأسفرت الاشتباكات عن مقتل 12 عنصراً من تنظيم الدولة الإسلامية")
			.exact("12", 12)
			.actor("تنظيم الدولة الإسلامية", "isis");
		FigureMention killed = this.finder.find(report.mentioned()).get(0);
		assertThat(killed.group().actor()).isEqualTo("isis");
		assertThat(killed.category()).isEqualTo(FigureCategory.KILLED);
	}

	@Test
	void readsChildrenAsChildPersons() {
		Report report = Report.of("وأُصيب ٣ أطفالٍ بجروح").exact("٣", 3);
		FigureMention injured = this.finder.find(report.mentioned()).get(0);
		assertThat(injured.group().age()).isEqualTo(AgeGroup.CHILD);
		assertThat(injured.category()).isEqualTo(FigureCategory.INJURED);
	}

	@Test
	void readsWomenAsFemale() {
		Report report = Report.of("اعتقلت الدورية 4 نساء من المخيم").exact("4", 4);
		assertThat(this.finder.find(report.mentioned()).get(0).group().sex()).isEqualTo(Sex.FEMALE);
	}

	@Test
	void numberRightAfterACasualtyWordCountsPersons() {
		Report report = Report.of("ما أدى إلى مقتل 7 وإصابة 15 بجروح متفاوتة").exact("7", 7).exact("15", 15);
		List<FigureMention> figures = this.finder.find(report.mentioned());
		assertThat(figures).extracting(FigureMention::category)
			.containsExactly(FigureCategory.KILLED, FigureCategory.INJURED);
		assertThat(figures).extracting(FigureMention::unit).containsOnly(FigureUnit.PERSON);
	}

	@Test
	void numberThatCountsNothingStaysANumber() {
		Report report = Report.of("وذلك في الساعة 11 ليلاً").exact("11", 11);
		assertThat(this.finder.find(report.mentioned())).isEmpty();
	}

	@Test
	void percentageIsNotAFigure() {
		Report report = Report.of("خرج 40 بالمئة من السكان");
		report.number("40", Qualifier.EXACT, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.TEN);
		MentionedText mentioned = report.mentioned();
		MentionedText percent = new MentionedText(mentioned.layout(),
				List.of(new org.marsad.text.NumberMention(4, 6, "40", Qualifier.EXACT, BigDecimal.valueOf(40),
						BigDecimal.valueOf(40), BigDecimal.valueOf(40), true)),
				mentioned.dates(), mentioned.places(), mentioned.actors(), mentioned.nationalities(),
				mentioned.numberAnchors(), mentioned.dateAnchors(), mentioned.placeAnchors(), mentioned.actorAnchors(),
				mentioned.nationalityAnchors());
		assertThat(this.finder.find(percent)).isEmpty();
	}

	@Test
	void strikesCountThemselves() {
		Report report = Report.of("شنّت طائرات التحالف الدولي 12 غارةً على بلدة الباغوز").exact("12", 12);
		FigureMention strikes = this.finder.find(report.mentioned()).get(0);
		assertThat(strikes.unit()).isEqualTo(FigureUnit.STRIKE);
		assertThat(strikes.category()).isEqualTo(FigureCategory.STRIKES);
	}

	@Test
	void readsSquareKilometresAsArea() {
		Report report = Report.of("وباتت المساحة المتبقية لا تتجاوز 4 كلم مربع").exact("4", 4);
		FigureMention area = this.finder.find(report.mentioned()).get(0);
		assertThat(area.text()).isEqualTo("4 كلم مربع");
		assertThat(area.category()).isEqualTo(FigureCategory.AREA);
	}

	@Test
	void forcesThatArriveAreDeployed() {
		Report report = Report.of("ورصد المرصد وصول 300 جندي إلى قاعدة التنف").exact("300", 300);
		assertThat(this.finder.find(report.mentioned()).get(0).category()).isEqualTo(FigureCategory.DEPLOYED);
	}

	@Test
	void vehiclesThatArriveEntered() {
		Report report = Report.of("دخول 50 شاحنة محملة بمواد لوجستية عبر معبر سيمالكا").exact("50", 50);
		FigureMention trucks = this.finder.find(report.mentioned()).get(0);
		assertThat(trucks.unit()).isEqualTo(FigureUnit.VEHICLE);
		assertThat(trucks.category()).isEqualTo(FigureCategory.ENTERED);
	}

	@Test
	void nationalityAdjectiveStandsForTheNoun() {
		Report report = Report.of("وخرج 500 عراقي من الباغوز").exact("500", 500).nationality("عراقي", "IQ");
		FigureMention exited = this.finder.find(report.mentioned()).get(0);
		assertThat(exited.text()).isEqualTo("500 عراقي");
		assertThat(exited.group().nationality()).isEqualTo("IQ");
		assertThat(exited.category()).isEqualTo(FigureCategory.EXITED);
	}

	@Test
	void readsDiacritisedTatweelAndArabicIndicDigits() {
		Report report = Report.of("ونُقِلَ ٤٥٠ شخصـاً إلى مخيّم الهول").exact("٤٥٠", 450);
		FigureMention moved = this.finder.find(report.mentioned()).get(0);
		assertThat(moved.text()).isEqualTo("٤٥٠ شخصـاً");
		assertThat(moved.category()).isEqualTo(FigureCategory.TRANSFERRED);
	}

	@Test
	void readsEnglishFigures() {
		Report report = Report.of("More than 200 families fled Baghouz on Tuesday.")
			.number("More than 200", Qualifier.MORE_THAN, BigDecimal.valueOf(200), BigDecimal.valueOf(200), null);
		FigureMention fled = this.finder.find(report.mentioned()).get(0);
		assertThat(fled.unit()).isEqualTo(FigureUnit.FAMILY);
		assertThat(fled.category()).isEqualTo(FigureCategory.EXITED);
	}

	@Test
	void cueFollowedByItsOwnNumberIsNotBorrowed() {
		Report report = Report.of("وثق المرصد 40 شخصاً ونقل 30 آخرين إلى المخيم").exact("40", 40).exact("30", 30);
		List<FigureMention> figures = this.finder.find(report.mentioned());
		assertThat(figures.get(0).category()).isEqualTo(FigureCategory.OTHER);
		assertThat(figures.get(1).category()).isEqualTo(FigureCategory.TRANSFERRED);
	}

	@Test
	void unresolvedDateAndPlaceStayNull() {
		Report report = Report.of("قُتل 3 مدنيين").exact("3", 3);
		FigureMention killed = this.finder.find(report.mentioned()).get(0);
		assertThat(killed.date()).isNull();
		assertThat(killed.place()).isNull();
	}

}
