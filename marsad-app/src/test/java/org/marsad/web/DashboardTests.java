package org.marsad.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.intake.NewReport;
import org.marsad.intake.Reports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Test
	void listsTheLatestReports() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("documenter", null,
					AuthorityUtils.createAuthorityList("ROLE_DOCUMENTER")));
		try {
			this.reports.create(
					new NewReport("وصول ٢٠ شاحنة إلى مخيم الهول", "شاحنات", null, null, null, null, null, null),
					List.of());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String html = this.mvc.perform(get("/").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("أحدث التقارير").contains("وصول ٢٠ شاحنة إلى مخيم الهول");
	}

}
