package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The coding page's form, as typed: the draft's events and figures, each kept or
 * discarded, with every field as text so that a wrong one is shown again as typed.
 * <ul>
 * <li>Figures are one list for the whole page; each names the row of the event it belongs
 * to ({@code event}), and may name the key of another figure it is a part of.</li>
 * <li>An event row with {@code linkTo} set is not created: the report is linked to that
 * recorded event, and the row's figures are added to it.</li>
 * <li>Rows the script on the page adds may leave gaps in the indices; gaps are
 * dropped.</li>
 * <li>{@code edit} names a change of the draft itself ({@link DraftEdits}: merge, split)
 * made by a button of the page: the form is shown again changed, nothing is saved.</li>
 * </ul>
 *
 * @param reportVersion the version of the report's text that the spans refer to
 * @param events the event rows
 * @param figures the figure rows
 * @param edit the change of the draft asked for, e.g. {@code merge-figure:2}, or
 * {@code null} to save
 */
record CodingForm(String reportVersion, List<EventRow> events, List<FigureRow> figures, String edit) {

	/** The value of a kept row's {@code keep} field. */
	static final String KEEP = "keep";

	/** The value of a discarded row's {@code keep} field. */
	static final String DISCARD = "discard";

	CodingForm {
		events = present(events);
		figures = present(figures);
	}

	private static <T> List<T> present(List<T> rows) {
		return (rows != null) ? new ArrayList<>(rows.stream().filter(Objects::nonNull).toList()) : new ArrayList<>();
	}

	/**
	 * An event of the draft.
	 *
	 * @param keep {@value CodingForm#KEEP} or {@value CodingForm#DISCARD}
	 * @param linkTo the id of a recorded event to link the report to instead of creating
	 * this one
	 * @param type the type code
	 * @param dateFrom the first day
	 * @param dateTo the last day
	 * @param datePrecision the precision code
	 * @param placeId the place id
	 * @param placeName the place as the report names it, shown beside the id
	 * @param geoPrecision 1, 2 or 3
	 * @param actor1 the main actor
	 * @param actor2 the actor acted on or against
	 * @param associated associated actors' ids, separated by commas or spaces
	 * @param descriptionAr a description in Arabic
	 * @param spanStart the start of the passage about the event
	 * @param spanEnd the end of that passage
	 * @param subType the sub-type, free text
	 * @param descriptionEn a description in English
	 * @param confidentiality {@code internal} or {@code publishable}
	 * @param parentId the id of the recorded event that encompasses this one
	 * @param mergeInto the index of the event row this one is to be merged into
	 */
	record EventRow(String keep, String linkTo, String type, String dateFrom, String dateTo, String datePrecision,
			String placeId, String placeName, String geoPrecision, String actor1, String actor2, String associated,
			String descriptionAr, String spanStart, String spanEnd, String subType, String descriptionEn,
			String confidentiality, String parentId, String mergeInto) {

		public boolean kept() {
			return !DISCARD.equals(this.keep);
		}

		public boolean linked() {
			return this.linkTo != null && !this.linkTo.isBlank();
		}

	}

	/**
	 * A figure of the draft, with the report's claim of its value.
	 *
	 * @param keep {@value CodingForm#KEEP} or {@value CodingForm#DISCARD}
	 * @param key the figure's name within the page
	 * @param event the index of the event row it belongs to
	 * @param qualifier the qualifier code
	 * @param low the low bound
	 * @param best the best estimate
	 * @param high the high bound
	 * @param unit the unit code
	 * @param category the category code
	 * @param nationality the counted group's nationality (ISO 3166-1 alpha-2)
	 * @param cumulative {@code true} for a running total
	 * @param partOf the key of the figure it is a part of
	 * @param periodFrom the first day of the period covered
	 * @param periodTo the last day of that period
	 * @param spanStart the start of the span stating the value
	 * @param spanEnd the end of that span
	 * @param claimFor the id of a figure of the linked event that this value is a claim
	 * for, instead of a new figure
	 * @param mergeInto the key of the figure row this one is to be merged into
	 */
	record FigureRow(String keep, String key, String event, String qualifier, String low, String best, String high,
			String unit, String category, String nationality, String cumulative, String partOf, String periodFrom,
			String periodTo, String spanStart, String spanEnd, String claimFor, String mergeInto) {

		public boolean kept() {
			return !DISCARD.equals(this.keep);
		}

		/** The span's text in the report, or empty when the span is not within it. */
		public String quote(String text) {
			Integer start = CodingSubmissions.number(this.spanStart);
			Integer end = CodingSubmissions.number(this.spanEnd);
			if (start == null || end == null || start < 0 || end > text.length() || start >= end) {
				return "";
			}
			return text.substring(start, end);
		}

	}

}
