package org.marsad.events.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.events.CodingRefused;
import org.marsad.events.FigureFields;
import org.marsad.events.StatedValue;
import org.marsad.events.ValueRule;
import org.marsad.intake.FieldProblem;
import org.marsad.text.vocabulary.FigureUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of a figure's fields: 23,200 Iraqis among the 36,250 who left.
 */
class FigureRulesTests {

	private static final Horizon REPORT = Horizon.of(LocalDate.parse("2019-01-31"));

	private final FakeRecords records = new FakeRecords();

	private final FigureRules rules = new FigureRules(this.records, this.records);

	private final UUID exodus = this.records.newEvent(null);

	static FigureFields fields(String unit, String nationality, String partOf) {
		return new FigureFields(unit, "exited", nationality, null, null, null, "2018-12-01", "2019-01-31", true, partOf,
				null, null);
	}

	CheckedFigure check(FigureFields fields, FigureRules.Place place) {
		Problems problems = new Problems();
		CheckedFigure figure = this.rules.check(fields, place, REPORT, problems);
		problems.throwIfAny();
		return figure;
	}

	FieldProblem refused(FigureFields fields, FigureRules.Place place) {
		return assertThatExceptionOfType(CodingRefused.class).isThrownBy(() -> check(fields, place))
			.actual()
			.problems()
			.get(0);
	}

	FigureRules.Place in(UUID event) {
		return new FigureRules.Place(null, event, List.of());
	}

	@Test
	void readsTheFigure() {
		CheckedFigure figure = check(fields("person", "IQ", null), in(this.exodus));
		assertThat(figure.unit()).isEqualTo(FigureUnit.PERSON);
		assertThat(figure.group().nationality()).isEqualTo("IQ");
		assertThat(figure.cumulative()).isTrue();
		assertThat(figure.rule()).isEqualTo(ValueRule.BEST_GRADED);
	}

	@Test
	void refusesAFigureWithoutUnit() {
		assertThat(refused(fields(null, null, null), in(this.exodus)))
			.isEqualTo(new FieldProblem("unit", "figure.error.unitRequired"));
	}

	@Test
	void refusesANationalityThatIsNotAnIsoCode() {
		assertThat(refused(fields("person", "عراقي", null), in(this.exodus)).field()).isEqualTo("nationality");
	}

	@Test
	void takesThePartOfAFigureOfTheSameEvent() {
		UUID total = this.records.newFigure(this.exodus, null);
		assertThat(check(fields("person", "IQ", total.toString()), in(this.exodus)).partOf()).isEqualTo(total);
	}

	@Test
	void takesThePartOfAFigureOfAnEncompassingEvent() {
		UUID campaign = this.records.newEvent(null);
		UUID day = this.records.newEvent(campaign);
		UUID total = this.records.newFigure(campaign, null);
		FigureRules.Place place = new FigureRules.Place(null, day, List.of(campaign));
		assertThat(check(fields("person", "IQ", total.toString()), place).partOf()).isEqualTo(total);
	}

	@Test
	void takesThePartOfAFigureOfAnEventWithin() {
		UUID day = this.records.newEvent(this.exodus);
		UUID batch = this.records.newFigure(day, null);
		assertThat(check(fields("person", "IQ", batch.toString()), in(this.exodus)).partOf()).isEqualTo(batch);
	}

	@Test
	void refusesThePartOfAFigureOfAnUnrelatedEvent() {
		UUID other = this.records.newFigure(this.records.newEvent(null), null);
		assertThat(refused(fields("person", "IQ", other.toString()), in(this.exodus)))
			.isEqualTo(new FieldProblem("partOf", "figure.error.partOfUnrelated"));
	}

	@Test
	void refusesASiblingEventsFigureForANewEvent() {
		UUID campaign = this.records.newEvent(null);
		UUID sibling = this.records.newEvent(campaign);
		UUID figure = this.records.newFigure(sibling, null);
		FigureRules.Place newEvent = new FigureRules.Place(null, null, List.of(campaign));
		assertThat(refused(fields("person", "IQ", figure.toString()), newEvent).code())
			.isEqualTo("figure.error.partOfUnrelated");
	}

	@Test
	void refusesAPartOfThatClosesACycle() {
		UUID total = this.records.newFigure(this.exodus, null);
		UUID iraqis = this.records.newFigure(this.exodus, total);
		FigureRules.Place place = new FigureRules.Place(total, this.exodus, List.of());
		assertThat(refused(fields("person", null, iraqis.toString()), place))
			.isEqualTo(new FieldProblem("partOf", "figure.error.partOfCycle"));
	}

	@Test
	void refusesAPartOfItself() {
		UUID total = this.records.newFigure(this.exodus, null);
		FigureRules.Place place = new FigureRules.Place(total, this.exodus, List.of());
		assertThat(refused(fields("person", null, total.toString()), place).code())
			.isEqualTo("figure.error.partOfCycle");
	}

	@Test
	void refusesAPeriodAfterTheReport() {
		FigureFields fields = new FigureFields("person", "exited", null, null, null, null, "2019-02-01", null, false,
				null, null, null);
		assertThat(refused(fields, in(this.exodus)))
			.isEqualTo(new FieldProblem("periodFrom", "event.error.afterReport"));
	}

	@Test
	void aManualValueNeedsTheManualRule() {
		FigureFields fields = new FigureFields("person", "exited", null, null, null, null, null, null, false, null,
				"best_graded", new StatedValue("about", null, java.math.BigDecimal.valueOf(36000), null));
		assertThat(refused(fields, in(this.exodus)).field()).isEqualTo("manualValue");
	}

	@Test
	void theManualRuleNeedsAValue() {
		FigureFields fields = new FigureFields("person", "exited", null, null, null, null, null, null, false, null,
				"manual", null);
		assertThat(refused(fields, in(this.exodus)).field()).isEqualTo("manualValue");
	}

}
