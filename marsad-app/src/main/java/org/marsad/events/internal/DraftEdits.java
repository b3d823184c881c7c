package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.marsad.events.internal.CodingForm.EventRow;
import org.marsad.events.internal.CodingForm.FigureRow;

/**
 * Changes of the draft itself asked for by the buttons of the coding page: the form comes
 * back changed, nothing is saved.
 * <ul>
 * <li>{@code merge-figure:J} — figure row J and the row it names in {@code mergeInto} are
 * one figure (the engine read «36 ألفاً و250» as two, or the report states it twice): the
 * named row stays, with its values; what it leaves empty (bounds, unit, category,
 * nationality, period) is taken from row J; its span runs from the first to the last
 * character of the two, so the claim quotes the whole statement; figures that were part
 * of row J become part of it.</li>
 * <li>{@code split-event:I} — event row I speaks of two events (two places, two days): a
 * copy of it is added after the last row, not linked, without figures; the figures are
 * then moved to it with their event field.</li>
 * <li>{@code merge-event:I} — event row I and the row it names in {@code mergeInto} are
 * one event: the named row stays, takes row I's figures and what it leaves empty, and its
 * span covers both.</li>
 * </ul>
 * An edit that cannot be made (no row named, a row merged into itself) leaves the form as
 * it was, with the problem beside the row's {@code mergeInto} field.
 */
final class DraftEdits {

	private DraftEdits() {
	}

	/**
	 * The form after its edit.
	 * @param form the form with {@code edit} set
	 * @param errors where the problem of an edit that cannot be made goes, by form field
	 * @return the changed form, without {@code edit}
	 */
	static CodingForm apply(CodingForm form, Map<String, String> errors) {
		String edit = (form.edit() != null) ? form.edit().strip() : "";
		int colon = edit.indexOf(':');
		Integer row = (colon > 0) ? CodingSubmissions.number(edit.substring(colon + 1)) : null;
		String action = (colon > 0) ? edit.substring(0, colon) : edit;
		CodingForm changed = switch (action) {
			case "merge-figure" -> mergeFigure(form, row, errors);
			case "split-event" -> splitEvent(form, row, errors);
			case "merge-event" -> mergeEvent(form, row, errors);
			default -> null;
		};
		if (changed == null) {
			errors.putIfAbsent("edit", "coding.edit.unknown");
			return without(form);
		}
		return changed;
	}

	private static CodingForm without(CodingForm form) {
		return new CodingForm(form.reportVersion(), form.events(), form.figures(), null);
	}

	private static CodingForm mergeFigure(CodingForm form, Integer j, Map<String, String> errors) {
		if (j == null || j < 0 || j >= form.figures().size()) {
			return null;
		}
		FigureRow gone = form.figures().get(j);
		int target = -1;
		for (int k = 0; k < form.figures().size(); k++) {
			if (k != j && Objects.equals(form.figures().get(k).key(), blank(gone.mergeInto()))) {
				target = k;
			}
		}
		if (target < 0) {
			errors.put("figures[" + j + "].mergeInto", "coding.edit.mergeTarget");
			return without(form);
		}
		FigureRow kept = form.figures().get(target);
		int[] span = cover(kept.spanStart(), kept.spanEnd(), gone.spanStart(), gone.spanEnd());
		FigureRow merged = new FigureRow(kept.keep(), kept.key(), kept.event(), kept.qualifier(),
				or(kept.low(), gone.low()), or(kept.best(), gone.best()), or(kept.high(), gone.high()),
				or(kept.unit(), gone.unit()), or(kept.category(), gone.category()),
				or(kept.nationality(), gone.nationality()), kept.cumulative(),
				Objects.equals(kept.partOf(), gone.key()) ? null : kept.partOf(),
				or(kept.periodFrom(), gone.periodFrom()), or(kept.periodTo(), gone.periodTo()),
				text(span, 0, kept.spanStart()), text(span, 1, kept.spanEnd()), or(kept.claimFor(), gone.claimFor()),
				null);
		List<FigureRow> figures = new ArrayList<>();
		for (int k = 0; k < form.figures().size(); k++) {
			FigureRow figure = (k == target) ? merged : form.figures().get(k);
			if (k != j) {
				figures.add(Objects.equals(figure.partOf(), gone.key()) ? partOf(figure, kept.key()) : figure);
			}
		}
		return new CodingForm(form.reportVersion(), form.events(), figures, null);
	}

