package org.marsad.security.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt that {@link LoginAttempts} says must wait, before the password
 * is checked: the form post to {@code /login} (redirected back to the login page, which
 * explains) and any request with HTTP Basic credentials (429 with a problem body and
 * {@code Retry-After}). Everything else passes untouched.
 */
class LoginThrottle extends OncePerRequestFilter {

	private static final String BASIC = "Basic ";

	private final LoginAttempts attempts;

	private final Clock clock;

	private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter();

	LoginThrottle(LoginAttempts attempts, Clock clock) {
		this.attempts = attempts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = "POST".equals(request.getMethod()) && "/login".equals(path(request));
		String basic = basicUsername(request);
		String username = form ? request.getParameter("username") : basic;
		if (username == null || (!form && basic == null)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<LoginAttempts.Refusal> refusal = this.attempts.refusal(username, request.getRemoteAddr());
		if (refusal.isEmpty()) {
			chain.doFilter(request, response);
		}
		else if (form) {
			boolean account = refusal.get().reason() == LoginAttempts.Refusal.Reason.ACCOUNT;
			response.sendRedirect(request.getContextPath() + (account ? "/login?locked" : "/login?throttled"));
		}
		else {
			refuse(request, response, refusal.get());
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, LoginAttempts.Refusal refusal)
			throws IOException {
		ProblemDetail problem = ProblemDetail
			.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, (refusal.reason() == LoginAttempts.Refusal.Reason.ACCOUNT)
					? "This account is locked after too many failed logins. Try again later, or ask an administrator to unlock it."
					: "Too many failed logins from this address. Try again later.");
		problem.setTitle("Too many failed logins");
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds(this.clock.instant())));
		ServletServerHttpResponse output = new ServletServerHttpResponse(response);
		output.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
		this.converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, output);
		output.flush();
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The user name of HTTP Basic credentials, if the request carries readable ones. */
	private static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return (colon > 0) ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
