package org.marsad.security.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session known before login (planted by an attacker, OWASP "Session fixation") is
 * never the one that is logged in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SessionFixationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void loginStartsANewSessionAndEndsTheOldOne() throws Exception {
		MockHttpSession planted = new MockHttpSession();
		this.mvc.perform(get("/login").session(planted)).andExpect(status().isOk());
		MvcResult login = this.mvc
			.perform(post("/login").session(planted)
				.param("username", "admin")
				.param("password", "admin-test-password")
				.with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(login.getRequest().getSession(false)).isNotNull();
		assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(planted.getId());
		assertThat(planted.isInvalid()).isTrue();
	}

	@Test
	void thePlantedSessionIsNotLoggedIn() throws Exception {
		MockHttpSession planted = new MockHttpSession();
		this.mvc.perform(get("/login").session(planted));
		this.mvc.perform(post("/login").session(planted)
			.param("username", "admin")
			.param("password", "admin-test-password")
			.with(csrf()));
		MockHttpSession replayed = new MockHttpSession(null, planted.getId());
		this.mvc.perform(get("/").session(replayed)).andExpect(redirectedUrl("/login"));
	}

}
