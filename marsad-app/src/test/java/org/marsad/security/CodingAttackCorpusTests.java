package org.marsad.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.marsad.events.CatalogueFixture;
import org.marsad.keys.RawTables;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The attack corpus of {@code docs/SECURITY.md} against the events, coding, catalogue and
 * tallies modules: XSS payloads in every text field (then every page that shows it), SQL
 * metacharacters in every filter, records and actions of another role, page forms without
 * a CSRF token, oversized and malformed bodies. Each asserts that nothing executes, leaks
 * or changes; the number tried is the one the document records.
 */
@SpringBootTest(properties = "spring.thymeleaf.cache=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CodingAttackCorpusTests {

	static final Pattern RECORDED = Pattern.compile("Coding attack corpus: (\\d+) attacks tried, (\\d+) passed\\.");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	Accounts accounts;

	@TestFactory
	Stream<DynamicNode> attacks() throws Exception {
		CatalogueFixture.ensure(this.jdbc);
		for (Role role : Role.values()) {
			TestAccounts.create(this.accounts, AttackCorpusTests.name(role), AttackCorpusTests.password(role), role);
		}
		Map<String, List<DynamicTest>> corpus = new LinkedHashMap<>();
		corpus.put("xss in coded records, catalogue and tallies", xss());
		corpus.put("sql metacharacters in event, catalogue and tally filters", sql());
		corpus.put("records and actions of another role", idor());
		corpus.put("page forms without a csrf token", csrfAttacks());
		corpus.put("oversized and malformed bodies", bodies());
		int tried = corpus.values().stream().mapToInt(List::size).sum();
		Matcher recorded = RECORDED.matcher(Files.readString(RoleMatrix.DOCUMENT, StandardCharsets.UTF_8));
		assertThat(recorded.find()).as("docs/SECURITY.md records the corpus").isTrue();
		assertThat(Integer.parseInt(recorded.group(1))).as("attacks recorded in docs/SECURITY.md").isEqualTo(tried);
		assertThat(recorded.group(2)).as("every attack passes").isEqualTo(recorded.group(1));
		return corpus.entrySet()
			.stream()
			.map((category) -> DynamicContainer.dynamicContainer(category.getKey(), category.getValue()));
	}

	// XSS: hostile text stored through the API, then the pages that show it read back. A
	// payload the API refuses (400) must leave everything as it was.

	private List<DynamicTest> xss() {
		List<DynamicTest> attacks = new ArrayList<>();
		for (String payload : AttackCorpusTests.XSS) {
			attacks.add(attack("event description (Arabic) " + payload, () -> {
				Map<String, Object> event = CodedRecords.event(payload);
				stored(payload, post("/api/events"), event, (id) -> new String[] { "/events/" + id, "/events" }, true);
			}));
			attacks.add(attack("event description (English) " + payload, () -> {
				Map<String, Object> event = CodedRecords.event("نزوح");
				event.put("descriptionEn", payload);
				stored(payload, post("/api/events"), event, (id) -> new String[] { "/events/" + id, "/events" }, false);
			}));
			attacks.add(attack("event sub-type " + payload, () -> {
				Map<String, Object> event = CodedRecords.event("نزوح");
				event.put("subType", payload);
				stored(payload, post("/api/events"), event, (id) -> new String[] { "/events/" + id, "/events" }, false);
			}));
			attacks.add(attack("event void reason " + payload, () -> {
				String id = event();
				stored(payload, post("/api/events/" + id + "/void"), Map.of("version", 1, "reason", payload),
						(ignored) -> new String[] { "/events/" + id }, false);
			}));
			attacks.add(attack("event status reason " + payload, () -> {
				String id = event();
				stored(payload, post("/api/events/" + id + "/status"),
						Map.of("version", 1, "status", "confirmed", "reason", payload),
						(ignored) -> new String[] { "/events/" + id }, false);
			}));
			attacks.add(attack("place Arabic name " + payload,
					() -> stored(payload, post("/api/places"), CodedRecords.place("xss-" + System.nanoTime(), payload),
							(id) -> new String[] { "/places/" + id, "/places?q=" + id }, true)));
			attacks.add(attack("place English name " + payload, () -> {
				Map<String, Object> place = CodedRecords.place("xss-" + System.nanoTime(), "قرية");
				place.put("nameEn", payload);
				stored(payload, post("/api/places"), place, (id) -> new String[] { "/places/" + id }, false);
			}));
			attacks.add(attack("place alias " + payload, () -> {
				Map<String, Object> place = CodedRecords.place("xss-" + System.nanoTime(), "قرية");
				place.put("aliases", List.of(payload));
				stored(payload, post("/api/places"), place, (id) -> new String[] { "/places/" + id }, false);
			}));
			attacks.add(attack("actor Arabic name " + payload,
					() -> stored(payload, post("/api/actors"),
							Map.of("id", "xss-" + System.nanoTime(), "nameAr", payload),
							(id) -> new String[] { "/actors/" + id, "/actors" }, true)));
			attacks.add(attack("actor alias " + payload,
					() -> stored(payload, post("/api/actors"),
							Map.of("id", "xss-" + System.nanoTime(), "nameAr", "فصيل", "aliases", List.of(payload)),
							(id) -> new String[] { "/actors/" + id }, false)));
			attacks.add(attack("tally name " + payload, () -> stored(payload, post("/api/tallies"),
					CodedRecords.tally(payload), (id) -> new String[] { "/tallies/" + id, "/tallies" }, true)));
			attacks.add(attack("report text on the coding page " + payload, () -> {
				String id = created(post("/api/reports"), Map.of("text", "نزح ٣٠٠ شخص. " + payload));
				pages(payload, true, "/reports/" + id + "/code");
			}));
			attacks.add(attack("claim quote on the event page " + payload, () -> {
				String text = "نزح ٣٠٠ شخص من الباغوز. " + payload;
				String report = created(post("/api/reports"),
						Map.of("text", text, "publishedAt", CodedRecords.PUBLISHED));
				Map<String, Object> claim = Map.of("reportId", report, "span",
						Map.of("start", text.indexOf(payload), "end", text.length()), "value",
						Map.of("qualifier", "exact", "best", 300));
				stored(payload, post("/api/events/" + event() + "/figures"),
						Map.of("figure", CodedRecords.figure(), "claims", List.of(claim)),
						(figure) -> new String[] { "/events/" + eventOf(figure) }, false);
			}));
		}
		return attacks;
	}

	private void stored(String payload, MockHttpServletRequestBuilder request, Map<String, ?> body, Pages pages,
			boolean shown) throws Exception {
		Map<String, Long> before = counts();
		MockHttpServletResponse response = this.mvc.perform(json(request, body).with(AttackCorpusTests.admin()))
			.andReturn()
			.getResponse();
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		if (response.getStatus() == 400) {
			assertThat(counts()).as("a refused payload changes nothing").isEqualTo(before);
			return;
		}
		assertThat(response.getStatus()).as(text).isBetween(200, 299);
		String id = text.isEmpty() ? "" : JSON.readTree(text).path("id").asString();
		pages(payload, shown, pages.of(id));
	}

	private void pages(String payload, boolean shown, String... paths) throws Exception {
		StringBuilder text = new StringBuilder();
		for (String path : paths) {
			MockHttpServletResponse page = this.mvc.perform(get(path).with(user("admin").roles("ADMIN")))
				.andReturn()
				.getResponse();
			assertThat(page.getStatus()).as(path).isEqualTo(200);
			String html = page.getContentAsString(StandardCharsets.UTF_8);
			assertThat(HtmlSafety.problems(html)).as(path).isEmpty();
			assertThat(html).as(path).doesNotContain(payload.contains("<") ? payload : "\u0000");
			text.append(HtmlSafety.text(html));
		}
		if (shown) {
			assertThat(text.toString()).as("the text is shown, as text")
				.contains(payload.strip().replaceAll("\\s+", " "));
		}
	}

	// SQL metacharacters in every filter: never an error, never a leak, never a change.

	private List<DynamicTest> sql() throws Exception {
		String tally = created(post("/api/tallies"), CodedRecords.tally("عدد الخارجين"));
		Map<String, List<String>> filters = new LinkedHashMap<>();
		List<String> events = List.of("type", "from", "to", "placeId", "actorId", "status", "voided", "page", "size");
		filters.put("/api/events", events);
		filters.put("/events", events.subList(0, 8));
		filters.put("/api/places", List.of("q", "kind", "parent", "page", "size"));
		filters.put("/api/actors", List.of("q", "page", "size"));
		filters.put("/api/tallies/" + tally + "/result", List.of("asOf", "checks"));
		filters.put("/api/tallies/" + tally + "/provenance", List.of("cell", "asOf", "page", "size"));
		filters.put("/api/tallies/" + tally + "/series", List.of("asOf"));
		List<DynamicTest> attacks = new ArrayList<>();
		for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
			for (String parameter : filter.getValue()) {
				for (String payload : AttackCorpusTests.SQL) {
					attacks.add(attack(filter.getKey() + "?" + parameter + "=" + payload, () -> {
						Map<String, Long> before = counts();
						MockHttpServletResponse response = this.mvc
							.perform(get(filter.getKey()).param(parameter, payload).with(user("admin").roles("ADMIN")))
							.andReturn()
							.getResponse();
						assertThat(response.getStatus()).isIn(200, 400);
						String body = response.getContentAsString(StandardCharsets.UTF_8);
						AttackCorpusTests.LEAKS.stream()
							.filter((leak) -> !payload.contains(leak))
							.forEach((leak) -> assertThat(body).doesNotContain(leak));
						assertThat(counts()).isEqualTo(before);
					}));
				}
			}
		}
		return attacks;
	}

	// IDOR: another role's records and actions, named by id; ids of one kind used as
	// another.

	private List<DynamicTest> idor() throws Exception {
		String event = event();
		String figure = created(post("/api/events/" + event + "/figures"), Map.of("figure", CodedRecords.figure()));
		String report = created(post("/api/reports"), CodedRecords.report());
		String tally = created(post("/api/tallies"), CodedRecords.tally("عدد للهجوم"));
		String place = created(post("/api/places"), CodedRecords.place("idor-" + System.nanoTime(), "قرية"));
		Map<String, Attempt> attempts = new LinkedHashMap<>();
		attempts.put("documenter decides an event's status", new Attempt(Role.DOCUMENTER,
				json(post("/api/events/" + event + "/status"), Map.of("version", 1, "status", "confirmed"))));
		attempts.put("viewer edits an event", new Attempt(Role.VIEWER, json(put("/api/events/" + event),
				Map.of("version", 1, "reason", "تخريب", "event", CodedRecords.event("وصف مزور")))));
		attempts.put("analyst voids an event", new Attempt(Role.ANALYST,
				json(post("/api/events/" + event + "/void"), Map.of("version", 1, "reason", "تخريب"))));
		attempts.put("viewer voids a figure", new Attempt(Role.VIEWER,
				json(post("/api/figures/" + figure + "/void"), Map.of("version", 1, "reason", "تخريب"))));
		attempts.put("analyst adds a claim",
				new Attempt(Role.ANALYST, json(post("/api/figures/" + figure + "/claims"), Map.of("reportId", report,
						"span", CodedRecords.figureSpan(), "value", Map.of("qualifier", "exact", "best", 1)))));
		attempts.put("viewer codes a report", new Attempt(Role.VIEWER,
				json(post("/api/reports/" + report + "/coding"), CodedRecords.coding("ترميز مزور"))));
		attempts.put("analyst codes a report", new Attempt(Role.ANALYST,
				json(post("/api/reports/" + report + "/coding"), CodedRecords.coding("ترميز مزور"))));
		attempts.put("documenter edits a place", new Attempt(Role.DOCUMENTER,
				json(put("/api/places/" + place), Map.of("version", 1, "nameAr", "اسم مزور", "kind", "village"))));
		attempts.put("analyst deletes a place",
				new Attempt(Role.ANALYST, delete("/api/places/" + place).param("version", "1")));
		attempts.put("documenter deletes an actor",
				new Attempt(Role.DOCUMENTER, delete("/api/actors/" + CatalogueFixture.SDF).param("version", "1")));
		attempts.put("documenter defines a tally",
				new Attempt(Role.DOCUMENTER, json(post("/api/tallies"), CodedRecords.tally("عدد مزروع"))));
		attempts.put("viewer changes a tally",
				new Attempt(Role.VIEWER, json(put("/api/tallies/" + tally), CodedRecords.tally("عدد مزور"))));
		attempts.put("analyst publishes a snapshot",
				new Attempt(Role.ANALYST, post("/api/tallies/" + tally + "/snapshots")));
		attempts.put("viewer computes a tally", new Attempt(Role.VIEWER, get("/api/tallies/" + tally + "/result")));
		attempts.put("an event's id voids a figure", new Attempt(Role.ADMIN,
				json(post("/api/figures/" + event + "/void"), Map.of("version", 1, "reason", "معرّف حادثة"))));
		attempts.put("a figure's id as a tally",
				new Attempt(Role.ADMIN, post("/api/tallies/" + figure + "/snapshots")));
		List<DynamicTest> attacks = new ArrayList<>();
		for (Map.Entry<String, Attempt> attempt : attempts.entrySet()) {
			attacks.add(attack(attempt.getKey(), () -> {
				Map<String, Long> before = counts();
				Attempt value = attempt.getValue();
				MockHttpServletRequestBuilder request = value.request()
					.with((value.role() == Role.ADMIN) ? AttackCorpusTests.admin()
							: AttackCorpusTests.as(value.role()));
				MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
				assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isIn(403, 404);
				assertThat(counts()).isEqualTo(before);
			}));
		}
		return attacks;
	}

	// CSRF: every form of these pages posted with a session but without, or with a wrong,
	// token.

	private List<DynamicTest> csrfAttacks() throws Exception {
		String event = event();
		String report = created(post("/api/reports"), CodedRecords.report());
		String tally = created(post("/api/tallies"), CodedRecords.tally("عدد للنماذج"));
		String place = created(post("/api/places"), CodedRecords.place("csrf-" + System.nanoTime(), "قرية"));
		Map<String, MockHttpServletRequestBuilder> forms = new LinkedHashMap<>();
		forms.put("coding save", post("/reports/" + report + "/code").param("events[0].type", "displacement"));
		forms.put("event edit", post("/events/" + event).param("version", "1").param("descriptionAr", "مزور"));
		forms.put("event void", post("/events/" + event + "/void").param("version", "1").param("reason", "مزور"));
		forms.put("event status",
				post("/events/" + event + "/status").param("version", "1")
					.param("status", "confirmed")
					.param("reason", "مزور"));
		forms.put("new place",
				post("/places").param("id", "csrf-new").param("nameAr", "قرية").param("kind", "village"));
		forms.put("place edit", post("/places/" + place).param("version", "1").param("nameAr", "مزور"));
		forms.put("place delete", post("/places/" + place + "/delete").param("version", "1"));
		forms.put("new actor", post("/actors").param("id", "csrf-new").param("nameAr", "فصيل"));
		forms.put("actor edit", post("/actors/" + CatalogueFixture.SDF).param("version", "1").param("nameAr", "مزور"));
		forms.put("new tally", post("/tallies").param("name", "مزروع").param("unit", "person"));
		forms.put("tally edit", post("/tallies/" + tally).param("name", "مزور").param("unit", "person"));
		forms.put("tally snapshot", post("/tallies/" + tally + "/snapshots"));
		List<DynamicTest> attacks = new ArrayList<>();
		for (Map.Entry<String, MockHttpServletRequestBuilder> form : forms.entrySet()) {
			for (boolean wrongToken : List.of(false, true)) {
				attacks.add(attack(form.getKey() + (wrongToken ? " with a wrong token" : " without a token"), () -> {
					Map<String, Long> before = counts();
					MockHttpServletRequestBuilder request = form.getValue().with(user("admin").roles("ADMIN"));
					if (wrongToken) {
						request = request.with(csrf().useInvalidToken());
					}
					assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
					assertThat(counts()).isEqualTo(before);
				}));
			}
		}
		return attacks;
	}

	// Oversized and malformed bodies on every write of these APIs.

	private List<DynamicTest> bodies() throws Exception {
		String event = event();
		String figure = created(post("/api/events/" + event + "/figures"), Map.of("figure", CodedRecords.figure()));
		String report = created(post("/api/reports"), CodedRecords.report());
		List<String> paths = List.of("/api/events", "/api/reports/" + report + "/coding", "/api/places", "/api/actors",
				"/api/tallies", "/api/figures/" + figure + "/claims");
		Map<String, Body> bodies = new LinkedHashMap<>();
		bodies.put("larger than the body limit", new Body(MediaType.APPLICATION_JSON_VALUE,
				("{\"descriptionAr\": \"" + "ح".repeat(600_000) + "\"}").getBytes(StandardCharsets.UTF_8), 413));
		bodies.put("truncated json", new Body(MediaType.APPLICATION_JSON_VALUE,
				"{\"nameAr\": \"الباغ".getBytes(StandardCharsets.UTF_8), 400));
		bodies.put("array instead of object",
				new Body(MediaType.APPLICATION_JSON_VALUE, "[\"نزوح\"]".getBytes(StandardCharsets.UTF_8), 400));
		bodies.put("object for a text",
				new Body(MediaType.APPLICATION_JSON_VALUE,
						"{\"type\": {\"$ne\": null}, \"nameAr\": {\"$gt\": \"\"}, \"name\": {\"a\": 1}}"
							.getBytes(StandardCharsets.UTF_8),
						400));
		bodies.put("nesting 5000 deep", new Body(MediaType.APPLICATION_JSON_VALUE,
				("{\"events\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8), 400));
		bodies.put("a number of 5000 digits",
				new Body(MediaType.APPLICATION_JSON_VALUE,
						("{\"geoPrecision\": " + "9".repeat(5000) + ", \"version\": " + "9".repeat(5000) + "}")
							.getBytes(StandardCharsets.UTF_8),
						400));
		bodies.put("invalid utf-8", new Body(MediaType.APPLICATION_JSON_VALUE, new byte[] { '{', '"', 'n', 'a', 'm',
				'e', 'A', 'r', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }, 400));
		bodies.put("plain text body",
				new Body(MediaType.TEXT_PLAIN_VALUE, "type=displacement".getBytes(StandardCharsets.UTF_8), 415));
		bodies.put("empty body", new Body(MediaType.APPLICATION_JSON_VALUE, new byte[0], 400));
		List<DynamicTest> attacks = new ArrayList<>();
		for (String path : paths) {
			for (Map.Entry<String, Body> body : bodies.entrySet()) {
				attacks.add(attack(path + " " + body.getKey(), () -> {
					Map<String, Long> before = counts();
					MockHttpServletResponse response = this.mvc
						.perform(post(path).with(AttackCorpusTests.admin())
							.contentType(body.getValue().type())
							.content(body.getValue().content()))
						.andReturn()
						.getResponse();
					String text = response.getContentAsString(StandardCharsets.UTF_8);
					assertThat(response.getStatus()).as(text).isEqualTo(body.getValue().status());
					AttackCorpusTests.LEAKS.forEach((leak) -> assertThat(text).doesNotContain(leak));
					assertThat(counts()).isEqualTo(before);
				}));
			}
		}
		return attacks;
	}

	// Helpers.

	private String event() throws Exception {
		return created(post("/api/events"), CodedRecords.event("حادثة للهجوم"));
	}

	private String eventOf(String figure) throws Exception {
		return JSON
			.readTree(this.mvc.perform(get("/api/figures/" + figure).with(AttackCorpusTests.admin()))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))
			.get("eventId")
			.asString();
	}

	private String created(MockHttpServletRequestBuilder request, Map<String, ?> body) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(json(request, body).with(AttackCorpusTests.admin()))
			.andReturn()
			.getResponse();
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isBetween(200, 299);
		JsonNode node = JSON.readTree(text);
		return node.get("id").asString();
	}

	private static DynamicTest attack(String name, Executable check) {
		return DynamicTest.dynamicTest(name, check);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
		return request.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
	}

	private Map<String, Long> counts() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Connection connection = this.dataSource.getConnection()) {
			for (String table : RawTables.tables(connection)) {
				counts.put(table, this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
			}
		}
		return counts;
	}

	/** The pages that show a stored record. */
	@FunctionalInterface
	interface Pages {

		String[] of(String id) throws Exception;

	}

	/**
	 * A request as another role.
	 *
	 * @param role who sends it
	 * @param request what
	 */
	record Attempt(Role role, MockHttpServletRequestBuilder request) {
	}

	/**
	 * A hostile body.
	 *
	 * @param type its content type
	 * @param content its bytes
	 * @param status the status it must get
	 */
	record Body(String type, byte[] content, int status) {
	}

}
