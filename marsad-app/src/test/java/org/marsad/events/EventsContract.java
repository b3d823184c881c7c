package org.marsad.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the events API contracts share: one account per role (created through the
 * {@link Accounts} API), the catalogue fixture, reports and sources stored through
 * intake's API, JSON helpers and counts of rows, so that each refusal can be shown to
 * leave the record as it was. Run against H2 and PostgreSQL by the concrete subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class EventsContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void prepare() {
		CatalogueFixture.ensure(this.jdbc);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
				AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
		SecurityContextHolder.setContext(context);
		try {
			for (Role role : Role.values()) {
				if (role != Role.ADMIN && !this.accounts.exists(username(role))) {
					this.accounts.create(username(role), "password-of-" + role.name().toLowerCase(), role);
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static RequestPostProcessor as(Role role) {
		return (role == Role.ADMIN) ? httpBasic("admin", "admin-test-password")
				: httpBasic(username(role), "password-of-" + role.name().toLowerCase());
	}

	static String username(Role role) {
		return "events-" + role.name().toLowerCase();
	}

	static JsonNode read(ResultActions actions) throws IOException {
		MvcResult result = actions.andReturn();
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	ResultActions send(MockHttpServletRequestBuilder request, Role role, Object body) throws Exception {
		return this.mvc.perform(request.with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)));
	}

	ResultActions post(String path, Role role, Object body) throws Exception {
		return send(MockMvcRequestBuilders.post(path), role, body);
	}

	ResultActions put(String path, Role role, Object body) throws Exception {
		return send(MockMvcRequestBuilders.put(path), role, body);
	}

	JsonNode get(String path, Role role) throws Exception {
		return read(this.mvc.perform(MockMvcRequestBuilders.get(path).with(as(role))).andExpect(status().isOk()));
	}

	String source(String pseudonym, String reliability) throws Exception {
		return read(post("/api/sources", Role.COORDINATOR,
				Map.of("pseudonym", pseudonym, "kind", "field_correspondent", "reliability", reliability))
			.andExpect(status().isCreated())).get("id").asString();
	}

	String report(String text, String sourceId, String publishedAt, int credibility) throws Exception {
		return read(post("/api/reports", Role.DOCUMENTER,
				Map.of("text", text, "sourceId", sourceId, "publishedAt", publishedAt, "credibility", credibility))
			.andExpect(status().isCreated())).get("id").asString();
	}

	ResultActions code(String reportId, Role role, Object submission) throws Exception {
		return post("/api/reports/" + reportId + "/coding", role, submission);
	}

	long rows(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/** Rows of every events table, to compare before and after. */
	String snapshot() {
		return rows("event") + "/" + rows("event_actor") + "/" + rows("event_report") + "/" + rows("figure") + "/"
				+ rows("claim") + "/" + rows("coding_change") + "/"
				+ this.jdbc.sql("SELECT COUNT(*) FROM report WHERE status = 'coded'").query(Long.class).single();
	}

}
