package org.marsad.publishing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.marsad.events.EventFilter;
import org.marsad.intake.FieldProblem;
import org.marsad.publishing.ExportFormat;
import org.marsad.publishing.PublishingRefused;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

/**
 * Reads the query parameters of exports and the map: the same names and rules as the
 * events list, so that a list's address works for its export.
 * <ul>
 * <li>{@code type} an event type code, {@code status} a verification status code</li>
 * <li>{@code from} and {@code to} ISO dates, {@code to} not before {@code from}</li>
 * <li>{@code placeId} a place (the places within it included), {@code actorId} an actor
 * in any role</li>
 * <li>{@code voided} {@code true} or {@code false} (void events are only ever written for
 * readers of the record)</li>
 * <li>empty values do not filter; every bad value is named in one refusal</li>
 * </ul>
 */
final class ExportParameters {

	private ExportParameters() {
	}

	static ExportFormat format(String code) {
		try {
			return ExportFormat.ofCode(code);
		}
		catch (IllegalArgumentException ex) {
			throw PublishingRefused.of("format", "publishing.error.format");
		}
	}

	static EventFilter filter(String type, String from, String to, String placeId, String actorId, String status,
			String voided) {
		List<FieldProblem> problems = new ArrayList<>();
		EventType eventType = code(type, EventType.values(), EventType::code, "type", problems);
		LocalDate fromDay = date(from, "from", problems);
		LocalDate toDay = date(to, "to", problems);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			problems.add(new FieldProblem("to", "publishing.error.dateOrder"));
		}
		VerificationStatus verification = code(status, VerificationStatus.values(), VerificationStatus::code, "status",
				problems);
		if (present(voided) && !"true".equals(voided.strip()) && !"false".equals(voided.strip())) {
			problems.add(new FieldProblem("voided", "publishing.error.value"));
		}
		if (!problems.isEmpty()) {
			throw new PublishingRefused(problems);
		}
		return new EventFilter(eventType, fromDay, toDay, stripped(placeId), stripped(actorId), verification,
				present(voided) && "true".equals(voided.strip()));
	}

	private static <T> T code(String value, T[] values, Function<T, String> code, String field,
			List<FieldProblem> problems) {
		if (!present(value)) {
			return null;
		}
		for (T candidate : values) {
			if (code.apply(candidate).equals(value.strip())) {
				return candidate;
			}
		}
		problems.add(new FieldProblem(field, "publishing.error." + field));
		return null;
	}

	private static LocalDate date(String value, String field, List<FieldProblem> problems) {
		if (!present(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "publishing.error.date"));
			return null;
		}
	}

	private static String stripped(String value) {
		return present(value) ? value.strip() : null;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
