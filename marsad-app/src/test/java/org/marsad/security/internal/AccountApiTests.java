package org.marsad.security.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountApiTests {

	private static final String ADMIN_PASSWORD = "admin-test-password";

	private static final String PASSWORD = "قمرٌ فوق حلب ١٢٣٤";

	@Autowired
	MockMvc mvc;

	@Test
	void adminListsAccountsWithoutHashes() throws Exception {
		this.mvc.perform(get("/api/accounts").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'admin')].role").value("ADMIN"))
			.andExpect(content().string(not(containsString("bcrypt"))));
	}

	@Test
	void adminCreatesAccountAndGetsItsLocation() throws Exception {
		this.mvc
			.perform(post("/api/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"api.made\",\"displayName\":\"سامر\",\"password\":\"" + PASSWORD
						+ "\",\"role\":\"ANALYST\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/accounts/api.made"))
			.andExpect(jsonPath("$.displayName").value("سامر"))
			.andExpect(content().string(not(containsString(PASSWORD))));
	}

	@Test
	void adminChangesRoleAndDisablesWithPatch() throws Exception {
		this.mvc.perform(post("/api/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"api.patched\",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\"}"));
		this.mvc
			.perform(patch("/api/accounts/api.patched").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"ANALYST\",\"enabled\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("ANALYST"))
			.andExpect(jsonPath("$.enabled").value(false));
	}

	@Test
	void demotingTheLastAdminIsProblemNamingTheRole() throws Exception {
		this.mvc
			.perform(patch("/api/accounts/admin").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"VIEWER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("role"))
			.andExpect(jsonPath("$.errors[0].code").value("account.lastAdmin"));
	}

	@Test
	void shortPasswordIsProblemNamingThePasswordField() throws Exception {
		this.mvc
			.perform(post("/api/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"short.api\",\"password\":\"قصيرة\",\"role\":\"VIEWER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("password"))
			.andExpect(jsonPath("$.errors[0].code").value("account.password.tooShort"))
			.andExpect(content().string(not(containsString("قصيرة\""))));
	}

	@Test
	void problemMessageIsEnglishUnlessArabicIsAsked() throws Exception {
		String body = "{\"username\":\"ع\",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\"}";
		this.mvc
			.perform(post("/api/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Latin letters")));
		this.mvc
			.perform(post("/api/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
				.header("Accept-Language", "ar")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(jsonPath("$.field").value("username"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("حروف لاتينية")));
	}

	@Test
	void unknownRoleIsProblemNamingTheRoleField() throws Exception {
		this.mvc
			.perform(post("/api/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"king.api\",\"password\":\"" + PASSWORD + "\",\"role\":\"KING\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("role"));
	}

	@Test
	void missingCredentialsAreProblemWithBasicChallenge() throws Exception {
		this.mvc.perform(get("/api/accounts"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void wrongPasswordIsProblem() throws Exception {
		this.mvc.perform(get("/api/accounts").with(httpBasic("admin", "wrong-password-here")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void otherRolesAreRefusedWithProblem() throws Exception {
		this.mvc.perform(post("/api/accounts").with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"api.viewer\",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\"}"));
		this.mvc.perform(get("/api/accounts").with(httpBasic("api.viewer", PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void unknownApiPathIsProblem() throws Exception {
		this.mvc.perform(get("/api/no-such-thing").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void unknownAccountIsProblem() throws Exception {
		this.mvc.perform(get("/api/accounts/nobody.at.all").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
