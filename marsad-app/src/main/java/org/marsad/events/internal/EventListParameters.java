package org.marsad.events.internal;

import java.time.LocalDate;

import org.marsad.events.EventFilter;
import org.marsad.intake.PageRequest;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

/**
 * Reads the query parameters of the event list, for the API and the pages alike.
 * <ul>
 * <li>{@code page} from 0 (default 0); {@code size} from 1 (default
 * {@value PageRequest#DEFAULT_SIZE}), larger sizes are served as
 * {@value PageRequest#MAX_SIZE}</li>
 * <li>{@code type} an event type code, {@code status} a verification status code,
 * {@code from} and {@code to} ISO dates (to not before from), {@code placeId} a place
 * (its sub-places included), {@code actorId} an actor in any role, {@code voided}
 * {@code true} to list void events too; empty values do not filter</li>
 * </ul>
 */
final class EventListParameters {

	private EventListParameters() {
	}

	static PageRequest page(Integer page, Integer size) {
		Problems problems = new Problems();
		if (page != null && page < 0) {
			problems.add("page", "coding.error.page");
		}
		if (size != null && size < 1) {
			problems.add("size", "coding.error.size");
		}
		problems.throwIfAny();
		return new PageRequest((page != null) ? page : 0,
				(size != null) ? Math.min(size, PageRequest.MAX_SIZE) : PageRequest.DEFAULT_SIZE);
	}

	static EventFilter filter(String type, String from, String to, String placeId, String actorId, String status,
			String voided) {
		Problems problems = new Problems();
		EventType eventType = Text.code(type, EventType.values(), EventType::code, "type", "event.error.type",
				problems);
		LocalDate fromDay = Text.date(from, "from", "event.error.date", problems);
		LocalDate toDay = Text.date(to, "to", "event.error.date", problems);
		if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
			problems.add("to", "event.error.dateOrder");
		}
		VerificationStatus verification = Text.code(status, VerificationStatus.values(), VerificationStatus::code,
				"status", "event.error.status", problems);
		if (Text.present(voided) && !"true".equals(voided.strip()) && !"false".equals(voided.strip())) {
			problems.add("voided", "coding.error.value");
		}
		problems.throwIfAny();
		return new EventFilter(eventType, fromDay, toDay, Text.stripped(placeId), Text.stripped(actorId), verification,
				Text.present(voided) && "true".equals(voided.strip()));
	}

}
