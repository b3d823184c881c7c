package org.marsad.security.internal;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code marsad.max-request-body}
 * ({@code MARSAD_MAX_REQUEST_BODY}, default 1 MB) before anything reads it: 413, as a
 * problem for the API and the error page for people.
 * <ul>
 * <li>multipart bodies are left to the upload limits ({@code MARSAD_MAX_UPLOAD})</li>
 * <li>report texts are left to their own limit ({@code MARSAD_MAX_REPORT_TEXT}), checked
 * by intake: a new report and a correction ({@code /api/reports}, {@code /reports},
 * {@code …/{id}/versions}); coding saves and drafts under those paths are limited
 * here</li>
 * <li>a body sent without a length is limited by what reads it (Tomcat's form size, the
 * JSON reader)</li>
 * </ul>
 */
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;

	private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter();

	/**
	 * The writes that carry a report's text: a new report and a correction, through the
	 * API and the pages. Coding saves and drafts under the same paths keep this limit.
	 */
	private static final Pattern REPORT_TEXTS = Pattern.compile("/(api/)?reports(/[^/]+/versions)?");

	RequestBodyLimit(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= this.maxBytes || exempt(request)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/")) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The body is larger than " + this.maxBytes + " bytes.");
		problem.setTitle("Too large");
		problem.setProperty("field", "body");
		problem.setInstance(URI.create(request.getRequestURI()));
		ServletServerHttpResponse output = new ServletServerHttpResponse(response);
		output.setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
		this.converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, output);
		output.flush();
	}

	private static boolean exempt(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return REPORT_TEXTS.matcher(path).matches();
	}

}
