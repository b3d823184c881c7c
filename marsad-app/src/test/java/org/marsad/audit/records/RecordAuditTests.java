package org.marsad.audit.records;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.events.CatalogueFixture;
import org.marsad.security.Accounts;
import org.marsad.security.CodedRecords;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Writes of the events, catalogue and tallies modules (coding saves, events, places,
 * tally definitions) reach the audit chain, with who, what and digests before and after,
 * and the chain still verifies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RecordAuditTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String DOCUMENTER = "audit.documenter";

	static final String COORDINATOR = "audit.coordinator";

	static final String PASSWORD = "كلمة-سر-للتدقيق-طويلة";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void accounts() {
		CatalogueFixture.ensure(this.jdbc);
		TestAccounts.create(this.accounts, DOCUMENTER, PASSWORD, Role.DOCUMENTER);
		TestAccounts.create(this.accounts, COORDINATOR, PASSWORD, Role.COORDINATOR);
	}

	@Test
	void aCodingSaveRecordsTheEventItsFigureAndTheReport() throws Exception {
		String report = created(post("/api/reports"), DOCUMENTER, CodedRecords.report());
		long before = head();
		JsonNode result = send(post("/api/reports/" + report + "/coding"), DOCUMENTER,
				CodedRecords.coding("خروج المدنيين من الباغوز"), 201);
		String event = result.get("createdEvents").get(0).asString();
		String figure = result.get("figures").get("total").asString();
		List<Map<String, Object>> appended = entriesAfter(before);
		assertThat(appended).extracting((entry) -> entry.get("actor")).containsOnly(DOCUMENTER);
		assertThat(appended).extracting((entry) -> entry.get("record_kind") + ":" + entry.get("action"))
			.contains("event:created", "event:linked", "figure:created", "report:coded");
		assertThat(entry(appended, "event", event, "created")).containsEntry("before_digest", null);
		assertThat(entry(appended, "event", event, "created").get("after_digest")).isNotNull();
		assertThat(entry(appended, "figure", figure, "created").get("after_digest")).isNotNull();
		assertThat(entry(appended, "report", report, "coded").get("before_digest")).as("the digest when it was stored")
			.isNotNull();
		assertChainIntact();
	}

	@Test
	void theDigestBeforeAnEventEditIsTheDigestAfterItsLastWrite() throws Exception {
		String event = send(post("/api/events"), DOCUMENTER, CodedRecords.event("نزوح من الباغوز"), 201).get("id")
			.asString();
		Map<String, Object> created = last("event", event);
		send(put("/api/events/" + event), DOCUMENTER,
				Map.of("version", 1, "reason", "تصحيح الوصف", "event", CodedRecords.event("نزوح الأهالي من الباغوز")),
				200);
		Map<String, Object> updated = last("event", event);
		assertThat(updated.get("action")).isEqualTo("updated");
		assertThat(updated.get("before_digest")).isEqualTo(created.get("after_digest"));
		assertThat(updated.get("after_digest")).isNotEqualTo(created.get("after_digest"));
		assertChainIntact();
	}

	@Test
	void aCatalogueEditRecordsThePlaceBeforeAndAfter() throws Exception {
		String id = "audit-" + Long.toHexString(System.nanoTime());
		send(post("/api/places"), COORDINATOR, CodedRecords.place(id, "قرية الهجين الشرقية"), 201);
		Map<String, Object> created = last("place", id);
		assertThat(created).containsEntry("action", "created").containsEntry("actor", COORDINATOR);
		Map<String, Object> edit = CodedRecords.place(id, "قريـة الهَجين الشرقيّة");
		edit.put("version", 1);
		send(put("/api/places/" + id), COORDINATOR, edit, 200);
		Map<String, Object> updated = last("place", id);
		assertThat(updated).containsEntry("action", "updated")
			.containsEntry("before_digest", created.get("after_digest"));
		assertThat(updated.get("after_digest")).isNotEqualTo(created.get("after_digest"));
		assertChainIntact();
	}

	@Test
	void aTallyDefinitionIsRecordedWithWhoDefinedIt() throws Exception {
		String tally = created(post("/api/tallies"), COORDINATOR, CodedRecords.tally("عدد الخارجين من الباغوز"));
		Map<String, Object> created = last("tally", tally);
		assertThat(created).containsEntry("action", "created")
			.containsEntry("actor", COORDINATOR)
			.containsEntry("before_digest", null);
		assertThat(created.get("after_digest")).isNotNull();
		assertChainIntact();
	}

	@Test
	void aTallyRedefinitionChainsItsDigests() throws Exception {
		String tally = created(post("/api/tallies"), COORDINATOR, CodedRecords.tally("عدد الخارجين من الباغوز"));
		Map<String, Object> created = last("tally", tally);
		send(put("/api/tallies/" + tally), COORDINATOR, CodedRecords.tally("عـدد الخارجيـن من الباغوز (مُصحَّح)"), 200);
		Map<String, Object> updated = last("tally", tally);
		assertThat(updated).containsEntry("action", "updated")
			.containsEntry("before_digest", created.get("after_digest"));
		assertThat(updated.get("after_digest")).isNotEqualTo(created.get("after_digest"));
		assertChainIntact();
	}

	@Test
	void aRefusedTallyDefinitionAppendsNothing() throws Exception {
		long before = head();
		Map<String, Object> tally = CodedRecords.tally("عدد الإبل المنقولة");
		tally.put("unit", "camel");
		send(post("/api/tallies"), COORDINATOR, tally, 400);
		assertThat(entriesAfter(before)).isEmpty();
	}

	@Test
	void aRefusedCodingSaveAppendsNothing() throws Exception {
		String report = created(post("/api/reports"), DOCUMENTER, CodedRecords.report());
		long before = head();
		Map<String, Object> coding = CodedRecords.coding("خروج");
		@SuppressWarnings("unchecked")
		Map<String, Object> event = (Map<String, Object>) ((List<Map<String, Object>>) coding.get("events")).get(0)
			.get("event");
		event.put("dateTo", "2999-01-01");
		send(post("/api/reports/" + report + "/coding"), DOCUMENTER, coding, 400);
		assertThat(entriesAfter(before)).isEmpty();
	}

	@Test
	void theAdministratorFiltersTheLogByKindOfCodedRecord() throws Exception {
		send(post("/api/events"), DOCUMENTER, CodedRecords.event("قصف على الباغوز"), 201);
		String page = this.mvc
			.perform(get("/admin/audit").param("kind", "event")
				.param("actor", DOCUMENTER)
				.with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).select("#audit-entries tbody tr td:nth-child(3)").eachText())
			.isNotEmpty()
			.containsOnly(DOCUMENTER);
	}

	private void assertChainIntact() throws Exception {
		JsonNode check = JSON
			.readTree(this.mvc.perform(get("/api/audit/verify").with(httpBasic("admin", "admin-test-password")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
		assertThat(check.get("breaks")).as(check.toString()).isEmpty();
	}

	private long head() {
		return this.jdbc.sql("SELECT seq FROM audit_head").query(Long.class).single();
	}

	private List<Map<String, Object>> entriesAfter(long seq) {
		return this.jdbc.sql("SELECT * FROM audit_entry WHERE seq > :seq ORDER BY seq")
			.param("seq", seq)
			.query()
			.listOfRows();
	}

	private Map<String, Object> last(String kind, String id) {
		return this.jdbc
			.sql("SELECT * FROM audit_entry WHERE record_kind = :kind AND record_id = :id "
					+ "ORDER BY seq DESC LIMIT 1")
			.param("kind", kind)
			.param("id", id)
			.query()
			.singleRow();
	}

	private static Map<String, Object> entry(List<Map<String, Object>> entries, String kind, String id, String action) {
		return entries.stream()
			.filter((entry) -> kind.equals(entry.get("record_kind")) && id.equals(entry.get("record_id"))
					&& action.equals(entry.get("action")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + action + " entry for " + id));
	}

	private String created(MockHttpServletRequestBuilder request, String user, Map<String, Object> body)
			throws Exception {
		return send(request, user, body, 201).get("id").asString();
	}

	private JsonNode send(MockHttpServletRequestBuilder request, String user, Map<String, Object> body, int expected)
			throws Exception {
		var response = this.mvc
			.perform(request.with(httpBasic(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)))
			.andReturn()
			.getResponse();
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(text).isEqualTo(expected);
		return JSON.readTree(text.isEmpty() ? "{}" : text);
	}

}
