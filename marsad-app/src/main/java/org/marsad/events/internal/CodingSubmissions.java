package org.marsad.events.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.events.ActorInRole;
import org.marsad.events.CodedClaim;
import org.marsad.events.CodedEvent;
import org.marsad.events.CodedFigure;
import org.marsad.events.CodingRefused;
import org.marsad.events.CodingSubmission;
import org.marsad.events.EventFields;
import org.marsad.events.EventLink;
import org.marsad.events.FigureClaim;
import org.marsad.events.FigureFields;
import org.marsad.events.Span;
import org.marsad.events.StatedValue;
import org.marsad.events.internal.CodingForm.EventRow;
import org.marsad.events.internal.CodingForm.FigureRow;
import org.marsad.intake.FieldProblem;

/**
 * Turns the coding page's form into a {@link CodingSubmission}, and the fields of a
 * refusal back into the rows of the form.
 * <ul>
 * <li>Discarded rows are left out; a kept event row with {@code linkTo} becomes a link to
 * that recorded event, carrying the row's figures; a figure of it with {@code claimFor}
 * becomes a claim for that recorded figure (another report's value for it) instead of a
 * new figure.</li>
 * <li>A figure's {@code partOf} names another figure's key: it becomes {@code partOfKey},
 * which the coding checks within the same event.</li>
 * <li>Numbers may be typed with Arabic-Indic digits and thousands separators. What cannot
 * be read as a number, and kept figures of a discarded event, are refused here, before
 * anything is sent.</li>
 * <li>A refusal names fields by their path in the submission
 * ({@code events[0].figures[1].claim.value.best}); {@link #fieldsOfForm} names them by
 * the form's rows ({@code figures[3].best}). Problems of no row keep their path.</li>
 * </ul>
 */
final class CodingSubmissions {

	private static final String DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";

	private CodingSubmissions() {
	}

	/**
	 * A submission, with the form row of each element of it.
	 *
	 * @param submission what is sent to the coding
	 * @param rows the form row ({@code figures[3]}) of each submission path
	 * ({@code events[0].figures[1]})
	 * @param refused problems found before sending, by form field
	 */
	record Mapped(CodingSubmission submission, Map<String, String> rows, Map<String, String> refused) {