	private static CodingForm splitEvent(CodingForm form, Integer i, Map<String, String> errors) {
		if (i == null || i < 0 || i >= form.events().size()) {
			return null;
		}
		EventRow e = form.events().get(i);
		List<EventRow> events = new ArrayList<>(form.events());
		events.add(new EventRow(CodingForm.KEEP, null, e.type(), e.dateFrom(), e.dateTo(), e.datePrecision(),
				e.placeId(), e.placeName(), e.geoPrecision(), e.actor1(), e.actor2(), e.associated(), null,
				e.spanStart(), e.spanEnd(), e.subType(), null, e.confidentiality(), e.parentId(), null));
		return new CodingForm(form.reportVersion(), events, form.figures(), null);
	}

	private static CodingForm mergeEvent(CodingForm form, Integer i, Map<String, String> errors) {
		if (i == null || i < 0 || i >= form.events().size()) {
			return null;
		}
		EventRow gone = form.events().get(i);
		Integer target = CodingSubmissions.number(gone.mergeInto());
		if (target == null || target < 0 || target >= form.events().size() || target.equals(i)) {
			errors.put("events[" + i + "].mergeInto", "coding.edit.mergeTarget");
			return without(form);
		}
		EventRow kept = form.events().get(target);
		int[] span = cover(kept.spanStart(), kept.spanEnd(), gone.spanStart(), gone.spanEnd());
		EventRow merged = new EventRow(kept.keep(), kept.linkTo(), or(kept.type(), gone.type()), kept.dateFrom(),
				kept.dateTo(), kept.datePrecision(), or(kept.placeId(), gone.placeId()),
				Text.present(kept.placeId()) ? kept.placeName() : gone.placeName(),
				or(kept.geoPrecision(), gone.geoPrecision()), or(kept.actor1(), gone.actor1()),
				or(kept.actor2(), gone.actor2()), or(kept.associated(), gone.associated()),
				or(kept.descriptionAr(), gone.descriptionAr()), text(span, 0, kept.spanStart()),
				text(span, 1, kept.spanEnd()), or(kept.subType(), gone.subType()),
				or(kept.descriptionEn(), gone.descriptionEn()), kept.confidentiality(),
				or(kept.parentId(), gone.parentId()), null);
		List<EventRow> events = new ArrayList<>();
		for (int k = 0; k < form.events().size(); k++) {
			if (k != i) {
				events.add((k == target) ? merged : form.events().get(k));
			}
		}
		int after = (target > i) ? target - 1 : target;
		List<FigureRow> figures = new ArrayList<>();
		for (FigureRow figure : form.figures()) {
			Integer event = CodingSubmissions.number(figure.event());
			Integer moved = (event == null) ? null : (event == i) ? after : (event > i) ? event - 1 : event;
			figures.add(inEvent(figure, (moved != null) ? String.valueOf(moved) : figure.event()));
		}
		return new CodingForm(form.reportVersion(), events, figures, null);
	}

	/**
	 * The span from the first to the last character of two spans; {@code null} when
	 * neither is whole.
	 */
	private static int[] cover(String start1, String end1, String start2, String end2) {
		Integer s1 = CodingSubmissions.number(start1);
		Integer e1 = CodingSubmissions.number(end1);
		Integer s2 = CodingSubmissions.number(start2);
		Integer e2 = CodingSubmissions.number(end2);
		if (s1 == null || e1 == null) {
			return (s2 == null || e2 == null) ? null : new int[] { s2, e2 };
		}
		if (s2 == null || e2 == null) {
			return new int[] { s1, e1 };
		}
		return new int[] { Math.min(s1, s2), Math.max(e1, e2) };
	}

	private static String text(int[] span, int end, String fallback) {
		return (span != null) ? String.valueOf(span[end]) : fallback;
	}

	private static FigureRow partOf(FigureRow f, String key) {
		return new FigureRow(f.keep(), f.key(), f.event(), f.qualifier(), f.low(), f.best(), f.high(), f.unit(),
				f.category(), f.nationality(), f.cumulative(), key, f.periodFrom(), f.periodTo(), f.spanStart(),
				f.spanEnd(), f.claimFor(), f.mergeInto());
	}

	private static FigureRow inEvent(FigureRow f, String event) {
		return new FigureRow(f.keep(), f.key(), event, f.qualifier(), f.low(), f.best(), f.high(), f.unit(),
				f.category(), f.nationality(), f.cumulative(), f.partOf(), f.periodFrom(), f.periodTo(), f.spanStart(),
				f.spanEnd(), f.claimFor(), f.mergeInto());
	}

	private static String or(String first, String second) {
		return Text.present(first) ? first : second;
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
