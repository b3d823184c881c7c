package org.marsad.bench.events;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's session with the application's pages, as a browser holds it: logged in once
 * through the login form (with its CSRF token), then a session cookie. Pages are timed
 * this way rather than through the API, whose HTTP Basic check hashes the password on
 * every request and would measure bcrypt instead of the list.
 */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.connectTimeout(TIMEOUT)
		.build();

	private final URI base;

	private PageSession(URI base) {
		this.base = base;
	}

	static PageSession logIn(URI base, String user, String password) throws IOException, InterruptedException {
		PageSession session = new PageSession(base);
		Matcher token = CSRF.matcher(session.get("/login").body());
		if (!token.find()) {
			throw new IOException("no CSRF token on the login page");
		}
		String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
		HttpResponse<String> login = session.client.send(HttpRequest.newBuilder(base.resolve("/login"))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String next = login.headers().firstValue("Location").orElse("error");
		if (next.contains("error")) {
			throw new IOException("login refused for " + user);
		}
		return session;
	}

	/** Fetches a page as a browser would, without following redirects. */
	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(TIMEOUT)
			.header("Accept", "text/html")
			.header("Accept-Language", "ar")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
