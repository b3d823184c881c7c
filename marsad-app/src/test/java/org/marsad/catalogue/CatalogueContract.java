package org.marsad.catalogue;

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

/**
 * What the catalogue contracts share: one account per role (created through the
 * {@link Accounts} API), work done as a role outside a request, JSON helpers and a
 * snapshot of the catalogue tables, so that each refusal can be shown to leave them as
 * they were. Run against H2 and PostgreSQL by the concrete subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class CatalogueContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void createAccounts() {
		as(Role.ADMIN, () -> {
			for (Role role : Role.values()) {
				if (role != Role.ADMIN && !this.accounts.exists(username(role))) {
					this.accounts.create(username(role), password(role), role);
				}
			}
			return null;
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

	static <T> T as(Role role, java.util.function.Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated((role == Role.ADMIN) ? "admin" : username(role), null,
						AuthorityUtils.createAuthorityList(role.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static String toJson(Object body) {
		return JSON.writeValueAsString(body);
	}

	static JsonNode read(ResultActions actions) throws IOException {
		MvcResult result = actions.andReturn();
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	long rows(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/**
	 * Rows of every catalogue table and the sum of versions, to compare before and after.
	 */
	String snapshot() {
		return rows("place") + "/" + rows("place_alias") + "/" + rows("place_name") + "/" + rows("place_ancestor") + "/"
				+ rows("actor") + "/" + rows("actor_alias") + "/" + rows("actor_name") + "/"
				+ this.jdbc.sql("SELECT COALESCE(SUM(version), 0) FROM place").query(Long.class).single() + "/"
				+ this.jdbc.sql("SELECT COALESCE(SUM(version), 0) FROM actor").query(Long.class).single();
	}

	static Map<String, Object> place(String id, String nameAr, String nameEn, String kind, String parentId) {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("id", id);
		body.put("nameAr", nameAr);
		body.put("nameEn", nameEn);
		body.put("kind", kind);
		body.put("parentId", parentId);
		return body;
	}

}
