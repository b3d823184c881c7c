package org.marsad.tallies.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.intake.FieldProblem;
import org.marsad.tallies.TallyRefused;
import org.marsad.tallies.UnknownTally;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns refusals of the tally API into RFC 9457 problem details that name the offending
 * field, as intake does: a {@code field} property (the first one) and an {@code errors}
 * array of {@code {field, message}}. Unknown tallies and snapshots are 404.
 */
@RestControllerAdvice(assignableTypes = TallyApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TallyApiProblems {

	private final MessageSource messages;

	TallyApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(TallyRefused refused) {
		return problem(refused.problems());
	}

	@ExceptionHandler
	ProblemDetail unknown(UnknownTally unknown) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
				&& !jackson.getPath().isEmpty()) {
			String field = jackson.getPath().get(0).getPropertyName();
			if (field != null) {
				return problem(List.of(new FieldProblem(field, "tally.error.value")));
			}
		}
		return problem(List.of(new FieldProblem("body", "tally.error.body")));
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(List.of(new FieldProblem(ex.getName(), "tally.error.value")));
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

	private String message(String code) {
		return this.messages.getMessage(code, null, code, Locale.ENGLISH);
	}

}
