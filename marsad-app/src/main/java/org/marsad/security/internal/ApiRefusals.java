package org.marsad.security.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers refused API calls with RFC 9457 problem details
 * ({@code application/problem+json}) instead of an empty body or an HTML page.
 * <ul>
 * <li>no or wrong credentials: 401 with a {@code WWW-Authenticate: Basic} challenge</li>
 * <li>a role that may not do this: 403</li>
 * </ul>
 * The detail never repeats what was sent, so no credentials or protected values leak.
 */
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "Marsad";

	private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic credentials of an enabled account.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your role may not do this.");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(URI.create(request.getRequestURI()));
		ServletServerHttpResponse output = new ServletServerHttpResponse(response);
		output.setStatusCode(status);
		this.converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, output);
		output.flush();
	}

}