		/** The problems of a refusal by form field, the first for each field. */
		Map<String, String> fieldsOfForm(CodingRefused refusal) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldProblem problem : refusal.problems()) {
				errors.putIfAbsent(field(problem.field()), problem.code());
			}
			return errors;
		}

		private String field(String path) {
			String best = null;
			for (String prefix : this.rows.keySet()) {
				boolean within = path.equals(prefix) || path.startsWith(prefix + ".");
				if (within && (best == null || prefix.length() > best.length())) {
					best = prefix;
				}
			}
			if (best == null) {
				return path;
			}
			String rest = formField(path.substring(best.length()).replaceFirst("^\\.", ""));
			return rest.isEmpty() ? this.rows.get(best) : this.rows.get(best) + "." + rest;
		}

	}

	static Mapped of(CodingForm form) {
		Map<String, String> rows = new LinkedHashMap<>();
		Map<String, String> refused = new LinkedHashMap<>();
		List<CodedEvent> events = new ArrayList<>();
		List<EventLink> links = new ArrayList<>();
		for (int i = 0; i < form.events().size(); i++) {
			EventRow row = form.events().get(i);
			if (!row.kept()) {
				continue;
			}
			String path = row.linked() ? "links[" + links.size() + "]" : "events[" + events.size() + "]";
			rows.put(path, "events[" + i + "]");
			List<CodedFigure> figures = new ArrayList<>();
			List<FigureClaim> claims = new ArrayList<>();
			for (int j = 0; j < form.figures().size(); j++) {
				FigureRow figure = form.figures().get(j);
				if (!figure.kept() || !String.valueOf(i).equals(figure.event())) {
					continue;
				}
				if (row.linked() && Text.present(figure.claimFor())) {
					rows.put(path + ".claims[" + claims.size() + "]", "figures[" + j + "]");
					claims.add(new FigureClaim(figure.claimFor().trim(), claim(figure, "figures[" + j + "]", refused)));
				}
				else {
					rows.put(path + ".figures[" + figures.size() + "]", "figures[" + j + "]");
					figures.add(figure(figure, "figures[" + j + "]", refused));
				}
			}
			Span span = span(row.spanStart(), row.spanEnd());
			if (row.linked()) {
				links.add(new EventLink(row.linkTo().trim(), span, figures, claims));
			}
			else {
				events.add(new CodedEvent(fields(row), span, figures));
			}
		}
		orphans(form, refused);
		return new Mapped(new CodingSubmission(number(form.reportVersion()), events, links), rows, refused);
	}

	private static void orphans(CodingForm form, Map<String, String> refused) {
		for (int j = 0; j < form.figures().size(); j++) {
			FigureRow figure = form.figures().get(j);
			Integer event = number(figure.event());
			boolean eventKept = event != null && event >= 0 && event < form.events().size()
					&& form.events().get(event).kept();
			if (figure.kept() && !eventKept) {
				refused.put("figures[" + j + "].event", "coding.form.eventDiscarded");
			}
		}
	}

	/** The fields of an event row, as the coding and the candidate search take them. */
	static EventFields fields(EventRow row) {
		List<ActorInRole> actors = new ArrayList<>();
		addActor(actors, row.actor1(), "actor1");
		addActor(actors, row.actor2(), "actor2");
		if (row.associated() != null) {
			for (String id : row.associated().split("[,،\\s]+")) {
				addActor(actors, id, "associated");
			}
		}
		return new EventFields(blank(row.type()), blank(row.subType()), blank(row.dateFrom()), blank(row.dateTo()),
				blank(row.datePrecision()), blank(row.placeId()), number(row.geoPrecision()), actors,
				blank(row.descriptionAr()), blank(row.descriptionEn()), blank(row.confidentiality()),
				blank(row.parentId()));
	}

	private static void addActor(List<ActorInRole> actors, String id, String role) {
		if (id != null && !id.isBlank()) {
			actors.add(new ActorInRole(id.trim(), role));
		}
	}

	private static CodedFigure figure(FigureRow row, String formRow, Map<String, String> refused) {
		FigureFields fields = new FigureFields(blank(row.unit()), blank(row.category()), blank(row.nationality()), null,
				null, null, blank(row.periodFrom()), blank(row.periodTo()), "true".equals(row.cumulative()), null, null,
				null);
		return new CodedFigure(row.key(), fields, blank(row.partOf()), claim(row, formRow, refused));
	}

	private static CodedClaim claim(FigureRow row, String formRow, Map<String, String> refused) {
		StatedValue value = new StatedValue(blank(row.qualifier()), decimal(row.low(), formRow + ".low", refused),
				decimal(row.best(), formRow + ".best", refused), decimal(row.high(), formRow + ".high", refused));
		return new CodedClaim(span(row.spanStart(), row.spanEnd()), value);
	}

	private static Span span(String start, String end) {
		Integer from = number(start);
		Integer to = number(end);
		return (from == null && to == null) ? null : new Span(from, to);
	}

	/**
	 * The form field of the rest of a submission path, e.g. {@code best} for
	 * {@code claim.value.best}.
	 */
	static String formField(String rest) {
		String field = rest.replaceFirst("^(event|figure|claim\\.value|claim)\\.", "").replaceFirst("[\\[.].*$", "");
		return switch (field) {
			case "value", "claim.value" -> "best";
			case "claim" -> "span";
			case "partOfKey" -> "partOf";
			case "eventId" -> "linkTo";
			case "figureId" -> "claimFor";
			case "actors" -> "actor1";
			default -> field;
		};
	}

	/** A whole number as typed, or {@code null} when empty or not one. */
	static Integer number(String text) {
		String digits = western(text);
		if (digits == null || !digits.matches("-?\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(digits);
	}

	private static BigDecimal decimal(String text, String field, Map<String, String> refused) {
		String digits = western(text);
		if (digits == null) {
			return null;
		}
		try {
			return new BigDecimal(digits.replaceAll("[,٬\\s]", "").replace('٫', '.'));
		}
		catch (NumberFormatException ex) {
			refused.put(field, "coding.error.value");
			return null;
		}
	}

	private static String western(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		StringBuilder western = new StringBuilder();
		for (char c : text.trim().toCharArray()) {
			int digit = DIGITS.indexOf(c);
			western.append((digit >= 0) ? (char) ('0' + digit % 10) : c);
		}
		return western.toString();
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
