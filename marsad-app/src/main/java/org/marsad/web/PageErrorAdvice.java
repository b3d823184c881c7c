package org.marsad.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Sends errors of addressing (no such page, method not allowed, a
 * {@code ResponseStatusException}) to the bilingual error pages for people, and as RFC
 * 9457 problem details for API clients.
 * <ul>
 * <li>paths under {@code /api/}: {@code application/problem+json}</li>
 * <li>every other path: the servlet error page ({@code templates/error/404.html},
 * {@code 4xx.html}, {@code 5xx.html}) in the person's language</li>
 * </ul>
 * Without this, the general problem-details handler would answer a browser's missing page
 * with JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class PageErrorAdvice {

	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class,
			HttpRequestMethodNotSupportedException.class, ErrorResponseException.class })
	Object addressingError(Exception exception, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ErrorResponse error = (ErrorResponse) exception;
		if (isApi(request)) {
			ProblemDetail body = error.getBody();
			return ResponseEntity.status(error.getStatusCode())
				.headers(error.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(body);
		}
		response.sendError(error.getStatusCode().value());
		return new ModelAndView();
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

}
