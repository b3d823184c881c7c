package org.marsad.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page says which language it is in and which way it runs: Arabic right-to-left by
 * default, English left-to-right after {@code ?lang=en}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "admin", roles = "ADMIN")
class PageLanguageTests {

	private static final String ARABIC_ROOT = "<html lang=\"ar\" dir=\"rtl\">";

	private static final String ENGLISH_ROOT = "<html lang=\"en\" dir=\"ltr\">";

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/admin/accounts", "/admin/accounts/new", "/admin/accounts/admin",
			"/account/password", "/reports", "/reports/new", "/sources", "/sources/new", "/search" })
	void pageIsArabicRightToLeftByDefault(String page) throws Exception {
		this.mvc.perform(get(page)).andExpect(status().isOk()).andExpect(content().string(containsString(ARABIC_ROOT)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/login", "/admin/accounts", "/admin/accounts/new", "/admin/accounts/admin",
			"/account/password", "/reports", "/reports/new", "/sources", "/sources/new", "/search" })
	void langParameterSwitchesPageToEnglishLeftToRight(String page) throws Exception {
		this.mvc.perform(get(page).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ENGLISH_ROOT)))
			.andExpect(cookie().value("marsad-lang", "en"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/reports", "/sources", "/search" })
	void everyPageOffersTheSearchBox(String page) throws Exception {
		this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("role=\"search\" action=\"/search\" method=\"get\"")));
	}

	@Test
	void chosenLanguageIsRemembered() throws Exception {
		this.mvc.perform(get("/").cookie(new Cookie("marsad-lang", "en")))
			.andExpect(content().string(containsString(ENGLISH_ROOT)))
			.andExpect(content().string(containsString("Dashboard")));
	}

	@Test
	void browserLanguageIsUsedWhenNothingWasChosen() throws Exception {
		this.mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.8"))
			.andExpect(content().string(containsString(ENGLISH_ROOT)));
	}

	@Test
	void unsupportedLanguageFallsBackToArabic() throws Exception {
		this.mvc.perform(get("/").header("Accept-Language", "fr-FR"))
			.andExpect(content().string(containsString(ARABIC_ROOT)));
	}

	@Test
	void languageSwitchKeepsThePageAndItsQuery() throws Exception {
		this.mvc.perform(get("/admin/accounts?sort=role"))
			.andExpect(content().string(containsString("href=\"/admin/accounts?sort=role&amp;lang=en\"")));
	}

	@Test
	void navigationShowsAdministrationToAdmins() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(containsString("href=\"/admin/accounts\"")))
			.andExpect(content().string(containsString("href=\"/reports/new\"")));
	}

	@Test
	@WithMockUser(username = "analyst", roles = "ANALYST")
	void navigationHidesWhatTheRoleMayNotDo() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(not(containsString("href=\"/admin/accounts\""))))
			.andExpect(content().string(not(containsString("href=\"/reports/new\""))))
			.andExpect(content().string(containsString("href=\"/reports\"")));
	}

}
