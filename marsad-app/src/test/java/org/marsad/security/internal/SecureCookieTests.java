package org.marsad.security.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session cookies on a real server: HttpOnly and SameSite always, Secure when the request
 * came over HTTPS (as a TLS proxy says with {@code X-Forwarded-Proto} when
 * {@code MARSAD_FORWARD_HEADERS=native}), or always with {@code MARSAD_SECURE_COOKIES}.
 */
class SecureCookieTests {

	static List<String> cookies(int port, String forwardedProto) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto);
		}
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(request.build(), HttpResponse.BodyHandlers.discarding());
		return response.headers().allValues("Set-Cookie");
	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
	@ActiveProfiles("test")
	class BehindATlsProxy {

		@LocalServerPort
		int port;

		@Test
		void plainHttpCookiesAreHttpOnlyButNotSecure() throws Exception {
			assertThat(cookies(this.port, null)).singleElement()
				.satisfies((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
					.contains("HttpOnly")
					.contains("SameSite=Lax")
					.doesNotContain("Secure"));
		}

		@Test
		void cookiesOfRequestsThatCameOverHttpsAreSecure() throws Exception {
			assertThat(cookies(this.port, "https")).singleElement()
				.satisfies((cookie) -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "server.servlet.session.cookie.secure=true")
	@ActiveProfiles("test")
	class AlwaysSecure {

		@LocalServerPort
		int port;

		@Test
		void cookiesAreSecureEvenOverPlainHttp() throws Exception {
			assertThat(cookies(this.port, null)).singleElement()
				.satisfies((cookie) -> assertThat(cookie).contains("Secure"));
		}

	}

}
