package org.marsad.events.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.events.ActorInRole;
import org.marsad.events.ActorRole;
import org.marsad.events.CodingRefused;
import org.marsad.events.Confidentiality;
import org.marsad.events.EventActor;
import org.marsad.events.EventFields;
import org.marsad.intake.FieldProblem;
import org.marsad.text.vocabulary.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of an event's fields, for an exodus from al-Baghuz reported on 31 January
 * 2019.
 */
class EventRulesTests {

	private static final Horizon REPORT = Horizon.of(LocalDate.parse("2019-01-31"));

	private final FakeRecords records = new FakeRecords();

	private final EventRules rules = new EventRules(this.records, this.records);

	static EventFields fields(String from, String to, String precision) {
		return new EventFields("displacement", null, from, to, precision, "baghuz", null,
				List.of(new ActorInRole("sdf", "actor1")), "خروج المدنيين من الباغوز", null, null, null);
	}

	CheckedEvent check(EventFields fields, UUID self) {
		Problems problems = new Problems();
		CheckedEvent event = this.rules.check(fields, self, REPORT, problems);
		problems.throwIfAny();
		return event;
	}

	FieldProblem refused(EventFields fields) {
		return assertThatExceptionOfType(CodingRefused.class).isThrownBy(() -> check(fields, null))
			.actual()
			.problems()
			.get(0);
	}

	static EventFields withParent(String parentId) {
		return new EventFields("displacement", null, "2019-01-20", null, null, null, null, null, null, null, null,
				parentId);
	}

	@Test
	void fillsTheDefaults() {
		CheckedEvent event = check(fields("2019-01-30", null, null), null);
		assertThat(event.dateTo()).isEqualTo(LocalDate.parse("2019-01-30"));
		assertThat(event.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(event.geoPrecision()).isEqualTo(1);
		assertThat(event.confidentiality()).isEqualTo(Confidentiality.INTERNAL);
		assertThat(event.actors()).containsExactly(new EventActor("sdf", ActorRole.ACTOR1));
	}

	@Test
	void refusesALastDayBeforeTheFirst() {
		assertThat(refused(fields("2019-01-30", "2019-01-29", null)))
			.isEqualTo(new FieldProblem("dateTo", "event.error.dateOrder"));
	}

	@Test
	void refusesADayAfterTheReport() {
		assertThat(refused(fields("2019-01-30", "2019-02-01", "day")))
			.isEqualTo(new FieldProblem("dateTo", "event.error.afterReport"));
	}

	@Test
	void aMonthMayRunPastTheDayOfTheReport() {
		assertThat(check(fields("2019-01-01", "2019-01-31", "month"), null).dateTo())
			.isEqualTo(LocalDate.parse("2019-01-31"));
		assertThat(check(fields("2019-01-15", "2019-02-14", "month"), null).precision()).isEqualTo(DatePrecision.MONTH);
	}

	@Test
	void refusesAnEventBeginningAfterTheReport() {
		assertThat(refused(fields("2019-02-01", "2019-02-01", "month")))
			.isEqualTo(new FieldProblem("dateFrom", "event.error.afterReport"));
	}

	@Test
	void refusesADateThatIsNotIso() {
		assertThat(refused(fields("31/01/2019", null, null)).field()).isEqualTo("dateFrom");
	}

	@Test
	void refusesAnUnknownPlace() {
		EventFields fields = new EventFields("displacement", null, "2019-01-30", null, null, "atlantis", null, null,
				null, null, null, null);
		assertThat(refused(fields)).isEqualTo(new FieldProblem("placeId", "event.error.placeUnknown"));
	}

	@Test
	void refusesAGeoPrecisionOutOfRange() {
		EventFields fields = new EventFields("displacement", null, "2019-01-30", null, null, "baghuz", 4, null, null,
				null, null, null);
		assertThat(refused(fields).field()).isEqualTo("geoPrecision");
	}

	@Test
	void refusesAnUnknownActorByItsIndex() {
		EventFields fields = new EventFields("battles", null, "2019-01-30", null, null, null, null,
				List.of(new ActorInRole("sdf", "actor1"), new ActorInRole("daesh-typo", "actor2")), null, null, null,
				null);
		assertThat(refused(fields)).isEqualTo(new FieldProblem("actors[1].actorId", "event.error.actorUnknown"));
	}

	@Test
	void refusesTheSameActorTwiceInOneRole() {
		EventFields fields = new EventFields("battles", null, "2019-01-30", null, null, null, null,
				List.of(new ActorInRole("sdf", "actor1"), new ActorInRole("sdf", "actor1")), null, null, null, null);
		assertThat(refused(fields)).isEqualTo(new FieldProblem("actors[1].actorId", "event.error.actorTwice"));
	}

	@Test
	void refusesAnUnknownType() {
		EventFields fields = new EventFields("Displacement", null, "2019-01-30", null, null, null, null, null, null,
				null, null, null);
		assertThat(refused(fields)).isEqualTo(new FieldProblem("type", "event.error.type"));
	}

	@Test
	void refusesAVoidParent() {
		assertThat(refused(withParent(this.records.voidEvent().toString())))
			.isEqualTo(new FieldProblem("parentId", "event.error.parentVoided"));
	}

	@Test
	void refusesAParentBelowTheEventItself() {
		UUID campaign = this.records.newEvent(null);
		UUID day = this.records.newEvent(campaign);
		Problems problems = new Problems();
		this.rules.check(withParent(day.toString()), campaign, REPORT, problems);
		assertThatExceptionOfType(CodingRefused.class).isThrownBy(problems::throwIfAny)
			.satisfies((refused) -> assertThat(refused.problems())
				.containsExactly(new FieldProblem("parentId", "event.error.parentCycle")));
	}

	@Test
	void namesEveryBrokenRule() {
		EventFields fields = new EventFields(null, "x".repeat(81), null, null, "fortnight", null, null, null, null,
				null, "secret", null);
		assertThatExceptionOfType(CodingRefused.class).isThrownBy(() -> check(fields, null))
			.satisfies((refused) -> assertThat(refused.problems()).extracting(FieldProblem::field)
				.containsExactly("type", "subType", "datePrecision", "dateFrom", "confidentiality"));
	}

}
