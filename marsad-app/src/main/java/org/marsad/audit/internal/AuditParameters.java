package org.marsad.audit.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.marsad.audit.AuditFilter;
import org.marsad.audit.AuditPage;

/**
 * Reads the filters of the audit log from query parameters, for the page and the API.
 * <ul>
 * <li>{@code actor}, {@code action}, {@code kind}, {@code record}: exact values, at most
 * {@value #MAX_TEXT} characters; empty values do not filter</li>
 * <li>{@code from}, {@code to}: ISO dates, {@code from} not after {@code to}</li>
 * <li>{@code page} from 0; {@code size} 1 to {@value AuditPage#MAX_SIZE}</li>
 * </ul>
 * Problems are named by field and message key, never by the value sent.
 */
final class AuditParameters {

	static final int MAX_TEXT = 100;

	static final int DEFAULT_SIZE = 50;

	private AuditParameters() {
	}

	/**
	 * Reads the filter.
	 * @param problems collects field to message key for each bad parameter
	 * @return the filter, without the bad parameters
	 */
	static AuditFilter filter(String actor, String action, String kind, String record, String from, String to,
			Map<String, String> problems) {
		LocalDate fromDay = date(from, "from", problems);
		LocalDate toDay = date(to, "to", problems);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			problems.put("to", "audit.error.range");
			toDay = null;
		}
		return new AuditFilter(text(actor, "actor", problems), text(action, "action", problems),
				text(kind, "kind", problems), text(record, "record", problems), fromDay, toDay);
	}

	static int page(Integer page, Map<String, String> problems) {
		if (page != null && page < 0) {
			problems.put("page", "audit.error.page");
			return 0;
		}
		return (page != null) ? page : 0;
	}

	static int size(Integer size, Map<String, String> problems) {
		if (size != null && (size < 1 || size > AuditPage.MAX_SIZE)) {
			problems.put("size", "audit.error.size");
			return DEFAULT_SIZE;
		}
		return (size != null) ? size : DEFAULT_SIZE;
	}

	static Map<String, String> problems() {
		return new LinkedHashMap<>();
	}

	private static String text(String value, String field, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > MAX_TEXT) {
			problems.put(field, "audit.error.tooLong");
			return null;
		}
		return value.strip();
	}

	private static LocalDate date(String value, String field, Map<String, String> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.put(field, "audit.error.date");
			return null;
		}
	}

}
