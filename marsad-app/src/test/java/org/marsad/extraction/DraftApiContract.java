package org.marsad.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.catalogue.ActorChange;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceChange;
import org.marsad.catalogue.Places;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.text.PlaceMention;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Extraction drafts over HTTP and through {@link Drafts}, read with the database's
 * catalogue; run on H2 ({@link DraftApiTests}) and PostgreSQL
 * ({@link DraftApiPostgresIntegrationTests}).
 */
@SpringBootTest(properties = "marsad.max-report-text=64KB")
@AutoConfigureMockMvc
abstract class DraftApiContract {

	static final String DESIGN_EXAMPLE = "ووثق المرصد 23200 شخصاً من الجنسية العراقية ضمن أكثر من 6000 عائلة، "
			+ "خرجوا منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري، ونقلوا إلى مخيمات منطقة الهول";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Places places;

	@Autowired
	Actors actors;

	@Autowired
	Drafts drafts;

	@BeforeEach
	void createAccounts() {
		as(Role.ADMIN, () -> {
			for (Role role : Role.values()) {
				if (role != Role.ADMIN && !this.accounts.exists(username(role))) {
					this.accounts.create(username(role), "password-of-" + username(role), role);
				}
			}
			return null;
		});
	}

	static String username(Role role) {
		return "draft-" + role.name().toLowerCase();
	}

	static RequestPostProcessor as(Role role) {
		return (role == Role.ADMIN) ? httpBasic("admin", "admin-test-password")
				: httpBasic(username(role), "password-of-" + username(role));
	}

