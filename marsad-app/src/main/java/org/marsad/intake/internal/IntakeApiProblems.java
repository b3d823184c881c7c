package org.marsad.intake.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.intake.FieldProblem;
import org.marsad.intake.IntakeRefused;
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
import org.springframework.web.multipart.MultipartException;

/**
 * Turns refusals into RFC 9457 problem details that name the offending field: a
 * {@code field} property (the first one) and an {@code errors} array of {@code {field,
 * message}}. Details never repeat the values sent.
 */
@RestControllerAdvice(
		assignableTypes = { ReportApiController.class, SourceApiController.class, AttachmentApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeApiProblems {

	private static final String BODY = "body";

	private final MessageSource messages;

	IntakeApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(IntakeRefused refused) {
		HttpStatus status = refused.isTooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return problem(status, refused.problems());
	}

	@ExceptionHandler
	ProblemDetail unknown(UnknownRecord unknown) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
				&& !jackson.getPath().isEmpty()) {
			String field = jackson.getPath().get(jackson.getPath().size() - 1).getPropertyName();
			if (field != null) {
				return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(field, "report.error.value")));
			}
		}
		String code = (cause.getMessage() != null && cause.getMessage().contains("UTF-8")) ? "report.error.encoding"
				: "report.error.body";
		return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(BODY, code)));
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(ex.getName(), "report.error.value")));
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(ex.getParameterName(), "report.error.value")));
	}

	@ExceptionHandler
	ProblemDetail multipart(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, List.of(new FieldProblem("files", "attachment.error.interrupted")));
	}

	ProblemDetail problem(HttpStatus status, List<FieldProblem> problems) {
		List<Map<String, String>> errors = problems.stream()
			.map((p) -> Map.of("field", p.field(), "message", message(p.code())))
			.toList();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, errors.get(0).get("message"));
		problem.setTitle((status == HttpStatus.BAD_REQUEST) ? "Invalid request" : "Too large");
		problem.setProperty("field", problems.get(0).field());
		problem.setProperty("errors", errors);
		return problem;
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, code, Locale.ENGLISH);
	}

}
