package org.marsad.security.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.marsad.security.AccountNotFound;
import org.marsad.security.AccountProblem;
import org.marsad.security.AccountRejected;
import org.marsad.security.Role;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refused account requests into RFC 9457 problem details that name the offending
 * field: a {@code field} property for the first, and an {@code errors} array of
 * {@code {field, code, message}} for all. Messages are in English for scripts, or in
 * Arabic when the client asks for it with {@code Accept-Language}. It runs before the
 * general problem-details handler so that unreadable bodies name the field that could not
 * be read.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = AccountApiController.class)
class AccountApiAdvice {

	private final MessageSource messages;

	AccountApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AccountRejected.class)
	ProblemDetail rejected(AccountRejected rejected, HttpServletRequest request) {
		Locale locale = (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? LocaleContextHolder.getLocale()
				: Locale.ENGLISH;
		List<Map<String, String>> errors = rejected.problems()
			.stream()
			.map((problem) -> Map.of("field", problem.field(), "code", problem.code(), "message",
					this.messages.getMessage(problem.code(), null, problem.code(), locale)))
			.toList();
		AccountProblem first = rejected.problems().get(0);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get(0).get("message"));
		problem.setTitle("Account rejected");
		problem.setProperty("field", first.field());
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(AccountNotFound.class)
	ProblemDetail notFound(AccountNotFound notFound) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No account has this user name.");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException unreadable) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The body is not a JSON account: username, displayName, password, role (one of "
						+ Arrays.toString(Role.values()) + ").");
		problem.setProperty("field", offendingField(unreadable));
		return problem;
	}

	private static String offendingField(HttpMessageNotReadableException unreadable) {
		if (unreadable.getCause() instanceof JacksonException jackson) {
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					return reference.getPropertyName();
				}
			}
		}
		return "body";
	}

}
