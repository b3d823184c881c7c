package org.marsad.security;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * One test per cell of the matrix rows of the events, coding, catalogue and tallies
 * modules in {@code docs/SECURITY.md}, through the API: a role the matrix refuses must be
 * refused and leave every table as it was; a role it allows must be served; callers who
 * are not logged in are refused. Each cell acts on a record of its own, made before the
 * tables are counted, so that an allowed cell never spoils the next. It runs in a context
 * of its own, like {@link RoleMatrixTests}.
 * <ul>
 * <li>Rows ending in {@code Internal} act on an internal event; a read that answers 200
 * counts as served only if the answer holds that event (a list, candidates, an export or
 * a snapshot that leaves it out has refused it).</li>
 * <li>Each internal event has a day of its own, so that a filter by day finds it
 * alone.</li>
 * </ul>
 */
@SpringBootTest(properties = "marsad.test-context=coding-role-matrix")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CodingRoleMatrixTests {

	/** The rows this test checks. */
	static final List<String> PREFIXES = List.of("events.", "coding.", "catalogue.", "tallies.");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final AtomicInteger NUMBER = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void fixture() {
		CatalogueFixture.ensure(this.jdbc);
		for (Role role : Role.values()) {
			TestAccounts.create(this.accounts, RoleMatrixTests.username(role), RoleMatrixTests.password(role), role);
		}
	}

	@Test
	void everyRowOfTheseModulesHasACheck() {
		List<String> rows = new ArrayList<>();
		for (String prefix : PREFIXES) {
			RoleMatrix.load().rows(prefix).forEach((row) -> rows.add(row.key()));
		}
		assertThat(rows).hasSizeGreaterThan(20);
		assertThat(checks().keySet()).containsExactlyInAnyOrderElementsOf(rows);
	}

	@TestFactory
	Stream<DynamicTest> everyCell() {
		Map<String, Check> checks = checks();
		List<DynamicTest> tests = new ArrayList<>();
		for (String prefix : PREFIXES) {
			for (RoleMatrix.Row row : RoleMatrix.load().rows(prefix)) {
				for (Role role : Role.values()) {
					boolean expected = row.allowed().get(role);
					tests.add(DynamicTest.dynamicTest(row.key() + " × " + role + (expected ? " allowed" : " refused"),
							() -> cell(checks.get(row.key()), role, expected)));
				}
				tests.add(DynamicTest.dynamicTest(row.key() + " × anonymous refused",
						() -> cell(checks.get(row.key()), null, false)));
			}
		}
		return tests.stream();
	}

	private void cell(Check check, Role role, boolean expected) throws Exception {
		String target = check.prepare().get();
		Map<String, Long> before = counts();
		MockHttpServletResponse response = this.mvc
			.perform(check.action()
				.request(target)
				.with(check.page() ? RoleMatrixTests.page(role) : RoleMatrixTests.api(role)))
			.andReturn()
			.getResponse();
		int status = response.getStatus();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		boolean granted = status / 100 == 2 && (check.holds() == null || body.contains(check.holds().of(target)));
		assertThat(granted).as("status %s: %s", status, body).isEqualTo(expected);
		if (!expected) {
			if (check.holds() == null) {
				assertThat(status).isIn(check.page() ? List.of(302, 401, 403, 404) : List.of(401, 403, 404));
			}
			else {
				assertThat(body).as("a refused record is not named").doesNotContain(check.holds().of(target));
			}
			assertThat(counts()).as("a refused action changes nothing").isEqualTo(before);
		}
	}

	/** The check of each row: what it acts on, and the request. */
	private Map<String, Check> checks() {
		Map<String, Check> checks = new LinkedHashMap<>();
		Target none = () -> "";
		checks.put("events.read", new Check(this::publishableEvent, (id) -> get("/api/events/" + id)));
		checks.put("events.list", new Check(none, (id) -> get("/api/events").param("type", "displacement")));
		checks.put("events.history", new Check(this::publishableEvent, (id) -> get("/api/events/" + id + "/history")));
		checks.put("events.suggestion",
				new Check(this::publishableEvent, (id) -> get("/api/events/" + id + "/suggested-status")));
		internalChecks(checks);
		checks.put("events.candidates", new Check(this::report, (id) -> json(post("/api/events/candidates"),
				Map.of("reportId", id, "event", CodedRecords.event("نزوح")))));
		checks.put("events.create",
				new Check(none, (id) -> json(post("/api/events"), CodedRecords.event("نزوح رقم " + number()))));
		checks.put("events.edit", new Check(this::event, (id) -> json(put("/api/events/" + id),
				Map.of("version", 1, "reason", "تصحيح", "event", CodedRecords.event("نزوح مصحَّح")))));
		checks.put("events.void", new Check(this::event,
				(id) -> json(post("/api/events/" + id + "/void"), Map.of("version", 1, "reason", "مكرّر"))));
		checks.put("events.link",
				new Check(() -> event() + " " + report(),
						(ids) -> json(post("/api/events/" + ids.split(" ")[0] + "/reports"),
								Map.of("reportId", ids.split(" ")[1]))));
		checks.put("events.status", new Check(this::event, (id) -> json(post("/api/events/" + id + "/status"),
				Map.of("version", 1, "status", "confirmed", "reason", "أقرّت الجهة بالحادثة"))));
		checks.put("events.figures.read",
				new Check(() -> figure(publishableEvent()), (id) -> get("/api/figures/" + id)));
		checks.put("events.figures.add", new Check(this::event,
				(id) -> json(post("/api/events/" + id + "/figures"), Map.of("figure", CodedRecords.figure()))));
		checks.put("events.figures.edit", new Check(this::figure, (id) -> json(put("/api/figures/" + id),
				Map.of("version", 1, "reason", "تصحيح الفئة", "figure", CodedRecords.figure()))));
		checks.put("events.figures.void", new Check(this::figure,
				(id) -> json(post("/api/figures/" + id + "/void"), Map.of("version", 1, "reason", "مكرّر"))));
		checks.put("events.claims.add", new Check(() -> figure() + " " + report(),
				(ids) -> json(post("/api/figures/" + ids.split(" ")[0] + "/claims"), claim(ids.split(" ")[1]))));
		checks.put("events.claims.void", new Check(this::claim,
				(id) -> json(post("/api/claims/" + id + "/void"), Map.of("reason", "قراءة خاطئة للرقم"))));
		checks.put("coding.draft", new Check(this::report, (id) -> get("/api/reports/" + id + "/draft")));
		checks.put("coding.text",
				new Check(none, (id) -> json(post("/api/drafts"), Map.of("text", CodedRecords.TEXT))));
		checks.put("coding.save", new Check(this::report,
				(id) -> json(post("/api/reports/" + id + "/coding"), CodedRecords.coding("خروج من الباغوز"))));
		checks.put("catalogue.places.read", new Check(none, (id) -> get("/api/places/" + CatalogueFixture.BAGHUZ)));
		checks.put("catalogue.places.create", new Check(none,
				(id) -> json(post("/api/places"), CodedRecords.place("matrix-" + number(), "قرية المصفوفة"))));
		checks.put("catalogue.places.edit", new Check(this::place,
				(id) -> json(put("/api/places/" + id), withVersion(CodedRecords.place(id, "قرية المصفوفة المعدّلة")))));
		checks.put("catalogue.places.delete",
				new Check(this::place, (id) -> delete("/api/places/" + id).param("version", "1")));
		checks.put("catalogue.actors.read", new Check(none, (id) -> get("/api/actors/" + CatalogueFixture.SDF)));
		checks.put("catalogue.actors.create",
				new Check(none, (id) -> json(post("/api/actors"), actor("matrix-actor-" + number()))));
		checks.put("catalogue.actors.edit",
				new Check(this::actor, (id) -> json(put("/api/actors/" + id), withVersion(actor(id)))));
		checks.put("catalogue.actors.delete",
				new Check(this::actor, (id) -> delete("/api/actors/" + id).param("version", "1")));
		checks.put("catalogue.import", new Check(none, (id) -> post("/api/gazetteer/import")));
		checks.put("tallies.list", new Check(none, (id) -> get("/api/tallies")));
		checks.put("tallies.read", new Check(this::tally, (id) -> get("/api/tallies/" + id)));
		checks.put("tallies.define",
				new Check(none, (id) -> json(post("/api/tallies"), CodedRecords.tally("عدد الخارجين " + number()))));
		checks.put("tallies.change", new Check(this::tally,
				(id) -> json(put("/api/tallies/" + id), CodedRecords.tally("عدد الخارجين المعدّل " + number()))));
		checks.put("tallies.compute",
				new Check(this::tally, (id) -> get("/api/tallies/" + id + "/result").param("asOf", "2019-01-31")));
		checks.put("tallies.series",
				new Check(this::tally, (id) -> get("/api/tallies/" + id + "/series.csv").param("asOf", "2019-01-31")));
		checks.put("tallies.provenance",
				new Check(this::tally, (id) -> get("/api/tallies/" + id + "/provenance").param("asOf", "2019-01-31")));
		checks.put("tallies.publish",
				new Check(this::tally, (id) -> post("/api/tallies/" + id + "/snapshots").param("asOf", "2019-01-31")));
		checks.put("tallies.snapshots", new Check(this::tally, (id) -> get("/api/tallies/" + id + "/snapshots")));
		checks.put("tallies.persons",
				new Check(this::tally, (id) -> get("/api/tallies/" + id + "/persons").param("asOf", "2019-01-31")));
		return checks;
	}

	/**
	 * The rows that keep internal events from viewers, on every way an event leaves: the
	 * event, the list, its history and suggested status, candidates, its figures and
	 * their history, its page, exports, and the frozen figures of a published snapshot.
	 */
	private void internalChecks(Map<String, Check> checks) {
		checks.put("events.readInternal", new Check(this::event, (id) -> get("/api/events/" + id)));
		checks.put("events.listInternal",
				new Check(this::eventOfItsOwnDay,
						(ids) -> get("/api/events").param("from", day(ids)).param("to", day(ids)), false,
						CodingRoleMatrixTests::first));
		checks.put("events.historyInternal", new Check(this::event, (id) -> get("/api/events/" + id + "/history")));
		checks.put("events.suggestionInternal",
				new Check(this::event, (id) -> get("/api/events/" + id + "/suggested-status")));
		checks.put("events.candidatesInternal", new Check(() -> eventOfItsOwnDay() + " " + report(),
				(ids) -> json(post("/api/events/candidates"),
						Map.of("reportId", ids.split(" ")[2], "event", onDay(CodedRecords.event("نزوح"), day(ids)))),
				false, CodingRoleMatrixTests::first));
		checks.put("events.figures.readInternal", new Check(this::figure, (id) -> get("/api/figures/" + id)));
		checks.put("events.figures.historyInternal",
				new Check(this::figure, (id) -> get("/api/figures/" + id + "/history")));
		checks.put("events.pageInternal", new Check(this::event, (id) -> get("/events/" + id), true, null));
		checks.put("events.exportInternal",
				new Check(this::eventOfItsOwnDay,
						(ids) -> get("/api/exports/events/json").param("from", day(ids)).param("to", day(ids)), false,
						CodingRoleMatrixTests::first));
		checks.put("tallies.snapshotInternal",
				new Check(this::snapshotOfAnInternalEvent,
						(ids) -> get("/api/tallies/" + ids.split(" ")[1] + "/snapshots/" + ids.split(" ")[2]), false,
						CodingRoleMatrixTests::first));
	}

	private String event() throws Exception {
		return admin(json(post("/api/events"), CodedRecords.event("حادثة للمصفوفة " + number()))).get("id").asString();
	}

	private String publishableEvent() throws Exception {
		Map<String, Object> event = CodedRecords.event("حادثة منشورة للمصفوفة " + number());
		event.put("confidentiality", "publishable");
		return admin(json(post("/api/events"), event)).get("id").asString();
	}

	/** An internal event on a day no other event touches: its id and the day. */
	private String eventOfItsOwnDay() throws Exception {
		String day = LocalDate.of(2010, 1, 1).plusDays(10L * number()).toString();
		Map<String, Object> event = onDay(CodedRecords.event("حادثةٌ داخليّة ليومها " + number()), day);
		return admin(json(post("/api/events"), event)).get("id").asString() + " " + day;
	}

	/**
	 * A snapshot published as of {@link CodedRecords#PUBLISHED} of a tally that counts a
	 * figure of an internal event, at a place of its own so that no other figure is
	 * counted instead: the event's id, the tally's and the snapshot's.
	 */
	private String snapshotOfAnInternalEvent() throws Exception {
		String place = place();
		Map<String, Object> fields = CodedRecords.event("حادثة داخليّة في لقطة منشورة " + number());
		fields.put("placeId", place);
		String event = admin(json(post("/api/events"), fields)).get("id").asString();
		admin(json(post("/api/events/" + event + "/figures"),
				Map.of("figure", CodedRecords.figure(), "claims", List.of(claim(report())))));
		Map<String, Object> counting = CodedRecords.tally("عدد الخارجين من القرية " + number());
		counting.put("place", place);
		String tally = admin(json(post("/api/tallies"), counting)).get("id").asString();
		String snapshot = admin(post("/api/tallies/" + tally + "/snapshots").param("asOf", CodedRecords.PUBLISHED))
			.get("id")
			.asString();
		return event + " " + tally + " " + snapshot;
	}

	private String figure() throws Exception {
		return figure(event());
	}

	private String figure(String event) throws Exception {
		return admin(json(post("/api/events/" + event + "/figures"), Map.of("figure", CodedRecords.figure()))).get("id")
			.asString();
	}

	private static Map<String, Object> onDay(Map<String, Object> event, String day) {
		event.put("dateFrom", day);
		event.put("dateTo", day);
		return event;
	}

	private static String day(String ids) {
		return ids.split(" ")[1];
	}

	private static String first(String ids) {
		return ids.split(" ")[0];
	}

	private String claim() throws Exception {
		String report = report();
		JsonNode figure = admin(json(post("/api/events/" + event() + "/figures"),
				Map.of("figure", CodedRecords.figure(), "claims", List.of(claim(report)))));
		return figure.get("claims").get(0).get("id").asString();
	}

	private String report() throws Exception {
		return admin(json(post("/api/reports"), CodedRecords.report())).get("id").asString();
	}

	private String place() throws Exception {
		return admin(json(post("/api/places"), CodedRecords.place("matrix-" + number(), "قرية للمصفوفة"))).get("id")
			.asString();
	}

	private String actor() throws Exception {
		return admin(json(post("/api/actors"), actor("matrix-actor-" + number()))).get("id").asString();
	}

	private String tally() throws Exception {
		return admin(json(post("/api/tallies"), CodedRecords.tally("عدد للمصفوفة " + number()))).get("id").asString();
	}

	private JsonNode admin(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(RoleMatrixTests.api(Role.ADMIN)))
			.andReturn()
			.getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isBetween(200, 299);
		return JSON.readTree(body);
	}

	private static Map<String, Object> claim(String report) {
		return Map.of("reportId", report, "span", CodedRecords.figureSpan(), "value",
				Map.of("qualifier", "exact", "best", 36250));
	}

	private static Map<String, Object> actor(String id) {
		Map<String, Object> actor = new LinkedHashMap<>();
		actor.put("id", id);
		actor.put("nameAr", "فصيل " + id);
		actor.put("nameEn", "Faction " + id);
		return actor;
	}

	private static Map<String, Object> withVersion(Map<String, Object> body) {
		body.put("version", 1);
		return body;
	}

	private static int number() {
		return NUMBER.incrementAndGet();
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

	/** Makes the record a cell acts on; its id, or ids separated by a space. */
	@FunctionalInterface
	interface Target {

		String get() throws Exception;

	}

	/** The request of a cell, on the record made for it. */
	@FunctionalInterface
	interface Action {

		MockHttpServletRequestBuilder request(String target) throws Exception;

	}

	/** What a served answer must hold: the id of the record acted on. */
	@FunctionalInterface
	interface Holds {

		String of(String target);

	}

	/**
	 * The check of a row.
	 *
	 * @param prepare makes the record acted on
	 * @param action the request
	 * @param page whether the request is a page's, made with a session, not the API's
	 * @param holds what a served answer holds, or {@code null} when its status says it
	 */
	record Check(Target prepare, Action action, boolean page, Holds holds) {

		Check(Target prepare, Action action) {
			this(prepare, action, false, null);
		}

	}

}
