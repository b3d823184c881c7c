package org.marsad.security.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountPagesTests {

	private static final String PASSWORD = "نخلةٌ في الصحراء 17";

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminSeesAccountListInArabic() throws Exception {
		this.mvc.perform(get("/admin/accounts"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("الحسابات")))
			.andExpect(content().string(containsString("مدير النظام")));
	}

	@Test
	@WithMockUser(username = "documenter", roles = "DOCUMENTER")
	void documenterIsRefusedTheAdminPages() throws Exception {
		this.mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void formCreatesAccountThatCanLogIn() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.param("username", "Rana.Ali")
				.param("displayName", "رنا علي")
				.param("password", PASSWORD)
				.param("role", "DOCUMENTER"))
			.andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(formLogin().user("rana.ali").password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void userNameIsMatchedWhateverItsCase() throws Exception {
		this.mvc.perform(formLogin().user(" Admin ").password("admin-test-password")).andExpect(redirectedUrl("/"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void formShowsRuleNextToFieldAndNeverEchoesPassword() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").with(csrf())
				.param("username", "short.pass")
				.param("password", "قصيرة جداً")
				.param("role", "VIEWER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("12 محرفاً على الأقل")))
			.andExpect(content().string(not(containsString("قصيرة جداً"))));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void formWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/admin/accounts").param("username", "no.token").param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void disabledAccountCannotLogIn() throws Exception {
		this.mvc.perform(post("/admin/accounts").with(csrf())
			.param("username", "to.disable")
			.param("password", PASSWORD)
			.param("role", "ANALYST"));
		this.mvc.perform(post("/admin/accounts/to.disable").with(csrf()).param("role", "ANALYST"))
			.andExpect(redirectedUrl("/admin/accounts"));
		this.mvc.perform(formLogin().user("to.disable").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void unknownAccountPageIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/accounts/nobody.at.all"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("الصفحة غير موجودة")));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void everyoneChangesOwnPasswordAfterGivingTheCurrentOne() throws Exception {
		this.mvc.perform(post("/admin/accounts").with(csrf())
			.param("username", "own.change")
			.param("password", PASSWORD)
			.param("role", "VIEWER"));
		String newPassword = "زيتونةٌ خضراء 2026";
		this.mvc
			.perform(post("/account/password").with(csrf())
				.with(user("own.change").roles("VIEWER"))
				.param("currentPassword", PASSWORD)
				.param("newPassword", newPassword)
				.param("confirmation", newPassword))
			.andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(formLogin().user("own.change").password(newPassword)).andExpect(redirectedUrl("/"));
		this.mvc.perform(formLogin().user("own.change").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void wrongCurrentPasswordIsShownNextToItsField() throws Exception {
		this.mvc
			.perform(post("/account/password").with(csrf())
				.param("currentPassword", "ليست كلمة المرور")
				.param("newPassword", PASSWORD)
				.param("confirmation", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("كلمة المرور الحالية غير صحيحة")));
	}

}
