package org.marsad.security.internal;

import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginTests {

	@Autowired
	MockMvc mvc;

	@Test
	void firstStartCreatesAdminWithConfiguredPassword() throws Exception {
		this.mvc.perform(formLogin().user("admin").password("admin-test-password")).andExpect(authenticated());
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		this.mvc.perform(formLogin().user("admin").password("not-the-password")).andExpect(unauthenticated());
	}

	@Test
	void pagesRequireLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void apiAnswers401WithoutCredentials() throws Exception {
		this.mvc.perform(get("/api/reports")).andExpect(status().isUnauthorized());
	}

	@Test
	void loginPageSpeaksArabicRightToLeftByDefault() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("تسجيل الدخول")));
	}

	@Test
	void languageSwitchShowsEnglishLeftToRight() throws Exception {
		this.mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Log in")));
	}

	@Test
	void pagesCarryContentSecurityPolicyWithoutInlineScript() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
	}

}
