package org.marsad.search.internal;

import java.util.List;
import java.util.Map;

import org.marsad.search.BadQuery;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a refused search into an RFC 9457 problem detail naming the parameter: a
 * {@code field} property and an {@code errors} array of {@code {field, message}}. The
 * value sent is never repeated.
 */
@RestControllerAdvice(assignableTypes = SearchApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchApiProblems {

	private final MessageSource messages;

	SearchApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail refused(BadQuery refused) {
		String message = this.messages.getMessage(SearchMessages.error(refused.field()), null,
				LocaleContextHolder.getLocale());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
		problem.setTitle("Bad search parameter");
		problem.setProperty("field", refused.field());
		problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", message)));
		return problem;
	}

}
