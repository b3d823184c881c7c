package org.marsad.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Failing requests that carry protected values and passwords: neither the responses nor
 * the log (everything the application printed meanwhile) repeat them, and no response
 * holds a stack trace or an exception's name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class NoLeaksTests {

	static final String CONTACT = "واتساب +963 944 777 123 أم خالد";

	static final String PASSWORD = "سر-لا-يقال-أبداً-٢٠٢٦";

	static final List<String> SECRETS = List.of(CONTACT, "944 777 123", PASSWORD, "سر-لا-يقال");

	static final List<String> TRACES = List.of("Exception", "\tat ", "java.", "org.springframework", "org.marsad",
			"SQL", "stackTrace", "trace");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void failingRequestsLeakNothing(CapturedOutput output) throws Exception {
		TestAccounts.create(this.accounts, "leak.coordinator", "leak-coordinator-password", Role.COORDINATOR);
		List<MockHttpServletResponse> responses = new ArrayList<>();
		String id = UUID.randomUUID().toString();
		for (RequestBuilder request : List.of(
				json(post("/api/sources"), "{\"pseudonym\": \"\", \"contact\": \"" + CONTACT + "\"}"),
				json(post("/api/sources"),
						"{\"pseudonym\": \"أم خالد\", \"contact\": \"" + CONTACT.repeat(100) + "\"}"),
				json(post("/api/sources"), "{\"pseudonym\": \"أم خالد\", \"contact\": \"" + CONTACT + "\""),
				json(post("/api/sources"),
						"{\"pseudonym\": \"أم خالد\", \"contact\": {\"phone\": \"" + CONTACT + "\"}}"),
				json(post("/api/sources"), "{\"pseudonym\": \"أم خالد\", \"kind\": \"" + CONTACT + "\"}"),
				json(put("/api/sources/" + id + "/reliability"), "{\"reliability\": \"" + CONTACT + "\"}"),
				json(put("/api/sources/not-a-uuid/reliability"), "{\"reliability\": \"A\"}"),
				json(post("/api/reports"), "{\"text\": \"نص\", \"sourceId\": \"" + CONTACT + "\"}"),
				json(post("/api/reports"), "{\"text\": \"نص\", \"receivedAt\": \"" + CONTACT + "\"}"),
				get("/api/reports?from=" + CONTACT).with(coordinator()), get("/api/reports/" + id).with(coordinator()),
				get("/api/attachments/" + CONTACT).with(coordinator()),
				json(post("/api/accounts"),
						"{\"username\": \"x\", \"password\": \"" + PASSWORD + "\", \"role\": \"KING\"}"),
				get("/api/reports").with(httpBasic("leak.coordinator", PASSWORD)),
				get("/api/reports").with(httpBasic(PASSWORD, PASSWORD)),
				post("/login").param("username", "leak.coordinator").param("password", PASSWORD).with(csrf()),
				post("/login").param("username", PASSWORD).param("password", PASSWORD).with(csrf()),
				post("/sources").param("pseudonym", "").param("contact", CONTACT).with(csrf()),
				get("/sources/" + CONTACT))) {
			responses.add(this.mvc.perform(request).andReturn().getResponse());
		}
		for (MockHttpServletResponse response : responses) {
			assertThat(response.getStatus()).isGreaterThanOrEqualTo(300).isLessThan(500);
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			for (String secret : SECRETS) {
				assertThat(body).doesNotContain(secret);
			}
			for (String trace : TRACES) {
				assertThat(body).doesNotContain(trace);
			}
		}
		assertThat(output.getAll()).as("the log was captured")
			.contains("Failed login for leak.coordinator")
			.contains("Failed login for a name of no account");
		for (String secret : SECRETS) {
			assertThat(output.getAll()).doesNotContain(secret);
		}
	}

	private static RequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
		return request.with(coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.getBytes(StandardCharsets.UTF_8));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return httpBasic("leak.coordinator", "leak-coordinator-password");
	}

}
