package org.marsad.events.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.events.internal.CodingForm.EventRow;
import org.marsad.events.internal.CodingForm.FigureRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merging and splitting the rows of a draft on the coding page.
 */
class DraftEditsTests {

	/**
	 * «خرج 36 ألفاً و250 شخصاً من الباغوز، من بينهم 23200 عراقي»: the engine read two
	 * figures in the first number.
	 */
	static final String TEXT = "خرج 36 ألفاً و250 شخصاً من الباغوز، من بينهم 23200 عراقي";

	static EventRow event(String type, String placeId, String start, String end, String mergeInto) {
		return new EventRow("keep", null, type, "2019-01-30", "2019-01-30", "day", placeId, null, null, "test-sdf",
				null, null, null, start, end, null, null, "internal", null, mergeInto);
	}

	static FigureRow figure(String key, String event, String best, String unit, String start, String end, String partOf,
			String mergeInto) {
		return new FigureRow("keep", key, event, "exact", null, best, null, unit, "exited", null, "false", partOf, null,
				null, start, end, null, mergeInto);
	}

	static String span(String part) {
		return String.valueOf(TEXT.indexOf(part));
	}

	static String end(String part) {
		return String.valueOf(TEXT.indexOf(part) + part.length());
	}

	CodingForm twoReadingsOfOneFigure() {
		return new CodingForm("1", List.of(event("displacement", null, "0", String.valueOf(TEXT.length()), null)),
				List.of(figure("f0", "0", "36000", null, span("36 ألفاً"), end("36 ألفاً"), null, null),
						figure("f1", "0", "250", "person", span("250 شخصاً"), end("250 شخصاً"), null, "f0"),
						figure("f2", "0", "23200", "person", span("23200 عراقي"), end("23200 عراقي"), "f1", null)),
				"merge-figure:1");
	}

	@Test
	void mergingAFigureLeavesOneRowQuotingBothSpans() {
		CodingForm merged = DraftEdits.apply(twoReadingsOfOneFigure(), new LinkedHashMap<>());
		assertThat(merged.figures()).extracting(FigureRow::key).containsExactly("f0", "f2");
		FigureRow kept = merged.figures().get(0);
		assertThat(TEXT.substring(Integer.parseInt(kept.spanStart()), Integer.parseInt(kept.spanEnd())))
			.isEqualTo("36 ألفاً و250 شخصاً");
	}

	@Test
	void theMergedFigureKeepsItsValueAndTakesWhatItLacked() {
		FigureRow kept = DraftEdits.apply(twoReadingsOfOneFigure(), new LinkedHashMap<>()).figures().get(0);
		assertThat(kept.best()).isEqualTo("36000");
		assertThat(kept.unit()).isEqualTo("person");
	}

	@Test
	void partsOfTheMergedFigureBecomePartsOfTheOneKept() {
		CodingForm merged = DraftEdits.apply(twoReadingsOfOneFigure(), new LinkedHashMap<>());
		assertThat(merged.figures().get(1).partOf()).isEqualTo("f0");
	}

	@Test
	void aMergeWithoutTargetIsRefusedBesideTheRowAndChangesNothing() {
		CodingForm form = twoReadingsOfOneFigure();
		CodingForm asked = new CodingForm(
				"1", form.events(), List.of(form.figures().get(0),
						figure("f1", "0", "250", "person", "13", "22", null, ""), form.figures().get(2)),
				"merge-figure:1");
		Map<String, String> errors = new LinkedHashMap<>();
		CodingForm same = DraftEdits.apply(asked, errors);
		assertThat(same.figures()).hasSize(3);
		assertThat(errors).containsEntry("figures[1].mergeInto", "coding.edit.mergeTarget");
	}

	@Test
	void splittingAnEventAddsACopyWithoutFigures() {
		CodingForm form = new CodingForm("1", List.of(event("displacement", "test-baghuz", "0", "40", null)),
				List.of(figure("f0", "0", "36000", "person", "4", "12", null, null)), "split-event:0");
		CodingForm split = DraftEdits.apply(form, new LinkedHashMap<>());
		assertThat(split.events()).hasSize(2);
		assertThat(split.events().get(1).placeId()).isEqualTo("test-baghuz");
		assertThat(split.figures()).extracting(FigureRow::event).containsExactly("0");
	}

	@Test
	void mergingAnEventMovesItsFiguresAndRenumbersTheRest() {
		CodingForm form = new CodingForm("1",
				List.of(event("displacement", null, "0", "20", null),
						event("displacement", "test-baghuz", "25", "40", "0"),
						event("transfer", "test-al-hol", "41", "60", null)),
				List.of(figure("f0", "1", "36000", "person", "30", "35", null, null),
						figure("f1", "2", "300", "person", "45", "50", null, null)),
				"merge-event:1");
		CodingForm merged = DraftEdits.apply(form, new LinkedHashMap<>());
		assertThat(merged.events()).extracting(EventRow::type).containsExactly("displacement", "transfer");
		assertThat(merged.events().get(0).placeId()).isEqualTo("test-baghuz");
		assertThat(merged.events().get(0).spanEnd()).isEqualTo("40");
		assertThat(merged.figures()).extracting(FigureRow::event).containsExactly("0", "1");
	}

	@Test
	void anUnknownEditIsNamed() {
		Map<String, String> errors = new LinkedHashMap<>();
		CodingForm form = new CodingForm("1", List.of(event("displacement", null, "0", "20", null)), List.of(),
				"explode:0");
		assertThat(DraftEdits.apply(form, errors).events()).hasSize(1);
		assertThat(errors).containsEntry("edit", "coding.edit.unknown");
	}

}
