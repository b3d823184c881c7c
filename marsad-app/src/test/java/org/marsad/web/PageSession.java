package org.marsad.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's session with a running server over plain HTTP: logs in through the login
 * form (with its CSRF token) and keeps the session cookie, without a browser.
 */
public final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final int port;

	private PageSession(int port) {
		this.port = port;
	}

	/**
	 * Logs in and returns the session.
	 * @param port the server's port
	 * @param username the user name
	 * @param password the password
	 * @return the session
	 * @throws IllegalStateException when the login is refused
	 */
	public static PageSession logIn(int port, String username, String password)
			throws IOException, InterruptedException {
		PageSession session = new PageSession(port);
		Matcher token = CSRF.matcher(session.get("/login").body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> login = session.client.send(HttpRequest.newBuilder(session.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		Optional<String> next = login.headers().firstValue("Location");
		if (next.isEmpty() || next.get().contains("error")) {
			throw new IllegalStateException("login refused for " + username);
		}
		return session;
	}

	/**
	 * Fetches a page as a browser would, without following redirects.
	 * @param path the path and query
	 * @return the response
	 */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
