package org.marsad.intake.internal;

import java.util.List;

import org.marsad.intake.FieldProblem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an upload over {@code marsad.max-upload} with 413 naming {@code files}. The
 * servlet container refuses it while parsing the body, before any controller is chosen,
 * so this advice cannot be limited to the intake controllers.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitProblems {

	private final IntakeApiProblems problems;

	UploadLimitProblems(IntakeApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail uploadTooLarge(MaxUploadSizeExceededException ex) {
		return this.problems.problem(HttpStatus.CONTENT_TOO_LARGE,
				List.of(new FieldProblem("files", "attachment.error.tooLarge")));
	}

}
