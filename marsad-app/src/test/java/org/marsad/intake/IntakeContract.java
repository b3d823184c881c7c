package org.marsad.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.marsad.settings.MarsadProperties;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the intake API contracts share: one account per role (created through the
 * {@link Accounts} API), JSON helpers and counts of rows and stored files, so that each
 * refusal can be shown to leave earlier data intact. Run against H2 and PostgreSQL by the
 * concrete subclasses.
 */
@SpringBootTest(properties = { "marsad.max-upload=1MB", "marsad.max-report-text=1MB" })
@AutoConfigureMockMvc
abstract class IntakeContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MarsadProperties properties;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void createAccounts() {
		runAsAdmin(() -> {
			for (Role role : Role.values()) {
				if (role != Role.ADMIN && !this.accounts.exists(username(role))) {
					this.accounts.create(username(role), password(role), role);
				}
			}
		});
	}

	static RequestPostProcessor as(Role role) {
		return (role == Role.ADMIN) ? httpBasic("admin", "admin-test-password")
				: httpBasic(username(role), password(role));
	}

	static String username(Role role) {
		return "test-" + role.name().toLowerCase();
	}

	static String password(Role role) {
		return "password-of-" + role.name().toLowerCase();
	}

	static void runAsAdmin(Runnable work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
				AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static String toJson(Map<String, ?> body) {
		return JSON.writeValueAsString(body);
	}

	static String bodyOf(ResultActions actions) {
		return new String(actions.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static JsonNode read(MvcResult result) throws IOException {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	ResultActions postReport(Role role, Map<String, ?> body) throws Exception {
		return this.mvc.perform(post("/api/reports").with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(body).getBytes(StandardCharsets.UTF_8)));
	}

	JsonNode created(Map<String, ?> body) throws Exception {
		return read(postReport(Role.DOCUMENTER, body).andExpect(status().isCreated()).andReturn());
	}

	String createSource(String pseudonym, String contact) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/sources").with(as(Role.COORDINATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("pseudonym", pseudonym, "kind", "field_correspondent", "reliability", "B",
						"contact", contact))))
			.andExpect(status().isCreated())
			.andReturn();
		return read(result).get("id").asString();
	}

	long rows(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	long storedFiles() throws IOException {
		Path root = this.properties.attachments();
		if (!Files.isDirectory(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	/** Rows of every intake table and stored files, to compare before and after. */
	String snapshot() throws IOException {
		return rows("source") + "/" + rows("report") + "/" + rows("report_version") + "/" + rows("attachment") + "/"
				+ storedFiles();
	}

}
