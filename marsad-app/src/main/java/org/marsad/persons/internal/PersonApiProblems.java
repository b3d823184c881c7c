package org.marsad.persons.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.intake.FieldProblem;
import org.marsad.persons.CountingRefused;
import org.marsad.persons.PersonConflict;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns refusals of the persons API into RFC 9457 problem details: a {@code field}
 * property (the first offending field, by its path in the request) and an {@code errors}
 * array of {@code {field, message}}. Details never repeat the values sent, which may be
 * document numbers.
 * <ul>
 * <li>{@link PersonRefused}: 400</li>
 * <li>{@link PersonConflict}: 409 with {@code id} and {@code currentVersion}</li>
 * <li>{@link PersonNotFound}: 404</li>
 * <li>{@link CountingRefused}: 404, 409 or 422 by its reason, naming the field</li>
 * <li>a body that is not JSON, a value of the wrong type, a missing parameter or part:
 * 400 naming the field</li>
 * </ul>
 */
@RestControllerAdvice(assignableTypes = { PersonApiController.class, AttestationApiController.class,
		DuplicateApiController.class, PfifApiController.class, CountingApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersonApiProblems {

	private final MessageSource messages;

	PersonApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(PersonRefused refused) {
		return problem(refused.problems());
	}

	@ExceptionHandler
	ProblemDetail conflict(PersonConflict conflict) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				message("persons.error.conflict"));
		problem.setTitle("Edit conflict");
		problem.setProperty("field", "version");
		problem.setProperty("id", conflict.id().toString());
		problem.setProperty("currentVersion", conflict.currentVersion());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknown(PersonNotFound unknown) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail counting(CountingRefused refused) {
		HttpStatus status = HttpStatus.valueOf(refused.reason().status());
		String detail = message(refused.code());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setProperty("field", refused.field());
		problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", detail)));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
				&& !jackson.getPath().isEmpty()) {
			return problem(List.of(new FieldProblem(path(jackson.getPath()), "persons.error.value")));
		}
		return problem(List.of(new FieldProblem("body", "persons.error.body")));
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(List.of(new FieldProblem(ex.getName(), "persons.error.value")));
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(List.of(new FieldProblem(ex.getParameterName(), "persons.error.required")));
	}

	@ExceptionHandler
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return problem(List.of(new FieldProblem(ex.getRequestPartName(), "persons.error.required")));
	}

	private ProblemDetail problem(List<FieldProblem> problems) {
		List<Map<String, String>> errors = problems.stream()
			.map((p) -> Map.of("field", p.field(), "message", message(p.code())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get(0).get("message"));
		problem.setTitle("Invalid request");
		problem.setProperty("field", problems.get(0).field());
		problem.setProperty("errors", errors);
		return problem;
	}

	static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return (path.length() > 0) ? path.toString() : "body";
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, code, Locale.ENGLISH);
	}

}
