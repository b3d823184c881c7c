package org.marsad.security;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.marsad.keys.RawTables;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * One test per cell of the role × action matrix in {@code docs/SECURITY.md}, through the
 * API (or the page, where there is no API): a role the matrix refuses must be refused and
 * leave every table as it was; a role it allows must be served. Every row must also
 * refuse callers who are not logged in. Rows of the modules built here must have a check.
 * It runs in a context of its own: its second administrator would let other tests demote
 * the first.
 */
@SpringBootTest(properties = "marsad.test-context=role-matrix")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RoleMatrixTests {

	/** The rows this test checks; other modules check theirs. */
	static final List<String> PREFIXES = List.of("accounts.", "sources.", "reports.", "attachments.", "search.",
			"audit.", "keys.", "backups.");

	static final String CONTACT = "واتساب +963 944 000 111";

	static final String WORD = "ضفدعستان";

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

	private static Fixture fixture;

	@BeforeEach
	void fixture() throws Exception {
		for (Role role : Role.values()) {
			TestAccounts.create(this.accounts, username(role), password(role), role);
		}
		TestAccounts.create(this.accounts, "matrix.target", "matrix-target-password", Role.VIEWER);
		if (fixture == null) {
			String source = id(this.mvc
				.perform(json(post("/api/sources"), Role.ADMIN,
						Map.of("pseudonym", "الراوي المصفوفي", "contact", CONTACT)))
				.andReturn());
			MvcResult report = this.mvc
				.perform(multipart("/api/reports").file(new MockMultipartFile("files", "صورة.png", "image/png", PNG))
					.param("text", "خبر عن " + WORD + " في الصباح")
					.param("sourceId", source)
					.with(api(Role.ADMIN)))
				.andReturn();
			JsonNode body = JSON.readTree(report.getResponse().getContentAsString(StandardCharsets.UTF_8));
			fixture = new Fixture(source, body.get("id").asString(),
					body.get("attachments").get(0).get("sha256").asString());
			await().atMost(Duration.ofSeconds(30)).until(() -> searchHits(Role.ADMIN) > 0);
		}
	}

	@Test
	void everyRowOfTheseModulesHasACheck() {
		List<String> rows = new ArrayList<>();
		for (String prefix : PREFIXES) {
			RoleMatrix.load().rows(prefix).forEach((row) -> rows.add(row.key()));
		}
		assertThat(rows).isNotEmpty();
		assertThat(checks().keySet()).containsAll(rows);
		assertThat(rows).containsAll(checks().keySet());
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
		Map<String, Long> before = counts();
		Outcome outcome = check.run(role);
		assertThat(outcome.granted()).as("status %s", outcome.status()).isEqualTo(expected);
		if (!expected) {
			assertThat(counts()).as("a refused action changes nothing").isEqualTo(before);
			assertThat(outcome.status()).isIn(outcome.visibility() ? List.of(200) : List.of(302, 401, 403, 404));
		}
	}

	/** The check of each row: does the action, says whether it was granted. */
	private Map<String, Check> checks() {
		Map<String, Check> checks = new LinkedHashMap<>();
		checks.put("accounts.list", (role) -> status(get("/api/accounts").with(api(role))));
		checks.put("accounts.read", (role) -> status(get("/api/accounts/matrix.target").with(api(role))));
		checks.put("accounts.create", (role) -> status(json(post("/api/accounts"), role, Map.of("username",
				"matrix.new" + NUMBER.incrementAndGet(), "password", "كلمة-سر-طويلة-جداً", "role", "VIEWER"))));
		checks.put("accounts.change", (role) -> status(json(patch("/api/accounts/matrix.target"), role,
				Map.of("role", (NUMBER.incrementAndGet() % 2 == 0) ? "ANALYST" : "VIEWER"))));
		checks.put("accounts.resetPassword",
				(role) -> status(post("/admin/accounts/matrix.target/password").with(page(role))
					.param("newPassword", "matrix-target-password")
					.param("confirmation", "matrix-target-password")));
		checks.put("accounts.ownPassword",
				(role) -> status(post("/account/password").with(page(role))
					.param("currentPassword", (role != null) ? password(role) : "")
					.param("newPassword", (role != null) ? password(role) : "")
					.param("confirmation", (role != null) ? password(role) : "")));
		checks.put("sources.create", (role) -> status(
				json(post("/api/sources"), role, Map.of("pseudonym", "مصدر " + NUMBER.incrementAndGet()))));
		checks.put("sources.read", (role) -> status(get("/api/sources/" + fixture.source()).with(api(role))));
		checks.put("sources.contact",
				(role) -> visible(get("/api/sources/" + fixture.source()).with(api(role)), CONTACT));
		checks.put("sources.grade", (role) -> status(
				json(put("/api/sources/" + fixture.source() + "/reliability"), role, Map.of("reliability", "C"))));
		checks.put("reports.create",
				(role) -> status(json(post("/api/reports"), role, Map.of("text", "خبر " + NUMBER.incrementAndGet()))));
		checks.put("reports.read", (role) -> status(get("/api/reports/" + fixture.report()).with(api(role))));
		checks.put("reports.source",
				(role) -> visible(get("/api/reports/" + fixture.report()).with(api(role)), "الراوي المصفوفي"));
		checks.put("reports.correct", (role) -> status(json(post("/api/reports/" + fixture.report() + "/versions"),
				role, Map.of("text", "خبر مصحح عن " + WORD + " " + NUMBER.incrementAndGet()))));
		checks.put("attachments.download",
				(role) -> status(get("/api/attachments/" + fixture.attachment()).with(api(role))));
		checks.put("search.query", (role) -> status(get("/api/search").param("q", WORD).with(api(role))));
		checks.put("search.page",
				(role) -> status(get("/search").param("q", WORD).with((role != null) ? page(role) : api(null))));
		checks.put("search.sources",
				(role) -> visible(get("/api/search").param("q", WORD).with(api(role)), "الراوي المصفوفي"));
		checks.put("audit.read", (role) -> status(get("/api/audit").with(api(role))));
		checks.put("audit.verify", (role) -> status(get("/api/audit/verify").with(api(role))));
		checks.put("keys.rotate", (role) -> status(post("/api/keys/rotate").with(api(role))));
		checks.put("backups.write", (role) -> status(post("/api/backups").with(api(role))));
		checks.put("backups.restore", (role) -> status(post("/api/backups/restore").with(api(role))));
		return checks;
	}

	private Outcome status(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getHeader("Location");
		boolean redirectedToWork = status / 100 == 3 && location != null && !location.contains("/login");
		return new Outcome(status, status / 100 == 2 || redirectedToWork, false);
	}

	private Outcome visible(MockHttpServletRequestBuilder request, String value) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		int status = result.getResponse().getStatus();
		return new Outcome(status, status == 200 && body.contains(value), status == 200);
	}

	private int searchHits(Role role) throws Exception {
		MvcResult result = this.mvc.perform(get("/api/search").param("q", WORD).with(api(role))).andReturn();
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).path("total").asInt();
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Role role, Map<String, ?> body) {
		return request.with(api(role))
			.contentType(MediaType.APPLICATION_JSON)
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

	private static String id(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor api(Role role) {
		return (role != null) ? httpBasic(username(role), password(role)) : (request) -> request;
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor page(Role role) {
		return (request) -> {
			csrf().postProcessRequest(request);
			return (role != null) ? user(username(role)).roles(role.name()).postProcessRequest(request) : request;
		};
	}

	static String username(Role role) {
		return "matrix." + role.name().toLowerCase();
	}

	static String password(Role role) {
		return "matrix-password-" + role.name().toLowerCase();
	}

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
			(byte) UUID.randomUUID().hashCode() };

	/** Does one action as a role ({@code null}: not logged in). */
	@FunctionalInterface
	interface Check {

		Outcome run(Role role) throws Exception;

	}

	/**
	 * What an action gave.
	 *
	 * @param status the HTTP status
	 * @param granted whether it was done (or the value was shown)
	 * @param visibility whether the check is of a value shown or left out, rather than of
	 * an action
	 */
	record Outcome(int status, boolean granted, boolean visibility) {
	}

	/**
	 * Records the checks act on.
	 *
	 * @param source a source with contact details
	 * @param report a report from it, with a file
	 * @param attachment the file's SHA-256
	 */
	record Fixture(String source, String report, String attachment) {
	}

}
