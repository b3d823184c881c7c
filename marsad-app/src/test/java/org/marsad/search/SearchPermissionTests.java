package org.marsad.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.intake.NewReport;
import org.marsad.intake.NewSource;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What each role may find through the search API and page: a report with a source, a
 * publishable and an internal event, and an internal person, all about the town of
 * al-Sha'fah.
 * <ul>
 * <li>Administrators, coordinators, documenters and analysts see source pseudonyms and
 * internal records, marked internal.</li>
 * <li>Viewers see neither: not in hits, totals, facet counts, facet values or highlights,
 * and filtering by either is refused.</li>
 * <li>Without an account nothing is served.</li>
 * </ul>
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SearchPermissionTests {

	private static final String TOWN = "الشعفة";

	private static final String PSEUDONYM = "الراصد ٩";

	private static final String INTERNAL_WORD = "إعدام";

	private static final UUID INTERNAL_EVENT = UUID.fromString("00000000-0000-0000-0000-0000000000e2");

	private static final CatalogueEntry SHAAFAH = CatalogueEntry.of("C5140", TOWN, "Al-Sha'fah");

	private static final CatalogueEntry DEIR_EZ_ZOR = CatalogueEntry.of("SY09", "دير الزور", "Deir ez-Zor");

	private static final CatalogueEntry SDF = CatalogueEntry.of("sdf", "قوات سوريا الديمقراطية", "SDF");

	private static final CatalogueEntry ISIS = CatalogueEntry.of("isis", "تنظيم الدولة الإسلامية", "Islamic State");

	private static boolean stored;

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Autowired
	Sources sources;

	@Autowired
	Search search;

	@BeforeEach
	void storeRecords() {
		if (!stored) {
			stored = true;
			TestAccounts.asAdmin(this::storeReport);
			this.search.index(new EventDocument(UUID.randomUUID(), "displacement", null, LocalDate.parse("2019-02-20"),
					LocalDate.parse("2019-02-21"), "نزوح عشرات العائلات من بلدة الشعفة نحو مخيّم الهول.", null,
					List.of(SHAAFAH, DEIR_EZ_ZOR), List.of(SDF), "fair", Confidentiality.PUBLISHABLE,
					Instant.parse("2019-02-22T00:00:00Z")));
			this.search.index(new EventDocument(INTERNAL_EVENT, "violence_against_civilians", null,
					LocalDate.parse("2019-02-23"), LocalDate.parse("2019-02-23"),
					"إعدام ميداني لشابين في بلدة الشعفة، بحسب شاهد من السوسة.", null, List.of(SHAAFAH, DEIR_EZ_ZOR),
					List.of(ISIS), "single_source", Confidentiality.INTERNAL, Instant.parse("2019-02-24T00:00:00Z")));
			this.search.index(new PersonDocument(UUID.randomUUID(), List.of("عبد الرحمن الشعفي"),
					List.of("Abdulrahman al-Shaafi"), "male", "SY", List.of(SHAAFAH, DEIR_EZ_ZOR),
					Confidentiality.INTERNAL, Instant.parse("2019-02-25T00:00:00Z")));
		}
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.search.query(SearchQuery.of(TOWN).filter("kind", "report"), Viewer.of(Role.ADMIN))
				.total() > 0);
	}

	private void storeReport() {
		String source = this.sources.create(new NewSource(PSEUDONYM, "resident", "C", null, null)).id().toString();
		this.reports.create(new NewReport("وصلت قافلة مساعدات إلى بلدة الشعفة صباح اليوم وسط انتشار أمني.",
				"قافلة إلى الشعفة", "ar", "message", "2019-02-26T09:00:00Z", null, source, "3"), List.of());
	}

	private static MockHttpServletRequestBuilder api(String query, Role role) {
		return get("/api/search").param("q", query).with(user(role.name().toLowerCase()).roles(role.name()));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleFindsTheReportAndThePublishableEvent(Role role) throws Exception {
		this.mvc.perform(api(TOWN, role))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].kind", hasItem("report")))
			.andExpect(jsonPath("$.hits[?(@.kind == 'event')].internal", hasItem(false)));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRolePageShowsTheReportAndThePublishableEvent(Role role) throws Exception {
		this.mvc.perform(get("/search").param("q", "نزوح OR قافلة").with(user("someone").roles(role.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>قافلة</mark>")))
			.andExpect(content().string(containsString("<mark>نزوح</mark>")));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR", "DOCUMENTER", "ANALYST" })
	void staffPageShowsTheInternalEvent(Role role) throws Exception {
		this.mvc.perform(get("/search").param("q", TOWN).with(user("someone").roles(role.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/events/" + INTERNAL_EVENT)));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR", "DOCUMENTER", "ANALYST" })
	void staffSeeSourcePseudonym(Role role) throws Exception {
		this.mvc.perform(api(TOWN, role).param("kind", "report"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].source").value(PSEUDONYM))
			.andExpect(jsonPath("$.facets.source[*].value", hasItem(PSEUDONYM)));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR", "DOCUMENTER", "ANALYST" })
	void staffFindInternalRecordsMarkedInternal(Role role) throws Exception {
		this.mvc.perform(api(TOWN, role))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.hits[?(@.id == '" + INTERNAL_EVENT + "')].internal", hasItem(true)))
			.andExpect(jsonPath("$.facets.kind[?(@.value == 'person')].count", hasItem(1)))
			.andExpect(jsonPath("$.facets.confidentiality[?(@.value == 'internal')].count", hasItem(2)));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR", "DOCUMENTER", "ANALYST" })
	void staffSeeInternalWordsHighlighted(Role role) throws Exception {
		this.mvc.perform(api(INTERNAL_WORD, role))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].snippet[0].parts[?(@.highlighted == true)].text", hasItem(INTERNAL_WORD)));
	}

	@Test
	void viewerNeverSeesSourcePseudonym() throws Exception {
		this.mvc.perform(api(TOWN, Role.VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[?(@.kind == 'report')]").isNotEmpty())
			.andExpect(jsonPath("$.facets.source").doesNotExist())
			.andExpect(content().string(not(containsString(PSEUDONYM))));
	}

	@Test
	void viewerMayNotFilterBySource() throws Exception {
		this.mvc.perform(api(TOWN, Role.VIEWER).param("source", PSEUDONYM))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("source"));
	}

	@Test
	void viewerMayNotSearchTheSourceField() throws Exception {
		this.mvc.perform(api("source:\"" + PSEUDONYM + "\"", Role.VIEWER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("q"));
	}

	@Test
	void viewerNeverFindsInternalRecords() throws Exception {
		this.mvc.perform(api(TOWN, Role.VIEWER))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.hits[*].internal", everyItem(is(false))))
			.andExpect(jsonPath("$.hits[*].kind", not(hasItem("person"))));
	}

	@Test
	void viewerCountsNoInternalRecordInFacets() throws Exception {
		this.mvc.perform(api(TOWN, Role.VIEWER))
			.andExpect(jsonPath("$.facets.kind[?(@.value == 'event')].count", hasItem(1)))
			.andExpect(jsonPath("$.facets.kind[?(@.value == 'person')]").isEmpty())
			.andExpect(jsonPath("$.facets.type[*].value", not(hasItem("violence_against_civilians"))))
			.andExpect(jsonPath("$.facets.actor[*].value", not(hasItem("isis"))))
			.andExpect(jsonPath("$.facets.place[?(@.value == 'C5140')].count", hasItem(1)))
			.andExpect(jsonPath("$.facets.confidentiality").doesNotExist());
	}

	@Test
	void viewerFindsNothingByAWordOnlyInAnInternalRecord() throws Exception {
		this.mvc.perform(api(INTERNAL_WORD, Role.VIEWER))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(content().string(not(containsString("السوسة"))));
	}

	@Test
	void viewerNeverSeesInternalTextHighlighted() throws Exception {
		this.mvc.perform(api(INTERNAL_WORD + " OR نزوح OR قافلة", Role.VIEWER))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(content().string(not(containsString("إعدام"))))
			.andExpect(content().string(not(containsString("السوسة"))));
	}

	@Test
	void viewerMayNotFilterByConfidentiality() throws Exception {
		this.mvc.perform(api(TOWN, Role.VIEWER).param("confidentiality", "internal"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("confidentiality"));
	}

	@Test
	void viewerFindsNoInternalRecordByActorFilter() throws Exception {
		this.mvc.perform(api("", Role.VIEWER).param("actor", "isis")).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void viewerPageShowsNoInternalRecord() throws Exception {
		this.mvc.perform(get("/search").param("q", TOWN).with(user("viewer").roles(Role.VIEWER.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("السوسة"))))
			.andExpect(content().string(not(containsString("تنظيم الدولة"))))
			.andExpect(content().string(not(containsString(PSEUDONYM))));
	}

	@Test
	void staffPageMarksInternalRecord() throws Exception {
		this.mvc.perform(get("/search").param("q", INTERNAL_WORD).with(user("analyst").roles(Role.ANALYST.name())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<mark>إعدام</mark>")))
			.andExpect(content().string(containsString("/events/" + INTERNAL_EVENT)));
	}

	@Test
	void anonymousCallerGetsNothingFromTheApi() throws Exception {
		this.mvc.perform(get("/api/search").param("q", TOWN))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(not(containsString(TOWN))));
	}

	@Test
	void anonymousVisitorIsSentToLogIn() throws Exception {
		this.mvc.perform(get("/search").param("q", TOWN))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousViewerFindsNothingThroughTheInterface() {
		SearchResults results = this.search.query(SearchQuery.of(TOWN), Viewer.ANONYMOUS);
		assertThat(results.total()).isZero();
		assertThat(results.facets()).isEmpty();
	}

}