	static <T> T as(Role role, Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username(role), null,
				AuthorityUtils.createAuthorityList(role.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static JsonNode read(ResultActions actions) throws IOException {
		return JSON.readTree(actions.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	String report(String text, String publishedAt, String receivedAt) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("text", text);
		body.put("channel", "message");
		body.put("credibility", 2);
		body.put("receivedAt", receivedAt);
		if (publishedAt != null) {
			body.put("publishedAt", publishedAt);
		}
		return read(this.mvc
			.perform(post("/api/reports").with(as(Role.DOCUMENTER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())).get("id").asString();
	}

	ResultActions draftText(Role role, Object body) throws Exception {
		return this.mvc.perform(post("/api/drafts").with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)));
	}

	List<String> placeIds(String text) {
		return as(Role.VIEWER, () -> this.drafts.draft(text, java.time.LocalDate.of(2019, 1, 31))).extraction()
			.places()
			.stream()
			.map((mention) -> mention.place().id())
			.toList();
	}

	@Test
	void draftsTheDesignExample() throws Exception {
		String id = report(DESIGN_EXAMPLE, "2019-01-31", "2019-01-31T09:00:00Z");
		this.mvc.perform(get("/api/reports/" + id + "/draft").with(as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Marsad-Report-Version", "1"))
			.andExpect(header().string("Marsad-Published-Basis", "published"))
			.andExpect(header().string("Server-Timing", startsWith("draft;dur=")))
			.andExpect(jsonPath("$.language").value("ar"))
			.andExpect(jsonPath("$.published").value("2019-01-31"))
			.andExpect(jsonPath("$.figures[*].text", hasItem("أكثر من 6000 عائلة")))
			.andExpect(jsonPath("$.figures[0].group.nationality").value("IQ"))
			.andExpect(jsonPath("$.dates[0].from").value("2018-12-01"))
			.andExpect(jsonPath("$.events[0].type").value("displacement"));
	}

	@Test
	void resolvesDatesAgainstTheDayReceivedWhenThereIsNoPublicationDate() throws Exception {
		String id = report("نزحت 40 عائلة من هجين يوم أمس", null, "2019-02-03T22:30:00Z");
		this.mvc.perform(get("/api/reports/" + id + "/draft").with(as(Role.ANALYST)))
			.andExpect(header().string("Marsad-Published-Basis", "received"))
			.andExpect(jsonPath("$.published").value("2019-02-03"))
			.andExpect(jsonPath("$.dates[0].from").value("2019-02-02"));
	}

	@Test
	void draftsTheLatestVersion() throws Exception {
		String id = report("خرج 150 شخصاً من الباغوز", "2019-02-20", "2019-02-20T09:00:00Z");
		String corrected = "تصحيح: خرج 1500 شخص من الباغوز فوقاني";
		this.mvc
			.perform(post("/api/reports/" + id + "/versions").with(as(Role.DOCUMENTER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(Map.of("text", corrected)).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated());
		JsonNode draft = read(this.mvc.perform(get("/api/reports/" + id + "/draft").with(as(Role.DOCUMENTER)))
			.andExpect(header().string("Marsad-Report-Version", "2")));
		JsonNode number = draft.get("numbers").get(0);
		assertThat(corrected.substring(number.get("start").asInt(), number.get("end").asInt())).isEqualTo("1500");
		assertThat(draft.get("places").get(0).get("id").asString()).isEqualTo("C5184");
	}

	@Test
	void findsAPlaceAsSoonAsACoordinatorAddsIt() {
		String text = "ونزحت 30 عائلة من قرية الطيبانية الشرقية باتجاه الحسكة";
		assertThat(placeIds(text)).doesNotContain("draft-taybaniyeh");
		Place added = as(Role.COORDINATOR, () -> this.places.create(new PlaceChange("draft-taybaniyeh",
				"الطيبانية الشرقية", "Eastern Taybaniyah", "village", 34.9, 40.6, "SY0903", List.of())));
		assertThat(placeIds(text)).contains(added.id());
		as(Role.COORDINATOR, () -> this.places.update(added.id(), 1, new PlaceChange(null, "الطيبانية الشرقية",
				"Eastern Taybaniyah", "village", 34.9, 40.6, "SY0903", List.of("الطيبانيه"))));
		assertThat(placeIds("وصلت قافلة إلى الطيبانيه")).contains(added.id());
		as(Role.COORDINATOR, () -> {
			this.places.delete(added.id(), 2);
			return null;
		});
		assertThat(placeIds(text)).doesNotContain(added.id());
	}

	@Test
	void findsAnActorAsSoonAsACoordinatorAddsIt() {
		String text = "وشنت ميليشيا لواء فاطميون هجوماً على البادية";
		as(Role.COORDINATOR, () -> this.actors
			.create(new ActorChange("fatemiyoun", "لواء فاطميون", "Fatemiyoun Brigade", List.of("فاطميون"))));
		assertThat(as(Role.VIEWER, () -> this.drafts.draft(text, java.time.LocalDate.of(2019, 1, 31))).extraction()
			.actors()).extracting((mention) -> mention.actorId()).contains("fatemiyoun");
	}

	@Test
	void draftsFromManyThreadsWhileTheCatalogueChanges() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Integer>> drafting = new ArrayList<>();
		try {
			for (int i = 0; i < 40; i++) {
				drafting.add(pool.submit(() -> as(Role.VIEWER,
						() -> this.drafts.draft(DESIGN_EXAMPLE, java.time.LocalDate.of(2019, 1, 31)))
					.extraction()
					.figures()
					.size()));
			}
			List<String> added = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				int number = i + 1;
				String id = "draft-busy-" + number + "-" + UUID.randomUUID().toString().substring(0, 6);
				as(Role.COORDINATOR, () -> this.places.create(new PlaceChange(id, "مزرعة الراعي " + number, null,
						"village", null, null, "SY0902", List.of())));
				added.add(id);
			}
			for (Future<Integer> draft : drafting) {
				assertThat(draft.get()).isEqualTo(2);
			}
			assertThat(placeIds("وصل النازحون إلى مزرعة الراعي 5")).contains(added.get(4));
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void draftsATextThatIsNotSaved() throws Exception {
		draftText(Role.DOCUMENTER, Map.of("text", DESIGN_EXAMPLE, "published", "2019-01-31")).andExpect(status().isOk())
			.andExpect(header().string("Marsad-Published-Basis", "given"))
			.andExpect(header().doesNotExist("Marsad-Report-Version"))
			.andExpect(jsonPath("$.figures.length()").value(2));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleMayDraft(Role role) throws Exception {
		draftText(role, Map.of("text", "قتل 3 مدنيين في قصف على السوسة")).andExpect(status().isOk())
			.andExpect(header().string("Marsad-Published-Basis", "today"));
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		this.mvc.perform(get("/api/reports/" + UUID.randomUUID() + "/draft")).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAnEmptyText() throws Exception {
		draftText(Role.VIEWER, Map.of("text", "  ")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"));
	}

	@Test
	void refusesATextLargerThanAReport() throws Exception {
		draftText(Role.VIEWER, Map.of("text", "نزوح ".repeat(14_000))).andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.field").value("text"));
	}

	@Test
	void refusesABodyThatIsNotJson() throws Exception {
		this.mvc
			.perform(post("/api/drafts").with(as(Role.VIEWER))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"نزوح\", \"published\": \"31/01/2019\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("body"));
	}

	@Test
	void anUnknownReportIsNotFound() throws Exception {
		this.mvc.perform(get("/api/reports/" + UUID.randomUUID() + "/draft").with(as(Role.VIEWER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anIdThatIsNotAUuidIsRefused() throws Exception {
		this.mvc.perform(get("/api/reports/not-a-uuid/draft").with(as(Role.VIEWER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
	}

	@Test
	void theDraftNamesThePlaceAsTheCatalogueHasIt() {
		PlaceMention hol = as(Role.VIEWER, () -> this.drafts.draft(DESIGN_EXAMPLE, java.time.LocalDate.of(2019, 1, 31)))
			.extraction()
			.places()
			.get(0);
		Place stored = as(Role.VIEWER, () -> this.places.get(hol.place().id()));
		assertThat(hol.place().nameAr()).isEqualTo(stored.nameAr());
	}

}
