package org.marsad.catalogue.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.catalogue.CatalogueConflict;
import org.marsad.catalogue.CatalogueRefused;
import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.catalogue.NotInCatalogue;
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
 * Turns refusals of the catalogue API into RFC 9457 problem details that name the
 * offending field: a {@code field} property (the first one) and an {@code errors} array
 * of {@code {field, message}}.
 * <ul>
 * <li>{@link CatalogueRefused}, an unreadable body or parameter: 400</li>
 * <li>{@link NotInCatalogue}: 404</li>
 * <li>{@link CatalogueConflict} (a stale version, an entry in use, an id taken): 409</li>
 * </ul>
 */
@RestControllerAdvice(assignableTypes = { PlaceApiController.class, ActorApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogueApiProblems {

	private final MessageSource messages;

	CatalogueApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(CatalogueRefused refused) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", refused.problems());
	}

	@ExceptionHandler
	ProblemDetail conflict(CatalogueConflict conflict) {
		return problem(HttpStatus.CONFLICT, "Conflict", List.of(new Problem(conflict.field(), conflict.code())));
	}

	@ExceptionHandler
	ProblemDetail unknown(NotInCatalogue unknown) {
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
				return problem(HttpStatus.BAD_REQUEST, "Invalid request",
						List.of(new Problem(field, "catalogue.error.value")));
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", List.of(new Problem("body", "catalogue.error.body")));
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request",
				List.of(new Problem(ex.getName(), "catalogue.error.value")));
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request",
				List.of(new Problem(ex.getParameterName(), "catalogue.error.value")));
	}

	private ProblemDetail problem(HttpStatus status, String title, List<Problem> problems) {
		List<Map<String, String>> errors = problems.stream()
			.map((p) -> Map.of("field", p.field(), "message", message(p.code())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.get(0).get("message"));
		problem.setTitle(title);
		problem.setProperty("field", problems.get(0).field());
		problem.setProperty("errors", errors);
		return problem;
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, code, Locale.ENGLISH);
	}

}
