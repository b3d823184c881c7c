package org.marsad.publishing;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.marsad.catalogue.ActorChange;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.PlaceChange;
import org.marsad.catalogue.Places;
import org.marsad.events.ActorInRole;
import org.marsad.events.Event;
import org.marsad.events.EventEdit;
import org.marsad.events.EventFields;
import org.marsad.events.Events;
import org.marsad.events.FigureEdit;
import org.marsad.events.FigureFields;
import org.marsad.events.Figures;
import org.marsad.events.NewFigure;
import org.marsad.events.ReportLink;
import org.marsad.events.Span;
import org.marsad.events.StatedValue;
import org.marsad.events.Voiding;
import org.marsad.intake.NewReport;
import org.marsad.intake.NewSource;
import org.marsad.intake.Report;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.web.TestAccounts;

/**
 * A small record written through the modules' APIs, as an administrator would: a
 * governorate, district, sub-district and town with coordinates, two actors, and events
 * that are publishable, internal, void, and known only to the month; one publishable
 * event is supported by a report from a source with contact details, so that exports can
 * be searched for what must never leave.
 */
final class PublishedRecord {

	static final String PSEUDONYM = "الراصدة أُمّ سَليم";

	static final String CONTACT = "+963 944 123 456";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String governorate = "test-pub-gov-" + this.suffix;

	final String district = "test-pub-dist-" + this.suffix;

	final String subdistrict = "test-pub-sub-" + this.suffix;

	final String town = "test-pub-town-" + this.suffix;

	final String unlocated = "test-pub-region-" + this.suffix;

	final String actor1 = "test-pub-army-" + this.suffix;

	final String actor2 = "test-pub-militia-" + this.suffix;

	UUID battle;

	UUID battleKilled;

	UUID internal;

	UUID voided;

	UUID siege;

	UUID source;

	PublishedRecord write(Places places, Actors actors, Events events, Figures figures, Sources sources,
			Reports reports) {
		TestAccounts.asAdmin(() -> {
			places.create(new PlaceChange(this.governorate, "دير الزّور", "Deir-ez-Zor", "governorate", 35.33, 40.14,
					null, List.of()));
			places.create(new PlaceChange(this.district, "البوكمال", "Abu Kamal", "district", 34.45, 40.92,
					this.governorate, List.of()));
			places.create(new PlaceChange(this.subdistrict, "مراط", "Marat", "subdistrict", null, null, this.district,
					List.of()));
			places.create(new PlaceChange(this.town, "الباغوز فوقاني", "Al-Baghuz Fawqani", "town", 34.46, 40.95,
					this.subdistrict, List.of()));
			places.create(new PlaceChange(this.unlocated, "البادية", "Badia " + this.suffix, "region", null, null, null,
					List.of()));
			actors.create(new ActorChange(this.actor1, "قوات سوريا الديمقراطية", "Test Democratic Forces", List.of()));
			actors.create(new ActorChange(this.actor2, "ميليشيا التجربة", "Test Militia", List.of()));
			this.battle = event(events, "battles", "2019-02-09", "2019-02-11", "day", this.town, "publishable",
					"اشتباكات في الباغوز فوقاني", "Clashes in al-Baghuz");
			this.battleKilled = figures.add(this.battle, killed(7)).id();
			this.source = sources.create(new NewSource(PSEUDONYM, "resident", "B", CONTACT, null)).id();
			Report report = reports.create(new NewReport("قُتل سبعة مقاتلين في اشتباكات الباغوز", null, "ar", "message",
					"2019-02-12T08:00:00Z", null, this.source.toString(), "2"), List.of());
			events.linkReport(this.battle, new ReportLink(report.id().toString(), null, new Span(0, 10)));
			this.internal = event(events, "battles", "2019-02-10", "2019-02-10", "day", this.town, "internal",
					"سرّي: تحركات في مراط", "Confidential movements");
			this.voided = event(events, "battles", "2019-02-12", "2019-02-12", "day", this.town, "publishable",
					"حدث أُلغي", "Voided event");
			Event toVoid = events.get(this.voided);
			events.voidEvent(this.voided, new Voiding(toVoid.version(), "مكرر"));
			this.siege = event(events, "siege", "2019-01-01", "2019-01-31", "month", this.unlocated, "publishable",
					"حصار في البادية", null);
		});
		return this;
	}

	/**
	 * Moves the battle to another place, as a coordinator correcting the record would.
	 */
	void moveBattle(Events events, String placeId) {
		TestAccounts.asAdmin(() -> events.update(this.battle,
				new EventEdit(events.get(this.battle).version(), "المكان الصحيح", battleFields(placeId))));
	}

	/** Re-codes the battle's figure of persons killed as persons injured. */
	void recodeBattleKilled(Figures figures) {
		TestAccounts.asAdmin(() -> {
			BigDecimal seven = BigDecimal.valueOf(7);
			figures.update(this.battleKilled,
					new FigureEdit(figures.get(this.battleKilled).version(), "جرحى لا قتلى",
							new FigureFields("person", "injured", null, null, null, null, "2019-02-09", "2019-02-11",
									false, null, "manual", new StatedValue("exact", seven, seven, seven))));
		});
	}

	/** Voids the battle, as a duplicate. */
	void voidBattle(Events events) {
		TestAccounts
			.asAdmin(() -> events.voidEvent(this.battle, new Voiding(events.get(this.battle).version(), "مكرّر")));
	}

	private EventFields battleFields(String placeId) {
		return new EventFields("battles", null, "2019-02-09", "2019-02-11", "day", placeId, 1,
				List.of(new ActorInRole(this.actor1, "actor1"), new ActorInRole(this.actor2, "actor2")),
				"اشتباكات في الباغوز فوقاني", "Clashes in al-Baghuz", "publishable", null);
	}

	private UUID event(Events events, String type, String from, String to, String precision, String place,
			String confidentiality, String ar, String en) {
		return events
			.create(new EventFields(type, null, from, to, precision, place, 1,
					List.of(new ActorInRole(this.actor1, "actor1"), new ActorInRole(this.actor2, "actor2")), ar, en,
					confidentiality, null))
			.id();
	}

	private static NewFigure killed(long n) {
		BigDecimal value = BigDecimal.valueOf(n);
		return new NewFigure(new FigureFields("person", "killed", null, null, null, null, "2019-02-09", "2019-02-11",
				false, null, "manual", new StatedValue("exact", value, value, value)), List.of());
	}

}
