package org.marsad.extraction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.extraction.DraftRefused;
import org.marsad.intake.UnknownRecord;

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
 * Turns refusals of the draft API into RFC 9457 problem details naming the field: 400 for
 * a missing or too large text, an unreadable body or an id that is not a UUID; 404 for an
 * unknown report. Details never repeat the text sent.
 */
@RestControllerAdvice(assignableTypes = DraftApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DraftApiProblems {

	private final MessageSource messages;

	DraftApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(DraftRefused refused) {
		HttpStatus status = "draft.error.textTooLarge".equals(refused.code()) ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		return problem(status, refused.field(), refused.code());
	}

	@ExceptionHandler
	ProblemDetail unknown(UnknownRecord unknown) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return problem(HttpStatus.BAD_REQUEST, "body", "draft.error.body");
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getName(), "draft.error.id");
	}

	private ProblemDetail problem(HttpStatus status, String field, String code) {
		String message = this.messages.getMessage(code, null, code, Locale.ENGLISH);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setTitle((status == HttpStatus.NOT_FOUND) ? "Not found" : "Invalid request");
		problem.setProperty("field", field);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
		return problem;
	}

}
