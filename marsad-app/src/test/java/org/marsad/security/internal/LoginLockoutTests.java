package org.marsad.security.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.marsad.audit.AuditFilter;
import org.marsad.audit.AuditLog;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Throttling and lockout of logins, with short limits: 3 failures lock an account for 2
 * seconds; 6 failures from one address within 3 seconds stop that address. Each test uses
 * accounts and addresses of its own.
 */
@SpringBootTest(properties = { "marsad.login.max-failures=3", "marsad.login.lock-for=2s",
		"marsad.login.max-address-failures=6", "marsad.login.address-window=3s" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginLockoutTests {

	private static final String PASSWORD = "نخلةٌ في الصحراء 17";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Test
	void anAccountIsLockedAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		account("lock.form");
		fail("lock.form", "10.0.1.1", 3);
		login("lock.form", PASSWORD, "10.0.1.1").andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login?locked"))
			.andExpect(content().string(containsString("هذا الحساب مقفل بعد محاولات دخول فاشلة كثيرة")));
	}

	@Test
	void aLockedAccountIsRefusedOverTheApiWithRetryAfter() throws Exception {
		account("lock.api");
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(get("/api/reports").with(httpBasic("lock.api", "not the password")).with(from("10.0.1.2")))
				.andExpect(status().isUnauthorized());
		}
		String body = this.mvc.perform(get("/api/reports").with(httpBasic("lock.api", PASSWORD)).with(from("10.0.1.2")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.detail").value(containsString("locked")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain(PASSWORD);
	}

	@Test
	void aLockEndsByItself() throws Exception {
		account("lock.wait");
		fail("lock.wait", "10.0.1.3", 3);
		login("lock.wait", PASSWORD, "10.0.1.3").andExpect(redirectedUrl("/login?locked"));
		Thread.sleep(2200);
		login("lock.wait", PASSWORD, "10.0.1.3").andExpect(redirectedUrl("/"));
	}

	@Test
	void anAdministratorUnlocksAndBothAreAudited() throws Exception {
		account("lock.admin");
		fail("lock.admin", "10.0.1.4", 3);
		this.mvc
			.perform(patch("/api/accounts/lock.admin").with(httpBasic("admin", "admin-test-password"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"locked\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lockedUntil").doesNotExist());
		login("lock.admin", PASSWORD, "10.0.1.4").andExpect(redirectedUrl("/"));
		TestAccounts.asAdmin(() -> assertThat(
				this.audit.find(new AuditFilter(null, null, "account", "lock.admin", null, null), 0, 10).items())
			.extracting("action")
			.containsSubsequence("unlocked", "locked"));
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() throws Exception {
		account("lock.reset");
		fail("lock.reset", "10.0.1.5", 2);
		login("lock.reset", PASSWORD, "10.0.1.5").andExpect(redirectedUrl("/"));
		fail("lock.reset", "10.0.1.5", 2);
		login("lock.reset", PASSWORD, "10.0.1.5").andExpect(redirectedUrl("/"));
	}

	@Test
	void aNameOfNoAccountIsRefusedTheSameWay() throws Exception {
		fail("no.such.person", "10.0.1.6", 3);
		login("no.such.person", PASSWORD, "10.0.1.6").andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void anAddressThatKeepsFailingIsStoppedWhateverNameItTries() throws Exception {
		account("throttle.victim");
		for (int i = 0; i < 6; i++) {
			fail("guess." + i, "10.0.2.1", 1);
		}
		login("throttle.victim", PASSWORD, "10.0.2.1").andExpect(redirectedUrl("/login?throttled"));
		login("throttle.victim", PASSWORD, "10.0.2.2").andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/login?throttled"))
			.andExpect(content().string(containsString("محاولات دخول فاشلة كثيرة من عنوانك")));
	}

	private void account(String username) {
		TestAccounts.create(this.accounts, username, PASSWORD, Role.DOCUMENTER);
	}

	private void fail(String username, String address, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			login(username, "كلمة خاطئة " + i, address).andExpect(redirectedUrl("/login?error"));
		}
	}

	private ResultActions login(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
