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
				mentioned.nationalityAnchors(), mentioned.cues());
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

	@Test
	void partTakesTheCategoryOfTheWhole() {
		Report report = Report.of("ووثّق المرصد وصول 3 آلاف شخص إلى مخيم الهول يوم الإثنين، بينهم 1200 طفل.")
			.exact("3 آلاف", 3000)
			.exact("1200", 1200);
		List<FigureMention> figures = this.finder.find(report.mentioned());
		assertThat(figures.get(1).category()).isEqualTo(FigureCategory.TRANSFERRED);
	}

	@Test
	void coordinatedFigureTakesTheCategoryOfThePreviousOne() {
		Report report = Report
			.of("وارتفعت حصيلة القتلى إلى 154 شخصاً، بينهم 114 من عناصر التنظيم و 40 من قوات سوريا الديمقراطية.")
			.exact("154", 154)
			.exact("114", 114)
			.exact("40", 40)
			.actor("التنظيم", "isis")
			.actor("قوات سوريا الديمقراطية", "sdf");
		assertThat(this.finder.find(report.mentioned())).extracting(FigureMention::category)
			.containsOnly(FigureCategory.KILLED);
	}

	@Test
	void actorInPlaceOfTheNounCountsItsMembers() {
		Report report = Report.of("ومن بين القتلى 40 من قوات سوريا الديمقراطية")
			.exact("40", 40)
			.actor("قوات سوريا الديمقراطية", "sdf");
		FigureMention members = this.finder.find(report.mentioned()).get(0);
		assertThat(members.text()).isEqualTo("40 من قوات سوريا الديمقراطية");
		assertThat(members.group().actor()).isEqualTo("sdf");
	}

	@Test
	void actorBetweenNumberAndNounNamesTheGroup() {
		Report report = Report.of("Some 3,000 ISIS fighters surrendered.").exact("3,000", 3000).actor("ISIS", "isis");
		FigureMention fighters = this.finder.find(report.mentioned()).get(0);
		assertThat(fighters.text()).isEqualTo("3,000 ISIS fighters");
		assertThat(fighters.group().actor()).isEqualTo("isis");
		assertThat(fighters.category()).isEqualTo(FigureCategory.SURRENDERED);
	}

	@Test
	void cueNamedAfterCountOfGovernsAFarNumber() {
		Report report = Report
			.of("وبلغ عدد الخارجين من جيب التنظيم منذ الأول من كانون الأول الفائت أكثر من 36 ألف شخص.")
			.number("أكثر من 36 ألف", Qualifier.MORE_THAN, BigDecimal.valueOf(36000), BigDecimal.valueOf(36000), null);
		assertThat(this.finder.find(report.mentioned()).get(0).category()).isEqualTo(FigureCategory.EXITED);
	}

	@Test
	void cueBeforeALoneAndBelongsToThePreviousClause() {
		Report report = Report.of("154 people were killed and about 45,000 residents fled.")
			.exact("154", 154)
			.number("about 45,000", Qualifier.ABOUT, null, BigDecimal.valueOf(45000), null);
		assertThat(this.finder.find(report.mentioned()).get(1).category()).isEqualTo(FigureCategory.EXITED);
	}

	@Test
	void arrivalAtACampAfterLeavingIsATransfer() {
		Report report = Report.of("وخرجت 36 عائلة من بلدة الشعفة خلال الساعات الماضية ووصلت الى مخيم الهول.")
			.exact("36", 36);
		assertThat(this.finder.find(report.mentioned()).get(0).category()).isEqualTo(FigureCategory.TRANSFERRED);
	}

	@Test
	void vehiclesHaveNoNationality() {
		Report report = Report.of("ودخلت 25 آلية عسكرية تابعة للقوات الأمريكية")
			.exact("25", 25)
			.nationality("الأمريكية", "US");
		assertThat(this.finder.find(report.mentioned()).get(0).group().nationality()).isNull();
	}

	@Test
	void reflexiveCompletesSurrender() {
		Report report = Report.of("وسلّم 65 عنصراً من التنظيم أنفسهم لقوات سوريا الديمقراطية").exact("65", 65);
		assertThat(this.finder.find(report.mentioned()).get(0).category()).isEqualTo(FigureCategory.SURRENDERED);
	}

	@Test
	void wordOfTwoSensesCountsRightBeforeTheNumber() {
		Report report = Report.of("وتمكّن التنظيم من أسر 12 مقاتلاً خلال هجوم معاكس").exact("12", 12);
		assertThat(this.finder.find(report.mentioned()).get(0).category()).isEqualTo(FigureCategory.ARRESTED);
	}

	@Test
	void wordOfTwoSensesDoesNotCountFarFromTheNumber() {
		Report report = Report.of("ونشرت الصفحة صور 12 مقاتلاً").exact("12", 12);
		assertThat(this.finder.find(report.mentioned()).get(0).category()).isEqualTo(FigureCategory.OTHER);
	}

	@Test
	void nounNamedForWhatBefellThemGivesTheCategoryWithoutCue() {
		Report report = Report.of("ويضم المخيم اليوم قرابة 300 ألف نازح").exact("300 ألف", 300000);
		assertThat(this.finder.find(report.mentioned()).get(0).category()).isEqualTo(FigureCategory.EXITED);
	}

	@Test
	void numberRightBeforeACueThatOnlyPeopleUndergoCountsPersons() {
		Report report = Report.of("فيما لا يزال المئات عالقين داخل المخيم").vague("المئات", 200, 999);
		FigureMention trapped = this.finder.find(report.mentioned()).get(0);
		assertThat(trapped.unit()).isEqualTo(FigureUnit.PERSON);
		assertThat(trapped.category()).isEqualTo(FigureCategory.TRAPPED);
	}

	@Test
	void civiliansArrivingInATownWereDisplaced() {
		Report report = Report.of("ووصلت 30 عائلة نازحة من رأس العين إلى مدينة الحسكة").exact("30", 30);
		assertThat(this.finder.find(report.mentioned()).get(0).category()).isEqualTo(FigureCategory.EXITED);
	}

}
