package org.marsad.security.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Size limits on what a request may carry: bodies (1 MB unless a report's text or an
 * upload), and headers (8 KB, Tomcat's own limit).
 */
@SpringBootTest(properties = "marsad.max-upload=4MB")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RequestLimitsTests {

	static final String ADMIN = "admin-test-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLargeJsonBodyIsRefusedBeforeItIsRead() throws Exception {
		long before = rows("source");
		String body = "{\"pseudonym\": \"" + "ح".repeat(600_000) + "\"}";
		this.mvc
			.perform(post("/api/sources").with(httpBasic("admin", ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.field").value("body"));
		assertThat(rows("source")).isEqualTo(before);
	}

	@Test
	void aLargeAccountBodyIsRefused() throws Exception {
		this.mvc
			.perform(post("/api/accounts").with(httpBasic("admin", ADMIN))
				.contentType(MediaType.APPLICATION_JSON)
				.content(("{\"username\": \"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isPayloadTooLarge());
	}

	@Test
	void aLargeFormIsRefused() throws Exception {
		long before = rows("source");
		this.mvc
			.perform(post("/sources").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(("pseudonym=" + "x".repeat(1_100_000)).getBytes(StandardCharsets.US_ASCII)))
			.andExpect(status().isPayloadTooLarge());
		assertThat(rows("source")).isEqualTo(before);
	}

	@Test
	void uploadsAreLimitedByTheirOwnLimitNotTheBodyLimit() throws Exception {
		byte[] file = new byte[2_000_000];
		file[0] = '%';
		file[1] = 'P';
		file[2] = 'D';
		file[3] = 'F';
		this.mvc
			.perform(
					multipart("/api/reports").file(new MockMultipartFile("files", "تقرير.pdf", "application/pdf", file))
						.param("text", "تقرير طويل مرفق")
						.with(httpBasic("admin", ADMIN)))
			.andExpect(status().isCreated());
	}

	private long rows(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
	@ActiveProfiles("test")
	class OnTheServer {

		@LocalServerPort
		int port;

		@Test
		void aHeaderLargerThanEightKilobytesIsRefused() throws Exception {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
					.header("X-Padding", "x".repeat(9000))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("Tomcat");
		}

	}

}
