package org.marsad.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceChange;
import org.marsad.catalogue.Places;
import org.marsad.intake.NewReport;
import org.marsad.intake.Reports;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events reach the index as they are coded, through the events module's published events,
 * and the search API finds them by the names of their places, the places' ancestors and
 * their actors. Written once, run on H2 ({@link EventIndexingTests}) and PostgreSQL
 * ({@link EventIndexingPostgresIntegrationTests}).
 * <p>
 * One report from al-Baghuz is coded into two events at the village of Lower Baghuz
 * (starter gazetteer {@code sy-baghuz-tahtani}, within Abu Kamal district and Deir ez-Zor
 * governorate): a publishable displacement with the SDF, an internal execution by the
 * Islamic State. Their days (May 2017) keep the queries away from every other test's
 * records; the context is their own, since a rebuild drops what other tests indexed
 * without the database.
 */
@SpringBootTest(properties = "marsad.search.test-context=event-indexing")
@AutoConfigureMockMvc
abstract class EventIndexingContract {

	static final String VILLAGE = "sy-baghuz-tahtani";

	static final String GOVERNORATE = "SY09";

	static final String REPORT = "نزحت عشرات العائلات من الباغوز التحتاني باتجاه مخيّم الهول، بعد اشتباكات بين قسد "
			+ "وعناصر داعش. وأفاد شاهد بإعدام ميداني لشابين أمام أهالي القرية.";

	static final String DISPLACEMENT = "نزوح عشرات العائلات نحو المخيّم بعد الاشتباكات";

	static final String EXECUTION = "إعدام ميداني لشابين أمام أهالي القرية";

	static final String FROM = "2017-05-01";

	static final String TO = "2017-05-31";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	@Autowired
	Places places;

	@Autowired
	Reindexing reindexing;

	@Autowired
	Search search;

	String displacement;

	String execution;

	@BeforeEach
	void codeTheReportOnce() throws Exception {
		List<String> coded = this.jdbc.sql("SELECT id FROM event WHERE description_ar IN (:texts) ORDER BY type")
			.param("texts", List.of(DISPLACEMENT, EXECUTION))
			.query(UUID.class)
			.list()
			.stream()
			.map(UUID::toString)
			.toList();
		if (coded.isEmpty()) {
			coded = code();
		}
		this.displacement = coded.get(0);
		this.execution = coded.get(1);
		await().atMost(Duration.ofSeconds(30)).until(() -> eventsIndexed(this.displacement, this.execution));
	}

	private List<String> code() throws Exception {
		String[] report = new String[1];
		TestAccounts.asAdmin(
				() -> report[0] = this.reports
					.create(new NewReport(REPORT, null, "ar", "message", "2017-05-12T08:00:00Z", "2017-05-12", null,
							"2"), List.of())
					.id()
					.toString());
		Map<String, Object> displaced = event("displacement", DISPLACEMENT, "publishable", "sdf");
		Map<String, Object> executed = event("violence_against_civilians", EXECUTION, "internal", "isis");
		JsonNode result = read(
				send(post("/api/reports/" + report[0] + "/coding"), Role.DOCUMENTER,
						Map.of("events",
								List.of(Map.of("event", displaced, "figures", List.of()),
										Map.of("event", executed, "figures", List.of()))))
					.andExpect(status().isCreated()));
		return List.of(result.get("createdEvents").get(0).asString(), result.get("createdEvents").get(1).asString());
	}

