package org.marsad.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.marsad.security.Accounts;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages come from the real servlet container's error dispatch, so these tests talk
 * HTTP to a running server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesTests {

	private static final String PASSWORD = "شجرةُ الليمون 4567";

	private static final String SECRET = "+963 944 000 111";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void unknownPageIsArabicNotFoundPage() throws Exception {
		HttpResponse<String> response = loggedIn("admin", "admin-test-password").get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "الصفحة غير موجودة");
	}

	@Test
	void unknownPageIsEnglishNotFoundPageOnRequest() throws Exception {
		HttpResponse<String> response = loggedIn("admin", "admin-test-password").get("/no-such-page?lang=en");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"en\" dir=\"ltr\">", "Page not found");
	}

	@Test
	void refusedPageIsBilingualForbiddenPage() throws Exception {
		TestAccounts.create(this.accounts, "error.viewer", PASSWORD, Role.VIEWER);
		HttpResponse<String> response = loggedIn("error.viewer", PASSWORD).get("/admin/accounts");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("غير مسموح").doesNotContain("href=\"/admin/accounts\"");
	}

	@Test
	void failurePageShowsNoStackTraceAndNothingProtected() throws Exception {
		HttpResponse<String> response = loggedIn("admin", "admin-test-password").get("/test-failure");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("حدث خطأ")
			.doesNotContain(SECRET, "Exception", "at org.", "FailingController");
	}

	@Test
	void apiFailureIsProblemWithoutDetails() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/test-failure"))
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder()
							.encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":500", "\"instance\":\"/api/test-failure\"")
			.doesNotContain(SECRET, "Exception", "trace");
	}

	private Session loggedIn(String username, String password) throws IOException, InterruptedException {
		Session session = new Session(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		Matcher token = CSRF.matcher(session.get("/login").body());
		assertThat(token.find()).isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(token.group(1));
		HttpResponse<String> login = session.client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).doesNotContain("error"));
		return session;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private final class Session {

		private final HttpClient client;

		Session(HttpClient client) {
			this.client = client;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPage {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@Controller
	static class FailingController {

		@GetMapping({ "/test-failure", "/api/test-failure" })
		String fail() {
			throw new IllegalStateException("contact of the source: " + SECRET);
		}

	}

}
