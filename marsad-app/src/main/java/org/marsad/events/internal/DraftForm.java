package org.marsad.events.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.marsad.events.Confidentiality;
import org.marsad.events.internal.CodingForm.EventRow;
import org.marsad.events.internal.CodingForm.FigureRow;
import org.marsad.extraction.Draft;
import org.marsad.text.DateMention;
import org.marsad.text.EventMention;
import org.marsad.text.Extraction;
import org.marsad.text.FigureMention;
import org.marsad.text.PlaceMention;

/**
 * The coding form filled from a draft, for the documenter to check.
 * <ul>
 * <li>One event row per event the engine found; when it found figures but no event, one
 * row without a type (the documenter chooses it), dated on the report's date, holds
 * them.</li>
 * <li>An event takes its first date, place and actors (the first actor as actor 1, the
 * second as actor 2, the rest associated); without a date it takes the report's date with
 * precision {@code day}.</li>
 * <li>A figure belongs to the first event that lists it, else to the first event. Its
 * period is its own date, else its event's; it is proposed cumulative when that period is
 * a range («منذ الأول من ديسمبر … وحتى …»).</li>
 * <li>A figure of a limited group (a nationality) is proposed as a part of the closest
 * earlier figure of the same event, unit and category that counts everyone («من بينهم»،
 * «ضمنهم»).</li>
 * </ul>
 */
final class DraftForm {

	private DraftForm() {
	}

	static CodingForm of(Draft draft) {
		Extraction found = draft.extraction();
		List<EventRow> events = new ArrayList<>();
		for (EventMention event : found.events()) {
			events.add(event(event, found, draft));
		}
		if (events.isEmpty() && !found.figures().isEmpty()) {
			String day = draft.published().toString();
			events.add(new EventRow(CodingForm.KEEP, null, null, day, day, "day", null, null, null, null, null, null,
					null, null, null, null, null, Confidentiality.INTERNAL.code(), null, null));
		}
		List<FigureRow> figures = new ArrayList<>();
		for (int i = 0; i < found.figures().size(); i++) {
			figures.add(figure(i, found, events, figures));
		}
		return new CodingForm(String.valueOf(draft.reportVersion()), events, figures, null);
	}

	private static EventRow event(EventMention event, Extraction found, Draft draft) {
		DateMention date = event.dates().isEmpty() ? null : found.dates().get(event.dates().get(0));
		PlaceMention place = event.places().isEmpty() ? null : found.places().get(event.places().get(0));
		List<String> actors = event.actors().stream().map((i) -> found.actors().get(i).actorId()).distinct().toList();
		String day = draft.published().toString();
		return new EventRow(CodingForm.KEEP, null, event.type().code(), (date != null) ? date.from().toString() : day,
				(date != null) ? date.to().toString() : day, (date != null) ? date.precision().code() : "day",
				(place != null) ? place.place().id() : null, (place != null) ? place.text() : null,
				(place != null) ? "1" : null, actors.isEmpty() ? null : actors.get(0),
				(actors.size() > 1) ? actors.get(1) : null, actors.stream().skip(2).collect(Collectors.joining(", ")),
				null, String.valueOf(event.start()), String.valueOf(event.end()), null, null,
				Confidentiality.INTERNAL.code(), null, null);
	}

	private static FigureRow figure(int index, Extraction found, List<EventRow> events, List<FigureRow> earlier) {
		FigureMention figure = found.figures().get(index);
		int event = 0;
		for (int e = 0; e < found.events().size(); e++) {
			if (found.events().get(e).figures().contains(index)) {
				event = e;
				break;
			}
		}
		DateMention date = (figure.date() != null) ? found.dates().get(figure.date()) : null;
		String from = (date != null) ? date.from().toString() : eventDate(events, event, true);
		String to = (date != null) ? date.to().toString() : eventDate(events, event, false);
		String nationality = (figure.group() != null) ? figure.group().nationality() : null;
		String unit = (figure.unit() != null) ? figure.unit().code() : null;
		String category = (figure.category() != null) ? figure.category().code() : null;
		String partOf = (nationality != null) ? whole(earlier, String.valueOf(event), unit, category) : null;
		return new FigureRow(CodingForm.KEEP, "f" + index, String.valueOf(event), figure.qualifier().code(),
				text(figure.low()), text(figure.best()), text(figure.high()), unit, category, nationality,
				String.valueOf(from != null && !from.equals(to)), partOf, from, to, String.valueOf(figure.start()),
				String.valueOf(figure.end()), null, null);
	}

	private static String whole(List<FigureRow> earlier, String event, String unit, String category) {
		for (int i = earlier.size() - 1; i >= 0; i--) {
			FigureRow row = earlier.get(i);
			if (row.event().equals(event) && row.nationality() == null && Objects.equals(row.unit(), unit)
					&& Objects.equals(row.category(), category)) {
				return row.key();
			}
		}
		return null;
	}

	private static String eventDate(List<EventRow> events, int event, boolean first) {
		if (event >= events.size()) {
			return null;
		}
		return first ? events.get(event).dateFrom() : events.get(event).dateTo();
	}

	private static String text(BigDecimal number) {
		return (number != null) ? number.toPlainString() : null;
	}

}