	static Map<String, Object> event(String type, String description, String confidentiality, String actor) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", type);
		event.put("dateFrom", "2017-05-10");
		event.put("dateTo", "2017-05-11");
		event.put("placeId", VILLAGE);
		event.put("actors", List.of(Map.of("actorId", actor, "role", "actor1")));
		event.put("descriptionAr", description);
		event.put("confidentiality", confidentiality);
		return event;
	}

	private boolean eventsIndexed(String... ids) {
		SearchResults found = this.search.query(
				SearchQuery.of("").filter("kind", "event").between(LocalDate.parse(FROM), LocalDate.parse(TO)),
				Viewer.of(Role.ADMIN));
		List<String> indexed = found.hits().stream().map(SearchResults.SearchHit::id).toList();
		return indexed.containsAll(List.of(ids));
	}

	MockHttpServletRequestBuilder search(String query, Role role) {
		return get("/api/search").param("q", query)
			.param("kind", "event")
			.param("from", FROM)
			.param("to", TO)
			.with(user(role.name().toLowerCase()).roles(role.name()));
	}

	ResultActions send(MockHttpServletRequestBuilder request, Role role, Object body) throws Exception {
		return this.mvc.perform(request.with(user(role.name().toLowerCase()).roles(role.name()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)));
	}

	static JsonNode read(ResultActions actions) throws Exception {
		return JSON.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void findsACodedEventByAnAliasOfItsPlace() throws Exception {
		this.mvc.perform(search("\"Lower Baghuz\"", Role.ANALYST))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].id", hasItem(this.displacement)));
	}

	@Test
	void findsACodedEventByTheNameOfItsGovernorate() throws Exception {
		this.mvc.perform(search("دير الزور", Role.ANALYST))
			.andExpect(jsonPath("$.hits[*].id", hasItem(this.displacement)));
	}

	@Test
	void findsACodedEventByALatinSpellingOfItsGovernorate() throws Exception {
		this.mvc.perform(search("Deir Ezzor", Role.ANALYST))
			.andExpect(jsonPath("$.hits[*].id", hasItem(this.displacement)));
	}

	@Test
	void filtersACodedEventByItsGovernorate() throws Exception {
		this.mvc.perform(search("", Role.ANALYST).param("place", GOVERNORATE))
			.andExpect(jsonPath("$.hits[*].id", hasItem(this.displacement)))
			.andExpect(jsonPath("$.facets.place[*].value", hasItem(VILLAGE)));
	}

	@Test
	void findsACodedEventByAnAliasOfItsActor() throws Exception {
		this.mvc.perform(search("قسد", Role.ANALYST))
			.andExpect(jsonPath("$.hits[*].id", hasItem(this.displacement)))
			.andExpect(jsonPath("$.facets.actor[*].value", hasItem("sdf")));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR", "DOCUMENTER", "ANALYST" })
	void staffFindTheInternalEvent(Role role) throws Exception {
		this.mvc.perform(search("اعدام", role))
			.andExpect(jsonPath("$.hits[*].id", hasItem(this.execution)))
			.andExpect(jsonPath("$.hits[0].internal").value(true));
	}

	@Test
	void viewerNeverFindsTheInternalEvent() throws Exception {
		this.mvc.perform(search("دير الزور", Role.VIEWER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].id", hasItem(this.displacement)))
			.andExpect(jsonPath("$.hits[*].id", not(hasItem(this.execution))))
			.andExpect(content().string(not(containsString(this.execution))));
	}

	@Test
	void viewerCountsNoInternalEventInFacets() throws Exception {
		JsonNode page = read(this.mvc.perform(search("الباغوز", Role.VIEWER)));
		assertThat(page.get("total").asInt()).isEqualTo(1);
		assertThat(page.get("facets").get("kind").get(0).get("count").asInt()).isEqualTo(1);
		assertThat(page.get("facets").get("type").toString()).doesNotContain("violence_against_civilians");
		assertThat(page.get("facets").get("actor").toString()).doesNotContain("isis");
		assertThat(page.get("facets").has("confidentiality")).isFalse();
	}

	@Test
	void viewerSeesNoWordOfTheInternalEvent() throws Exception {
		this.mvc.perform(search("إعدام OR نزوح", Role.VIEWER))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(content().string(not(containsString("إعدام"))))
			.andExpect(content().string(not(containsString("لشابين"))));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleFindsThePublishableEvent(Role role) throws Exception {
		this.mvc.perform(search("قسد", role))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].id", hasItem(this.displacement)));
	}

	@Test
	void anonymousCallerFindsNoEvent() throws Exception {
		this.mvc.perform(get("/api/search").param("q", "قسد").param("kind", "event"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().string(not(containsString(this.displacement))));
	}

	@Test
	void aRenamedPlaceFindsItsEvents() throws Exception {
		Place place = create(
				new PlaceChange("test-search-hamdan", "حمدان", "Hamdan", "village", null, null, "SY0902", List.of()));
		JsonNode created = read(send(post("/api/events"), Role.DOCUMENTER,
				Map.of("type", "protests", "dateFrom", "2017-05-20", "placeId", place.id(), "confidentiality",
						"publishable", "descriptionAr", "وقفة احتجاجية على انقطاع المياه"))
			.andExpect(status().isCreated()));
		String protest = created.get("id").asString();
		await().atMost(Duration.ofSeconds(30)).until(() -> eventsIndexed(protest));
		assertThat(found("Gharbi", protest)).isFalse();
		TestAccounts.asAdmin(() -> this.places.update(place.id(), place.version(), new PlaceChange(null, "حمدان الغربي",
				"Hamdan al-Gharbi", "village", null, null, "SY0902", List.of("حمدان الغربية"))));
		await().atMost(Duration.ofSeconds(30)).until(() -> found("Gharbi", protest));
		assertThat(found("الغربيه", protest)).isTrue();
	}

	@Test
	void aVoidedEventLeavesTheIndex() throws Exception {
		JsonNode created = read(
				send(post("/api/events"), Role.DOCUMENTER,
						Map.of("type", "riots", "dateFrom", "2017-05-21", "placeId", "C5110", "confidentiality",
								"publishable", "descriptionAr", "أعمال شغب قرب السوق"))
					.andExpect(status().isCreated()));
		String riot = created.get("id").asString();
		await().atMost(Duration.ofSeconds(30)).until(() -> found("شغب", riot));
		send(post("/api/events/" + riot + "/void"), Role.DOCUMENTER, Map.of("version", 1, "reason", "مكرر"))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(30)).until(() -> !found("شغب", riot));
	}

	@Test
	void reindexingRebuildsTheEventsFromTheDatabase() throws Exception {
		this.reindexing.reindex(Reindexing.Progress.NONE);
		assertThat(eventsIndexed(this.displacement, this.execution)).isTrue();
		this.mvc.perform(search("قسد", Role.ANALYST)).andExpect(jsonPath("$.hits[*].id", hasItem(this.displacement)));
	}

	private Place create(PlaceChange change) throws Exception {
		Place[] created = new Place[1];
		TestAccounts.asAdmin(() -> created[0] = this.places.create(change));
		return created[0];
	}

	private boolean found(String words, String id) throws Exception {
		for (JsonNode hit : read(this.mvc.perform(search(words, Role.ANALYST))).get("hits")) {
			if (hit.get("id").asString().equals(id)) {
				return true;
			}
		}
		return false;
	}

}
