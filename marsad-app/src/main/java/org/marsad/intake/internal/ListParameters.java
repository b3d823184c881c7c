package org.marsad.intake.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.intake.FieldProblem;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.PageRequest;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.ReportStatus;
import org.marsad.text.Language;

/**
 * Reads the query parameters of lists, for the API and the pages alike.
 * <ul>
 * <li>{@code page} from 0 (default 0); {@code size} from 1 (default
 * {@value PageRequest#DEFAULT_SIZE}), larger sizes are served as
 * {@value PageRequest#MAX_SIZE}</li>
 * <li>{@code sourceId} a UUID, {@code status} a status code, {@code language} a language
 * code, {@code from} and {@code to} ISO dates; empty values do not filter</li>
 * </ul>
 */
final class ListParameters {

	private ListParameters() {
	}

	static PageRequest page(Integer page, Integer size) {
		int number = (page != null) ? page : 0;
		int length = (size != null) ? Math.min(size, PageRequest.MAX_SIZE) : PageRequest.DEFAULT_SIZE;
		if (number < 0) {
			throw IntakeRefused.of("page", "report.error.page");
		}
		if (length < 1) {
			throw IntakeRefused.of("size", "report.error.size");
		}
		return new PageRequest(number, length);
	}

	static ReportFilter filter(String sourceId, String status, String language, String from, String to) {
		List<FieldProblem> problems = new ArrayList<>();
		UUID source = null;
		if (hasText(sourceId)) {
			try {
				source = UUID.fromString(sourceId.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("sourceId", "report.error.sourceUnknown"));
			}
		}
		ReportStatus reportStatus = null;
		if (hasText(status)) {
			try {
				reportStatus = ReportStatus.ofCode(status.strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("status", "report.error.status"));
			}
		}
		String languageCode = null;
		if (hasText(language)) {
			try {
				languageCode = Language.ofCode(language.strip()).code();
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("language", "report.error.language"));
			}
		}
		LocalDate fromDay = date(from, "from", problems);
		LocalDate toDay = date(to, "to", problems);
		if (!problems.isEmpty()) {
			throw new IntakeRefused(problems, false);
		}
		return new ReportFilter(source, reportStatus, languageCode, fromDay, toDay);
	}

	private static LocalDate date(String value, String field, List<FieldProblem> problems) {
		if (!hasText(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "report.error.date"));
			return null;
		}
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
