package org.marsad.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.marsad.settings.MarsadProperties;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The attack corpus of {@code docs/SECURITY.md}: hostile inputs against every text field,
 * file name, filter, id and form of the modules built so far, each asserting that nothing
 * executes, leaks or changes. The number of attacks is the one the document records.
 */
@SpringBootTest(properties = { "marsad.max-upload=1MB", "marsad.max-report-text=64KB", "spring.thymeleaf.cache=true" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AttackCorpusTests {

	static final Pattern RECORDED = Pattern.compile("Attack corpus: (\\d+) attacks tried, (\\d+) passed\\.");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ADMIN = "admin-test-password";

	static final String CONTACT = "واتساب +963 933 456 789";

	static final List<String> XSS = List.of("<script>alert('xss')</script>", "<img src=x onerror=alert(1)>",
			"\"><svg onload=alert(1)>", "'><iframe src=javascript:alert(1)>", "javascript:alert(document.cookie)",
			"<a href=\"javascript:alert(1)\">انقر هنا</a>", "{{7*7}} [[${7*7}]] [(${T(java.lang.Runtime)})]",
			"<style>*{display:none}</style>", "</textarea><script>alert(1)</script>", "<body onload=alert(1)>",
			"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "\u202E<script>alert(1)</script>",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
			"<div hx-get=\"/admin/accounts\" hx-trigger=\"load\">خبر</div>");

	static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE report;--", "'); DELETE FROM source; --",
			"\" OR \"\"=\"", "%' --", "'; SELECT pg_sleep(5);--",
			"1 UNION SELECT username, password_hash FROM account--", "$$; DROP TABLE account; $$", "admin'--",
			"١' OR '١'='١", "؛ DROP TABLE report", "\\'; TRUNCATE audit_entry; --");

	static final List<String> LEAKS = List.of("password_hash", "$2a$", "{bcrypt}", "SQLException", "syntax error",
			"Exception", "\tat ", "org.h2", "org.postgresql");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MarsadProperties properties;

	@Autowired
	Accounts accounts;

	@TestFactory
	Stream<DynamicNode> attacks() throws IOException {
		for (Role role : Role.values()) {
			TestAccounts.create(this.accounts, name(role), password(role), role);
		}
		Map<String, List<DynamicTest>> corpus = new LinkedHashMap<>();
		corpus.put("xss in text fields and file names", xss());
		corpus.put("sql metacharacters in filters", sql());
		corpus.put("path traversal in ids and file names", traversal());
		corpus.put("oversized and malformed bodies", bodies());
		corpus.put("forms without a csrf token", csrfAttacks());
		corpus.put("records and actions of another role", idor());
		int tried = corpus.values().stream().mapToInt(List::size).sum();
		Matcher recorded = RECORDED.matcher(Files.readString(RoleMatrix.DOCUMENT, StandardCharsets.UTF_8));
		assertThat(recorded.find()).as("docs/SECURITY.md records the corpus").isTrue();
		assertThat(Integer.parseInt(recorded.group(1))).as("attacks recorded in docs/SECURITY.md").isEqualTo(tried);
		assertThat(recorded.group(2)).as("every attack passes").isEqualTo(recorded.group(1));
		return corpus.entrySet()
			.stream()
			.map((category) -> DynamicContainer.dynamicContainer(category.getKey(), category.getValue()));
	}

	// XSS: hostile text stored through the API, then every page that shows it read back.

	private List<DynamicTest> xss() {
		List<DynamicTest> attacks = new ArrayList<>();
		for (String payload : XSS) {
			attacks.add(attack("source pseudonym " + payload, () -> {
				String id = source(Map.of("pseudonym", payload));
				pages(payload, true, "/sources/" + id, "/sources", "/reports/new");
			}));
			attacks.add(attack("source notes " + payload, () -> {
				String id = source(Map.of("pseudonym", "مصدر", "notes", payload));
				pages(payload, true, "/sources/" + id);
			}));
			attacks.add(attack("source contact " + payload, () -> {
				String id = source(Map.of("pseudonym", "مصدر", "contact", payload));
				pages(payload, true, "/sources/" + id);
			}));
			attacks.add(attack("report text " + payload, () -> {
				String id = report(Map.of("text", payload));
				pages(payload, true, "/reports/" + id, "/reports", "/");
			}));
			attacks.add(attack("report title " + payload, () -> {
				String id = report(Map.of("text", "خبر", "title", payload));
				pages(payload, true, "/reports/" + id, "/reports", "/");
			}));
			attacks.add(attack("correction text and title " + payload, () -> {
				String id = report(Map.of("text", "خبر"));
				ok(this.mvc
					.perform(json(post("/api/reports/" + id + "/versions"), Map.of("text", payload, "title", payload)))
					.andReturn()
					.getResponse());
				pages(payload, true, "/reports/" + id, "/reports/" + id + "?version=1", "/reports");
			}));
			attacks.add(attack("file name " + payload, () -> {
				MockHttpServletResponse created = this.mvc
					.perform(
							multipart("/api/reports")
								.file(new MockMultipartFile("files", payload + ".html", "text/html",
										("<html><script>alert(1)</script>" + UUID.randomUUID())
											.getBytes(StandardCharsets.UTF_8)))
								.param("text", "خبر مع ملف")
								.with(admin()))
					.andReturn()
					.getResponse();
				ok(created);
				JsonNode report = JSON.readTree(created.getContentAsString(StandardCharsets.UTF_8));
				pages(payload, false, "/reports/" + report.get("id").asString());
				MockHttpServletResponse download = this.mvc
					.perform(get("/attachments/" + report.get("attachments").get(0).get("sha256").asString())
						.with(user("admin").roles("ADMIN")))
					.andReturn()
					.getResponse();
				assertThat(download.getContentType()).doesNotContain("html");
				assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
				assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").doesNotContain("\n");
			}));
		}
		return attacks;
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

	// SQL metacharacters in every filter: never an error, never more rows, never a
	// change.

	private List<DynamicTest> sql() {
		List<DynamicTest> attacks = new ArrayList<>();
		Map<String, List<String>> filters = new LinkedHashMap<>();
		filters.put("/api/reports", List.of("sourceId", "status", "language", "from", "to", "page", "size"));
		filters.put("/reports", List.of("sourceId", "status", "language", "from", "to", "page"));
		filters.put("/api/audit", List.of("actor", "action", "kind", "record", "from", "to", "page", "size"));
		filters.put("/api/search", List.of("q", "source", "language", "channel", "status", "from", "to"));
		filters.put("/api/sources", List.of("page", "size"));
		for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
			for (String parameter : filter.getValue()) {
				for (String payload : SQL) {
					attacks.add(attack(filter.getKey() + "?" + parameter + "=" + payload, () -> {
						Map<String, Long> before = counts();
						MockHttpServletRequestBuilder request = get(filter.getKey()).param(parameter, payload);
						MockHttpServletResponse response = this.mvc
							.perform(filter.getKey().startsWith("/api") ? request.with(admin())
									: request.with(user("admin").roles("ADMIN")))
							.andReturn()
							.getResponse();
						assertThat(response.getStatus()).isIn(200, 400);
						String body = response.getContentAsString(StandardCharsets.UTF_8);
						LEAKS.stream()
							.filter((leak) -> !payload.contains(leak))
							.forEach((leak) -> assertThat(body).doesNotContain(leak));
						if (filter.getKey().equals("/api/audit") && response.getStatus() == 200
								&& List.of("actor", "action", "kind", "record").contains(parameter)) {
							assertThat(JSON.readTree(body).path("total").asLong()).as("no row matches").isZero();
						}
						assertThat(counts()).isEqualTo(before);
					}));
				}
			}
		}
		return attacks;
	}

	// Path traversal: ids that try to leave the store, names that try to become paths.

	private List<DynamicTest> traversal() {
		List<DynamicTest> attacks = new ArrayList<>();
		List<String> ids = List.of("..%2F..%2F..%2Fetc%2Fpasswd", "....%2F%2F....%2F%2Fetc%2Fpasswd",
				"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%5C..%5Cwindows%5Cwin.ini", "%252e%252e%252fetc%252fpasswd", "..",
				"tmp", "..%00.png", "A".repeat(64), "0".repeat(64), "0".repeat(64) + "%2F..", "%2Fetc%2Fpasswd",
				"0".repeat(63) + "g", "keys%2Fmaster.key");
		for (String id : ids) {
			for (String route : List.of("/api/attachments/", "/attachments/")) {
				attacks.add(attack(route + id, () -> {
					MockHttpServletResponse response = this.mvc
						.perform(
								get(route + id).with(route.startsWith("/api") ? admin() : user("admin").roles("ADMIN")))
						.andReturn()
						.getResponse();
					assertThat(response.getStatus()).isIn(400, 404);
					String body = response.getContentAsString(StandardCharsets.ISO_8859_1);
					assertThat(body).doesNotContain("root:").doesNotContain("[fonts]");
				}));
			}
		}
		List<String> names = List.of("../../../../marsad-evil.sh", "..\\..\\..\\marsad-evil.bat", "/etc/marsad-evil",
				"C:\\Windows\\marsad-evil.ini", "%2e%2e%2fmarsad-evil", "evil\u0000.png", "\u202Egnp.exe", ".htaccess",
				"...", "attachments/../../keys/master.key", "ح".repeat(5000) + ".png");
		for (String name : names) {
			attacks.add(attack("upload named " + name.substring(0, Math.min(40, name.length())), () -> {
				Set<Path> before = filesOutsideTheStore();
				MockHttpServletResponse created = this.mvc.perform(multipart("/api/reports")
					.file(new MockMultipartFile("files", name, "application/octet-stream",
							("%PDF-1.4 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)))
					.param("text", "خبر مع ملف")
					.with(admin())).andReturn().getResponse();
				assertThat(created.getStatus()).isIn(201, 400);
				if (created.getStatus() == 201) {
					String shown = JSON.readTree(created.getContentAsString(StandardCharsets.UTF_8))
						.get("attachments")
						.get(0)
						.get("fileName")
						.asString();
					assertThat(shown).doesNotContain("/", "\\", "\u0000", "\u202E").doesNotStartWith(".");
					assertThat(shown.length()).isLessThanOrEqualTo(120);
				}
				assertThat(filesOutsideTheStore()).isEqualTo(before);
				assertThat(this.properties.data().getParent().resolve("marsad-evil.sh")).doesNotExist();
			}));
		}
		return attacks;
	}

	/** The files of the data folder outside the attachment store and the search index. */
	private Set<Path> filesOutsideTheStore() throws IOException {
		Path data = this.properties.data();
		Set<Path> found = new java.util.HashSet<>();
		Files.walkFileTree(data, new java.nio.file.SimpleFileVisitor<>() {
			@Override
			public java.nio.file.FileVisitResult preVisitDirectory(Path folder,
					java.nio.file.attribute.BasicFileAttributes attributes) {
				boolean skipped = folder.equals(data.resolve("attachments")) || folder.equals(data.resolve("index"));
				return skipped ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
			}

			@Override
			public java.nio.file.FileVisitResult visitFile(Path file,
					java.nio.file.attribute.BasicFileAttributes attributes) {
				found.add(file);
				return java.nio.file.FileVisitResult.CONTINUE;
			}
		});
		found.addAll(strays(data.resolve("attachments")));
		return found;
	}

	/** Files in the attachment store that are not at the address of their hash. */
	private static Set<Path> strays(Path store) throws IOException {
		if (!Files.isDirectory(store)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.walk(store)) {
			return Set.copyOf(files.filter(Files::isRegularFile)
				.filter((file) -> !store.relativize(file)
					.toString()
					.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}|tmp/.*"))
				.toList());
		}
	}

	// Oversized and malformed bodies: 4xx, never an error, nothing stored.

	private List<DynamicTest> bodies() {
		List<DynamicTest> attacks = new ArrayList<>();
		Map<String, Body> bodies = new LinkedHashMap<>();
		byte[] nested = ("{\"text\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8);
		bodies.put("source larger than the body limit", new Body("/api/sources", MediaType.APPLICATION_JSON_VALUE,
				("{\"pseudonym\": \"" + "ح".repeat(600_000) + "\"}").getBytes(StandardCharsets.UTF_8), 413));
		bodies.put("account larger than the body limit", new Body("/api/accounts", MediaType.APPLICATION_JSON_VALUE,
				("{\"username\": \"" + "a".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8), 413));
		bodies.put("report text over its limit", new Body("/api/reports", MediaType.APPLICATION_JSON_VALUE,
				("{\"text\": \"" + "ح".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8), 413));
		bodies.put("truncated json", new Body("/api/sources", MediaType.APPLICATION_JSON_VALUE,
				"{\"pseudonym\": \"أبو".getBytes(StandardCharsets.UTF_8), 400));
		bodies.put("array instead of object", new Body("/api/reports", MediaType.APPLICATION_JSON_VALUE,
				"[\"خبر\"]".getBytes(StandardCharsets.UTF_8), 400));
		bodies.put("object for a text", new Body("/api/reports", MediaType.APPLICATION_JSON_VALUE,
				"{\"text\": {\"$ne\": null}}".getBytes(StandardCharsets.UTF_8), 400));
		bodies.put("invalid utf-8", new Body("/api/sources", MediaType.APPLICATION_JSON_VALUE, new byte[] { '{', '"',
				'p', 's', 'e', 'u', 'd', 'o', 'n', 'y', 'm', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }, 400));
		bodies.put("nesting 5000 deep", new Body("/api/reports", MediaType.APPLICATION_JSON_VALUE, nested, 400));
		bodies.put("a number of 5000 digits", new Body("/api/reports", MediaType.APPLICATION_JSON_VALUE,
				("{\"text\": \"خبر\", \"credibility\": " + "9".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8),
				400));
		bodies.put("plain text body", new Body("/api/sources", MediaType.TEXT_PLAIN_VALUE,
				"pseudonym=أبو".getBytes(StandardCharsets.UTF_8), 415));
		bodies.put("xml body",
				new Body("/api/reports", MediaType.APPLICATION_XML_VALUE,
						"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><report><text>&e;</text></report>"
							.getBytes(StandardCharsets.UTF_8),
						415));
		bodies.put("empty body", new Body("/api/sources", MediaType.APPLICATION_JSON_VALUE, new byte[0], 400));
		bodies.put("multipart without its boundary",
				new Body("/api/reports", "multipart/form-data; boundary=xyz",
						"--abc\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nخبر\r\n"
							.getBytes(StandardCharsets.UTF_8),
						400));
		for (Map.Entry<String, Body> body : bodies.entrySet()) {
			attacks.add(attack(body.getKey(), () -> {
				Map<String, Long> before = counts();
				MockHttpServletResponse response = this.mvc
					.perform(post(body.getValue().path()).with(admin())
						.contentType(body.getValue().type())
						.content(body.getValue().content()))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).isEqualTo(body.getValue().status());
				String text = response.getContentAsString(StandardCharsets.UTF_8);
				LEAKS.forEach((leak) -> assertThat(text).doesNotContain(leak));
				assertThat(text).doesNotContain("root:");
				assertThat(counts()).isEqualTo(before);
			}));
		}
		attacks.add(attack("file over the upload limit", () -> {
			Map<String, Long> before = counts();
			MockHttpServletResponse response = this.mvc
				.perform(multipart("/api/reports")
					.file(new MockMultipartFile("files", "كبير.pdf", "application/pdf", new byte[1_200_000]))
					.param("text", "خبر")
					.with(admin()))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(413);
			assertThat(counts()).isEqualTo(before);
		}));
		for (String page : List.of("-1", "99999999999", "1e9")) {
			attacks.add(attack("page " + page, () -> {
				int status = this.mvc.perform(get("/api/reports").param("page", page).with(admin()))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).isIn(200, 400);
			}));
		}
		return attacks;
	}

	// CSRF: every form posted with a session but without (or with a wrong) token.

	private List<DynamicTest> csrfAttacks() {
		List<DynamicTest> attacks = new ArrayList<>();
		String source = source(Map.of("pseudonym", "مصدر للهجوم", "contact", CONTACT));
		String report = report(Map.of("text", "خبر للهجوم"));
		Map<String, AbstractMockHttpServletRequestBuilder<?>> forms = new LinkedHashMap<>();
		forms.put("new source", post("/sources").param("pseudonym", "مصدر مزروع"));
		forms.put("regrade", post("/sources/" + source + "/reliability").param("reliability", "A"));
		forms.put("new report", multipart("/reports").param("text", "خبر مزروع"));
		forms.put("correction", post("/reports/" + report + "/versions").param("text", "خبر مزور"));
		forms.put("new account",
				post("/admin/accounts").param("username", "intruder")
					.param("password", "كلمة-سر-طويلة-جداً")
					.param("role", "ADMIN"));
		forms.put("change account",
				post("/admin/accounts/" + name(Role.VIEWER)).param("role", "ADMIN").param("enabled", "true"));
		forms.put("reset password",
				post("/admin/accounts/" + name(Role.VIEWER) + "/password").param("newPassword", "كلمة-سر-جديدة-طويلة")
					.param("confirmation", "كلمة-سر-جديدة-طويلة"));
		forms.put("unlock", post("/admin/accounts/" + name(Role.VIEWER) + "/unlock"));
		forms.put("own password",
				post("/account/password").param("currentPassword", ADMIN)
					.param("newPassword", "كلمة-سر-جديدة-طويلة")
					.param("confirmation", "كلمة-سر-جديدة-طويلة"));
		forms.put("log out", post("/logout"));
		for (Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>> form : forms.entrySet()) {
			for (boolean wrongToken : List.of(false, true)) {
				attacks.add(attack(form.getKey() + (wrongToken ? " with a wrong token" : " without a token"), () -> {
					Map<String, Long> before = counts();
					AbstractMockHttpServletRequestBuilder<?> request = form.getValue()
						.with(user("admin").roles("ADMIN"));
					if (wrongToken) {
						request = request.with(csrf().useInvalidToken());
					}
					assertThat(this.mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
					assertThat(counts()).isEqualTo(before);
				}));
			}
		}
		attacks.add(attack("api called with a session cookie only", () -> {
			MockHttpSession session = (MockHttpSession) this.mvc
				.perform(post("/login").param("username", "admin").param("password", ADMIN).with(csrf()))
				.andReturn()
				.getRequest()
				.getSession();
			Map<String, Long> before = counts();
			assertThat(this.mvc
				.perform(post("/api/sources").session(session)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"pseudonym\": \"مصدر مزروع\"}".getBytes(StandardCharsets.UTF_8)))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(401);
			assertThat(counts()).isEqualTo(before);
		}));
		return attacks;
	}

	// IDOR: records and actions of another role, named by id.

	private List<DynamicTest> idor() {
		List<DynamicTest> attacks = new ArrayList<>();
		String source = source(Map.of("pseudonym", "الراصد الخفي", "contact", CONTACT));
		String report = report(Map.of("text", "خبر محمي", "sourceId", source));
		Map<String, Attempt> attempts = new LinkedHashMap<>();
		attempts.put("documenter reads a contact by id",
				new Attempt(get("/api/sources/" + source).with(as(Role.DOCUMENTER)), 200));
		attempts.put("viewer reads a contact by id",
				new Attempt(get("/api/sources/" + source).with(as(Role.VIEWER)), 403));
		attempts.put("documenter opens a source page",
				new Attempt(get("/sources/" + source).with(page(Role.DOCUMENTER)), 200));
		attempts.put("analyst lists sources", new Attempt(get("/api/sources?size=100").with(as(Role.ANALYST)), 200));
		attempts.put("analyst regrades a source", new Attempt(
				body(put("/api/sources/" + source + "/reliability"), Map.of("reliability", "A")).with(as(Role.ANALYST)),
				403));
		attempts.put("viewer corrects a report", new Attempt(
				body(post("/api/reports/" + report + "/versions"), Map.of("text", "خبر مزور")).with(as(Role.VIEWER)),
				403));
		attempts.put("analyst stores a report",
				new Attempt(body(post("/api/reports"), Map.of("text", "خبر مزروع")).with(as(Role.ANALYST)), 403));
		attempts.put("documenter reads the admin account",
				new Attempt(get("/api/accounts/admin").with(as(Role.DOCUMENTER)), 403));
		attempts.put("analyst demotes the admin",
				new Attempt(body(patch("/api/accounts/admin"), Map.of("role", "VIEWER")).with(as(Role.ANALYST)), 403));
		attempts.put("coordinator reads the audit log",
				new Attempt(get("/api/audit?actor=admin").with(as(Role.COORDINATOR)), 403));
		attempts.put("viewer opens the admin's account page",
				new Attempt(get("/admin/accounts/admin").with(page(Role.VIEWER)), 403));
		attempts.put("documenter resets the admin's password",
				new Attempt(post("/admin/accounts/admin/password").param("newPassword", "كلمة-سر-جديدة-طويلة")
					.param("confirmation", "كلمة-سر-جديدة-طويلة")
					.with(page(Role.DOCUMENTER)), 403));
		attempts.put("documenter unlocks an account",
				new Attempt(post("/admin/accounts/admin/unlock").with(page(Role.DOCUMENTER)), 403));
		attempts.put("viewer records a source on the page",
				new Attempt(post("/sources").param("pseudonym", "مصدر مزروع").with(page(Role.VIEWER)), 403));
		attempts.put("viewer searches by source",
				new Attempt(get("/api/search").param("source", "الراصد الخفي").with(as(Role.VIEWER)), 200, 400));
		for (Map.Entry<String, Attempt> attempt : attempts.entrySet()) {
			attacks.add(attack(attempt.getKey(), () -> {
				Map<String, Long> before = counts();
				MockHttpServletResponse response = this.mvc.perform(attempt.getValue().request())
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).isIn(attempt.getValue().statuses());
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				assertThat(body).doesNotContain(CONTACT).doesNotContain("password_hash");
				if (attempt.getKey().contains("searches")) {
					assertThat(body).doesNotContain("الراصد الخفي");
				}
				assertThat(counts()).isEqualTo(before);
			}));
		}
		return attacks;
	}

	// Helpers.

	private static DynamicTest attack(String name, org.junit.jupiter.api.function.Executable check) {
		return DynamicTest.dynamicTest(name, check);
	}

	private String source(Map<String, String> body) {
		try {
			MockHttpServletResponse response = this.mvc.perform(json(post("/api/sources"), body))
				.andReturn()
				.getResponse();
			ok(response);
			return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String report(Map<String, String> body) {
		try {
			MockHttpServletResponse response = this.mvc.perform(json(post("/api/reports"), body))
				.andReturn()
				.getResponse();
			ok(response);
			return JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)).get("id").asString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void ok(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 299);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Map<String, ?> body) {
		return body(request, body).with(admin());
	}

	/** A JSON body without credentials, for the caller to add its own. */
	private static MockHttpServletRequestBuilder body(MockHttpServletRequestBuilder request, Map<String, ?> body) {
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

	/**
	 * The administrator, without checking the password on every request (bcrypt would
	 * make the corpus slow; logins themselves are attacked in {@code LoginLockoutTests}).
	 */
	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	static RequestPostProcessor as(Role role) {
		return httpBasic(name(role), password(role));
	}

	static RequestPostProcessor page(Role role) {
		return (request) -> user(name(role)).roles(role.name()).postProcessRequest(csrf().postProcessRequest(request));
	}

	static String name(Role role) {
		return "corpus." + role.name().toLowerCase();
	}

	static String password(Role role) {
		return "corpus-password-" + role.name().toLowerCase();
	}

	/**
	 * A hostile body.
	 *
	 * @param path where it goes
	 * @param type its declared content type
	 * @param content its bytes
	 * @param status the refusal expected
	 */
	record Body(String path, String type, byte[] content, int status) {
	}

	/**
	 * A request for what belongs to another role.
	 *
	 * @param request the request
	 * @param statuses the statuses expected (200 where the answer leaves the value out)
	 */
	record Attempt(MockHttpServletRequestBuilder request, List<Integer> statuses) {

		Attempt(MockHttpServletRequestBuilder request, Integer... statuses) {
			this(request, List.of(statuses));
		}

	}

}
