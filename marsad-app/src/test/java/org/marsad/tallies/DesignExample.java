package org.marsad.tallies;

import java.util.UUID;

/**
 * The bulletin of DESIGN coded as figures, in a governorate of its own so that tests do
 * not see each other's records: <blockquote>Since 1 December, 36,250 people have been
 * documented leaving the besieged pocket; among them 23,200 Iraqis in more than 6,000
 * families, all taken to al-Hol camp. About 3,370 of those leaving were arrested … More
 * than 34,200 since 19 December. </blockquote> followed by daily batches after 30
 * January, a discounted event and a voided figure that must not count.
 */
final class DesignExample {

	static final String BULLETIN = "منذ الأول من كانون الأول، وثّقنا خروج 36250 شخصاً من الجيب المحاصر، "
			+ "بينهم 23200 عراقي في أكثر من 6000 عائلة نُقلوا جميعاً إلى مخيم الهول. "
			+ "واعتُقل نحو 3370 من الخارجين بعد أن تعرّف عليهم الأهالي.";

	static final String SINCE_19 = "خرج أكثر من ٣٤٢٠٠ شخص من الباغوز منذ 19 كانون الأول";

	final String governorate;

	final String baghuz;

	UUID all;

	UUID iraqis;

	UUID families;

	UUID arrested;

	UUID since19;

	UUID january31;

	UUID iraqisOf31;

	final UUID bulletin;

	private final CodedFigures coded;

	DesignExample(CodedFigures coded) {
		this.coded = coded;
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.governorate = "test-deir-" + suffix;
		this.baghuz = "test-baghuz-" + suffix;
		coded.place("test-sy", null, "سوريا", "country");
		coded.place(this.governorate, "test-sy", "دير الزور", "governorate");
		coded.place(this.baghuz, this.governorate, "الباغوز", "town");
		coded.actor("test-isis", "تنظيم الدولة");
		coded.actor("test-sdf", "قسد");
		this.bulletin = coded.report(BULLETIN);
	}

	/** The statements of the bulletin, as of 30 January. */
	DesignExample bulletin() {
		UUID event = this.coded.event("displacement", "2018-12-01", "2019-01-30", this.baghuz, "fair");
		this.coded.eventActor(event, "test-sdf", "actor1");
		this.all = this.coded.figure(event)
			.since("2018-12-01", "2019-01-30")
			.stated("exact", 36250)
			.claimedIn(this.bulletin, BULLETIN, "36250 شخصاً")
			.insert();
		this.iraqis = this.coded.figure(event)
			.since("2018-12-01", "2019-01-30")
			.nationality("IQ")
			.partOf(this.all)
			.stated("exact", 23200)
			.claimedIn(this.bulletin, BULLETIN, "23200 عراقي")
			.insert();
		this.families = this.coded.figure(event)
			.since("2018-12-01", "2019-01-30")
			.unit("family")
			.nationality("IQ")
			.partOf(this.iraqis)
			.stated("more_than", 6000)
			.claimedIn(this.bulletin, BULLETIN, "أكثر من 6000 عائلة")
			.insert();
		this.arrested = this.coded.figure(event)
			.since("2018-12-01", "2019-01-30")
			.category("arrested")
			.groupActor("test-isis")
			.partOf(this.all)
			.stated("about", 3370)
			.claimedIn(this.bulletin, BULLETIN, "نحو 3370")
			.insert();
		UUID report = this.coded.report(SINCE_19);
		UUID other = this.coded.event("displacement", "2018-12-19", "2019-01-30", this.baghuz, "single_source");
		this.since19 = this.coded.figure(other)
			.since("2018-12-19", "2019-01-30")
			.stated("more_than", 34200)
			.claimedIn(report, SINCE_19, "أكثر من ٣٤٢٠٠ شخص")
			.insert();
		return this;
	}

	/**
	 * Daily batches: 1,200 on 31 January (700 Iraqis among them), about 800 on 1
	 * February, more than 500 Syrians on 2 February, hundreds («مئات») on 3 February; a
	 * discounted event of 5,000 and a voided figure of 9,999 on 2 February.
	 */
	DesignExample dailyBatches() {
		String text = "وصلت دفعة جديدة تضم 1200 شخص بينهم 700 عراقي";
		UUID report = this.coded.report(text);
		UUID day31 = batch("2019-01-31");
		this.january31 = this.coded.figure(day31)
			.on("2019-01-31")
			.stated("exact", 1200)
			.claimedIn(report, text, "1200 شخص")
			.insert();
		this.iraqisOf31 = this.coded.figure(day31)
			.on("2019-01-31")
			.nationality("IQ")
			.partOf(this.january31)
			.stated("exact", 700)
			.claimedIn(report, text, "700 عراقي")
			.insert();
		this.coded.figure(batch("2019-02-01")).on("2019-02-01").stated("about", 800).insert();
		this.coded.figure(batch("2019-02-02")).on("2019-02-02").nationality("SY").stated("more_than", 500).insert();
		this.coded.figure(batch("2019-02-03")).on("2019-02-03").vague(200, 999).insert();
		UUID discounted = this.coded.event("displacement", "2019-02-02", "2019-02-02", this.baghuz, "discounted");
		this.coded.figure(discounted).on("2019-02-02").stated("exact", 5000).insert();
		UUID voided = this.coded.figure(batch("2019-02-02")).on("2019-02-02").stated("exact", 9999).insert();
		this.coded.voidFigure(voided);
		return this;
	}

	private UUID batch(String day) {
		return this.coded.event("displacement", day, day, this.baghuz, "fair");
	}

	/**
	 * Persons who left the governorate since 1 December, by nationality and unit, daily.
	 */
	TallyRequest exits(String... breakdowns) {
		return new TallyRequest("الخارجون من جيب الباغوز منذ الأول من كانون الأول", "person", "exited", "2018-12-01",
				null, this.governorate, null, null, null, null, null, null, null, java.util.List.of(breakdowns), true);
	}

	/** Persons arrested among those leaving, by actor. */
	TallyRequest arrests() {
		return new TallyRequest("المعتقلون من الخارجين", "person", "arrested", "2018-12-01", null, this.governorate,
				null, null, null, null, null, null, null, java.util.List.of("actor"), false);
	}

}
