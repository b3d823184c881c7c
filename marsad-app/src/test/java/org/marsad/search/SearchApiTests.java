package org.marsad.search;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.intake.NewReport;
import org.marsad.intake.NewSource;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search through the API and the page, with reports stored through intake and indexed by
 * its event.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SearchApiTests {

	private static final String TEXT = "قُصِفَت المدرسة الابتدائيّة في دير الزور صباح يوم ٥ آذار، وأصيب ١٢ طالباً بجروح.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Autowired
	Sources sources;

	@Autowired
	Search search;

	private static boolean stored;

	@BeforeEach
	void storeReport() {
		asAdmin(() -> {
			if (!stored) {
				stored = true;
				String source = this.sources.create(new NewSource("الراصد ٧", "field_correspondent", "B", null, null))
					.id()
					.toString();
				this.reports.create(
						new NewReport(TEXT, "قصف مدرسة", "ar", "message", "2019-03-05T10:00:00Z", null, source, "2"),
						List.of());
			}
			return null;
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.search.query(SearchQuery.of("الابتدائية"), Viewer.of(Role.ANALYST)).total() > 0);
	}

	@Test
	void findsStoredReportWithHighlightedSnippet() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "ابتدائيه").with(user("analyst").roles(Role.ANALYST.name())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].title").value("قصف مدرسة"))
			.andExpect(jsonPath("$.hits[0].snippet[0].parts[?(@.highlighted == true)].text", hasItem("الابتدائيّة")));
	}

	@Test
	void returnsSourceToAnalyst() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "الابتدائية").with(user("analyst").roles(Role.ANALYST.name())))
			.andExpect(jsonPath("$.hits[0].source").value("الراصد ٧"))
			.andExpect(jsonPath("$.facets.source[*].value", hasItem("الراصد ٧")));
	}

	@Test
	void hidesSourceFromViewer() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "الابتدائية").with(user("viewer").roles(Role.VIEWER.name())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].source").doesNotExist())
			.andExpect(jsonPath("$.facets.source").doesNotExist())
			.andExpect(content().string(not(containsString("الراصد"))));
	}

	@Test
	void refusesUnreadableQueryAsProblemNamingQ() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "\"دير الزور").with(user("viewer").roles(Role.VIEWER.name())))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field").value("q"))
			.andExpect(jsonPath("$.errors[0].field").value("q"));
	}

	@Test
	void refusesUnreadableDateNamingIt() throws Exception {
		this.mvc.perform(get("/api/search").param("from", "٥ آذار").with(user("viewer").roles(Role.VIEWER.name())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("from"));
	}

	@Test
	void refusesAnonymousCaller() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "قصف")).andExpect(status().isUnauthorized());
	}

	@Test
	void showsResultsPageWithFacetsAndMarkedMatch() throws Exception {
		this.mvc.perform(get("/search").param("q", "الابتدائية").with(user("analyst").roles(Role.ANALYST.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>الابتدائيّة</mark>")))
			.andExpect(content().string(containsString("dir=\"auto\"")))
			.andExpect(content().string(containsString("language=ar")));
	}

	private static <T> T asAdmin(Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
				AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
