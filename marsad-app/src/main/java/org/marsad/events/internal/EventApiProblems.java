package org.marsad.events.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.events.CodingRefused;
import org.marsad.events.EditConflict;
import org.marsad.events.RecordNotFound;
import org.marsad.intake.FieldProblem;
import org.marsad.intake.UnknownRecord;
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

/**
 * Turns refusals of the events API into RFC 9457 problem details, as intake does: a
 * {@code field} property (the first offending field, by its path in the request) and an
 * {@code errors} array of {@code {field, message}}. Details never repeat the values sent.
 * <ul>
 * <li>{@link CodingRefused}: 400</li>
 * <li>{@link EditConflict}: 409, with {@code record}, {@code id} and
 * {@code currentVersion}, so that a client can reload and redo its change</li>
 * <li>unknown event, figure, claim or report: 404</li>
 * <li>a body that is not JSON, or a value of the wrong type: 400 naming the field</li>
 * </ul>
 */
@RestControllerAdvice(
		assignableTypes = { EventApiController.class, FigureApiController.class, CodingApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventApiProblems {

	private final MessageSource messages;

	EventApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(CodingRefused refused) {
		return problem(refused.problems());
	}

	@ExceptionHandler
	ProblemDetail conflict(EditConflict conflict) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message("coding.error.conflict"));
		problem.setTitle("Edit conflict");
		problem.setProperty("field", "version");
		problem.setProperty("record", conflict.record());
		problem.setProperty("id", conflict.id().toString());
		problem.setProperty("currentVersion", conflict.currentVersion());
		return problem;
	}

	@ExceptionHandler({ RecordNotFound.class, UnknownRecord.class })
	ProblemDetail unknown(RuntimeException unknown) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
				&& !jackson.getPath().isEmpty()) {
			return problem(List.of(new FieldProblem(path(jackson.getPath()), "coding.error.value")));
		}
		return problem(List.of(new FieldProblem("body", "coding.error.body")));
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(List.of(new FieldProblem(ex.getName(), "coding.error.value")));
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(List.of(new FieldProblem(ex.getParameterName(), "coding.error.value")));
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

	/**
	 * The path of a value in the body, e.g.
	 * {@code events[0].figures[1].claim.span.start}.
	 */
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
