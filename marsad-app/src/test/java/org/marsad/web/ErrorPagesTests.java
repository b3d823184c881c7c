package org.marsad.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

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

	private static final String ADMIN_BASIC = "Basic "
			+ Base64.getEncoder().encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8));

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
	void malformedParameterIsArabicErrorPageForPeople() throws Exception {
		HttpResponse<String> response = loggedIn("admin", "admin-test-password").get("/test-number?n=%D9%A3x");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "تعذّر تنفيذ الطلب");
	}

	@Test
	void malformedParameterIsProblemForApiClients() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/api/test-number?n=x")).header("Authorization", ADMIN_BASIC).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
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
			.send(HttpRequest.newBuilder(uri("/api/test-failure")).header("Authorization", ADMIN_BASIC).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":500", "\"instance\":\"/api/test-failure\"")
			.doesNotContain(SECRET, "Exception", "trace");
	}

	private PageSession loggedIn(String username, String password) throws IOException, InterruptedException {
		return PageSession.logIn(this.port, username, password);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
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

		@GetMapping({ "/test-number", "/api/test-number" })
		@ResponseBody
		String number(@RequestParam int n) {
			return Integer.toString(n);
		}

		@GetMapping({ "/test-failure", "/api/test-failure" })
		String fail() {
			throw new IllegalStateException("contact of the source: " + SECRET);
		}

	}

}
