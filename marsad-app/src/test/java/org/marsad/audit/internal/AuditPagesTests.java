package org.marsad.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void entriesByTwoPeople() {
		record("rana.ali", "created", "<script>alert(1)</script>");
		record("rana.ali", "corrected", "r-1");
		record("omar", "graded", "s-1");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void administratorsSeeTheLogNewestFirst() throws Exception {
		Document page = page("/admin/audit");
		assertThat(page.select("#audit-entries tbody tr")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.select("#audit-entries tbody tr td:nth-child(3)").first().text()).isEqualTo("omar");
		assertThat(page.select("h1").text()).isEqualTo("سجل التدقيق");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void filtersByWhoActionKindAndDay() throws Exception {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Document page = page("/admin/audit?actor=rana.ali&action=corrected&kind=report&from=" + today + "&to=" + today);
		assertThat(page.select("#audit-entries tbody tr td:nth-child(6)").eachText()).containsOnly("r-1");
		assertThat(page("/admin/audit?actor=rana.ali&to=2001-01-01").select("#audit-entries")).isEmpty();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void showsRecordIdsAsText() throws Exception {
		String html = this.mvc.perform(get("/admin/audit?actor=rana.ali"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void aBadDateIsNamedNextToItsField() throws Exception {
		String html = this.mvc.perform(get("/admin/audit?from=1447-رمضان"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(html).select("#audit-filters .error").text()).contains("YYYY-MM-DD");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void pagesThroughOlderEntries() throws Exception {
		for (int i = 0; i < 55; i++) {
			record("paging", "created", "p-" + i);
		}
		Document first = page("/admin/audit?actor=paging");
		assertThat(first.select("#audit-entries tbody tr")).hasSize(50);
		assertThat(first.select("a[rel=next]").attr("href")).contains("page=1").contains("actor=paging");
		assertThat(page("/admin/audit?actor=paging&page=1").select("#audit-entries tbody tr")).hasSize(5);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void verificationPageSaysTheChainIsIntact() throws Exception {
		assertThat(page("/admin/audit/verify").select("#chain-intact")).hasSize(1);
	}

	@Test
	@WithMockUser(username = "coordinator", roles = "COORDINATOR")
	void othersAreRefused() throws Exception {
		this.mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit/verify")).andExpect(status().isForbidden());
	}

	@Test
	void theApiServesAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/api/audit?actor=omar").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].actor").value("omar"));
		this.mvc.perform(get("/api/audit/verify").with(httpBasic("admin", "admin-test-password")))
			.andExpect(jsonPath("$.breaks.length()").value(0));
		this.mvc.perform(get("/api/audit?size=500").with(httpBasic("admin", "admin-test-password")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("size"));
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private void record(String actor, String action, String id) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
				AuthorityUtils.createAuthorityList("ROLE_DOCUMENTER")));
		SecurityContextHolder.setContext(context);
		try {
			new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.log.record(
					AuditRecord.of(action, action.equals("graded") ? "source" : "report", id, null, Map.of("n", id))));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
