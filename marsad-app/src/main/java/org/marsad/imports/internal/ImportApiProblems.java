package org.marsad.imports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.marsad.imports.AlreadyImported;
import org.marsad.imports.ImportRefused;
import org.marsad.imports.UnknownImport;
import org.marsad.intake.FieldProblem;
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
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns refusals of the import API into RFC 9457 problem details naming the field, as the
 * other modules do: {@code field} (the first), {@code errors} ({@code field},
 * {@code message}) and, for a file that could not be read to its end, the {@code row}
 * where reading stopped. Unknown sheets and jobs are 404.
 */
@RestControllerAdvice(assignableTypes = ImportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportApiProblems {

	private final MessageSource messages;

	ImportApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(ImportRefused refused) {
		ProblemDetail problem = problem(refused.problems());
		if (refused.row() > 0) {
			problem.setProperty("row", refused.row());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail again(AlreadyImported again) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				message("import.error.alreadyImported"));
		problem.setTitle("Already imported");
		problem.setProperty("field", "sheet");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknown(UnknownImport unknown) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, unknown.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
				&& !jackson.getPath().isEmpty() && jackson.getPath().get(0).getPropertyName() != null) {
			return problem(List.of(new FieldProblem(jackson.getPath().get(0).getPropertyName(), "import.error.value")));
		}
		return problem(List.of(new FieldProblem("body", "import.error.body")));
	}

	@ExceptionHandler
	ProblemDetail missingPart(MissingServletRequestPartException ex) {
		return problem(List.of(new FieldProblem(ex.getRequestPartName(), "import.error.empty")));
	}

	@ExceptionHandler
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getName().equals("id") || ex.getName().equals("jobId")) {
			return unknown(new UnknownImport(ex.getName().equals("id") ? "sheet" : "job"));
		}
		return problem(List.of(new FieldProblem(ex.getName(), "import.error.value")));
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
