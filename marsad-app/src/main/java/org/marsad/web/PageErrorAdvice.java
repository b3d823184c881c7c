package org.marsad.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Sends Spring MVC's own errors (no such page, method not allowed, a parameter of the
 * wrong type, a {@code ResponseStatusException}, …) to the bilingual error pages for
 * people, and as RFC 9457 problem details for API clients.
 * <ul>
 * <li>paths under {@code /api/}: {@code application/problem+json}, as Spring's
 * {@link ResponseEntityExceptionHandler} writes it</li>
 * <li>every other path: the servlet error page ({@code templates/error/404.html},
 * {@code 4xx.html}, {@code 5xx.html}) in the person's language</li>
 * </ul>
 * Without this, the general problem-details handler would answer a browser's missing page
 * with JSON. Module advice ordered before this one (e.g. for a module's API) keeps
 * precedence.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class PageErrorAdvice extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (request instanceof ServletWebRequest servlet && !isApi(servlet.getRequest())) {
			sendError(servlet.getResponse(), statusCode);
			return null;
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	private static void sendError(HttpServletResponse response, HttpStatusCode status) {
		try {
			response.sendError(status.value());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
