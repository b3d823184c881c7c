package org.marsad.publishing.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.intake.FieldProblem;
import org.marsad.publishing.PublishingRefused;

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
 * RFC 9457 problems for the publishing API: 400 naming every offending field, 404 for
 * what does not exist or may not be seen (the two are not told apart).
 */
@RestControllerAdvice(assignableTypes = { ExportApiController.class, BulletinApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublishingApiProblems {

	private final MessageSource messages;

	PublishingApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(PublishingRefused refused) {
		List<FieldProblem> problems = refused.problems();
		List<Map<String, String>> errors = problems.stream()
			.map((p) -> Map.of("field", p.field(), "message", message(p.code())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get(0).get("message"));
		problem.setTitle("Invalid request");
		problem.setProperty("field", problems.get(0).field());
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotPublished missing) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such publication.");
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return refused(PublishingRefused.of("body", "publishing.error.body"));
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return refused(PublishingRefused.of(ex.getName(), "publishing.error.value"));
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, code, Locale.ENGLISH);
	}

}
