package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.events.CodingRefused;
import org.marsad.events.CodingSubmission;
import org.marsad.events.EventFields;
import org.marsad.events.internal.CodingForm.EventRow;
import org.marsad.events.internal.CodingForm.FigureRow;
import org.marsad.intake.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coding form turned into a submission, and a refusal's fields turned back into the
 * form's rows.
 */
class CodingSubmissionsTests {

	static EventRow event(String keep, String linkTo) {
		return new EventRow(keep, linkTo, "displacement", "2018-12-01", "2019-01-30", "day", null, null, null,
				"test-sdf", null, "test-isis، test-coalition", null, "0", "134", null, null, "internal", null, null);
	}

	static FigureRow figure(String key, String event, String best, String partOf) {
		return new FigureRow("keep", key, event, "exact", null, best, null, "person", "exited", null, "true", partOf,
				"2018-12-01", "2019-01-30", "12", "23", null, null);
	}

	@Test
	void groupsFiguresUnderTheirEventsAndLeavesOutDiscardedRows() {
		CodingForm form = new CodingForm("1", List.of(event("keep", null), event("discard", null)),
				List.of(figure("all", "0", "36250", null), figure("iraqis", "0", "23200", "all")), null);
		CodingSubmission submission = CodingSubmissions.of(form).submission();
		assertThat(submission.events()).hasSize(1);
		assertThat(submission.events().get(0).figures()).extracting((f) -> f.key()).containsExactly("all", "iraqis");
		assertThat(submission.events().get(0).figures().get(1).partOfKey()).isEqualTo("all");
		assertThat(submission.reportVersion()).isEqualTo(1);
	}

	@Test
	void readsArabicIndicDigitsAndThousandsSeparators() {
		CodingForm form = new CodingForm("١", List.of(event("keep", null)), List.of(figure("all", "0", "٣٦٬٢٥٠", null)),
				null);
		CodingSubmission submission = CodingSubmissions.of(form).submission();
		assertThat(submission.events().get(0).figures().get(0).claim().value().best()).isEqualByComparingTo("36250");
		assertThat(submission.reportVersion()).isEqualTo(1);
	}

	@Test
	void splitsAssociatedActorsAtArabicCommas() {
		CodingForm form = new CodingForm("1", List.of(event("keep", null)), List.of(), null);
		assertThat(CodingSubmissions.of(form).submission().events().get(0).event().actors())
			.extracting((a) -> a.actorId() + ":" + a.role())
			.containsExactly("test-sdf:actor1", "test-isis:associated", "test-coalition:associated");
	}

	@Test
	void aRowLinkedToARecordedEventBecomesALinkWithItsFigures() {
		String id = "6f1f2d1e-0000-4000-8000-000000000001";
		CodingForm form = new CodingForm("1", List.of(event("keep", id)), List.of(figure("all", "0", "36250", null)),
				null);
		CodingSubmission submission = CodingSubmissions.of(form).submission();
		assertThat(submission.events()).isEmpty();
		assertThat(submission.links().get(0).eventId()).isEqualTo(id);
		assertThat(submission.links().get(0).figures()).hasSize(1);
	}

	@Test
	void namesRefusedFieldsByTheRowsOfTheForm() {
		CodingForm form = new CodingForm("1", List.of(event("discard", null), event("keep", null)),
				List.of(figure("a", "1", "1", null), figure("b", "1", "5", null)), null);
		CodingSubmissions.Mapped mapped = CodingSubmissions.of(form);
		CodingRefused refused = new CodingRefused(List.of(new FieldProblem("events[0].event.dateTo", "date.future"),
				new FieldProblem("events[0].figures[1].claim.value.best", "value.order"),
				new FieldProblem("events[0].figures[0].partOfKey", "partOf.unknown"),
				new FieldProblem("events[0].event.actors[1].actorId", "actor.unknown"),
				new FieldProblem("events", "coding.error.empty")));
		assertThat(mapped.fieldsOfForm(refused)).containsEntry("events[1].dateTo", "date.future")
			.containsEntry("figures[1].best", "value.order")
			.containsEntry("figures[0].partOf", "partOf.unknown")
			.containsEntry("events[1].actor1", "actor.unknown")
			.containsEntry("events", "coding.error.empty");
	}

	@Test
	void refusesAKeptFigureOfADiscardedEvent() {
		CodingForm form = new CodingForm("1", List.of(event("discard", null)), List.of(figure("a", "0", "1", null)),
				null);
		assertThat(CodingSubmissions.of(form).refused()).containsEntry("figures[0].event",
				"coding.form.eventDiscarded");
	}

	@Test
	void refusesANumberThatCannotBeRead() {
		CodingForm form = new CodingForm("1", List.of(event("keep", null)), List.of(figure("a", "0", "عشرات", null)),
				null);
		assertThat(CodingSubmissions.of(form).refused()).containsEntry("figures[0].best", "coding.error.value");
	}

	@Test
	void dropsTheGapsThatAddedRowsLeave() {
		List<FigureRow> rows = new ArrayList<>(Arrays.asList(figure("a", "0", "1", null), null));
		assertThat(new CodingForm("1", List.of(event("keep", null)), rows, null).figures()).hasSize(1);
	}

	@Test
	void aFigureOfALinkedRowNamingARecordedFigureBecomesAClaimForIt() {
		String event = "6f1f2d1e-0000-4000-8000-000000000001";
		String recorded = "6f1f2d1e-0000-4000-8000-000000000002";
		FigureRow row = figure("all", "0", "36500", null);
		FigureRow claim = new FigureRow(row.keep(), row.key(), row.event(), row.qualifier(), row.low(), row.best(),
				row.high(), row.unit(), row.category(), row.nationality(), row.cumulative(), row.partOf(),
				row.periodFrom(), row.periodTo(), row.spanStart(), row.spanEnd(), recorded, null);
		CodingSubmissions.Mapped mapped = CodingSubmissions
			.of(new CodingForm("1", List.of(event("keep", event)), List.of(claim), null));
		assertThat(mapped.submission().links().get(0).figures()).isEmpty();
		assertThat(mapped.submission().links().get(0).claims().get(0).figureId()).isEqualTo(recorded);
		assertThat(mapped.submission().links().get(0).claims().get(0).claim().value().best())
			.isEqualByComparingTo("36500");
		assertThat(mapped.rows()).containsEntry("links[0].claims[0]", "figures[0]");
	}

	@Test
	void aRefusedClaimForARecordedFigureIsShownBesideItsChoice() {
		CodingSubmissions.Mapped mapped = new CodingSubmissions.Mapped(null, Map.of("links[0].claims[0]", "figures[2]"),
				Map.of());
		CodingRefused refusal = new CodingRefused(
				List.of(new FieldProblem("links[0].claims[0].figureId", "coding.error.figureUnknown")));
		assertThat(mapped.fieldsOfForm(refusal)).containsEntry("figures[2].claimFor", "coding.error.figureUnknown");
	}

	@Test
	void passesTheSubTypeTheEnglishDescriptionTheConfidentialityAndTheParent() {
		EventRow row = event("keep", null);
		EventRow full = new EventRow(row.keep(), null, row.type(), row.dateFrom(), row.dateTo(), row.datePrecision(),
				null, null, null, null, null, null, "نزوح من الباغوز", "0", "10", "نزوح جماعي", "Exodus from Baghuz",
				"publishable", "6f1f2d1e-0000-4000-8000-000000000003", null);
		EventFields fields = CodingSubmissions.fields(full);
		assertThat(fields.subType()).isEqualTo("نزوح جماعي");
		assertThat(fields.descriptionEn()).isEqualTo("Exodus from Baghuz");
		assertThat(fields.confidentiality()).isEqualTo("publishable");
		assertThat(fields.parentId()).isEqualTo("6f1f2d1e-0000-4000-8000-000000000003");
	}

}
