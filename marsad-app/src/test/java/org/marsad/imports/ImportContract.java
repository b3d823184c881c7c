package org.marsad.imports;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the import contracts share: an account per role, uploads, mappings and waiting for
 * a commit to end. Run on H2 and PostgreSQL by concrete subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ImportContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The header that the sheets of these tests share. */
	static final String HEADER = "رقم الحدث,نوع الحدث,التاريخ,المكان,الطرف الأول,العدد,الوحدة,الفئة,الجنسية\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void prepareAccounts() {
		for (Role role : Role.values()) {
			if (role != Role.ADMIN) {
				TestAccounts.create(this.accounts, username(role), "password-of-" + role.name().toLowerCase(), role);
			}
		}
	}

	static RequestPostProcessor as(Role role) {
		return (role == Role.ADMIN) ? httpBasic("admin", "admin-test-password")
				: httpBasic(username(role), "password-of-" + role.name().toLowerCase());
	}

	private static String username(Role role) {
		return "import-" + role.name().toLowerCase();
	}

	ResultActions upload(String fileName, byte[] content, Role role) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", fileName, "text/csv", content);
		return this.mvc.perform(multipart("/api/imports").file(file).with(as(role)));
	}

	ResultActions upload(String csv) throws Exception {
		return upload("أحداث.csv", csv.getBytes(StandardCharsets.UTF_8), Role.DOCUMENTER);
	}

	String sheetId(String csv) throws Exception {
		return read(upload(csv)).get("id").asString();
	}

	ResultActions check(String sheetId, String mapping) throws Exception {
		return this.mvc.perform(post("/api/imports/" + sheetId + "/check").with(as(Role.DOCUMENTER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(mapping));
	}

	JsonNode commitAndWait(String sheetId, String mapping) throws Exception {
		JsonNode job = read(this.mvc.perform(post("/api/imports/" + sheetId + "/commit").with(as(Role.DOCUMENTER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(mapping)));
		return waitFor(job.get("id").asString());
	}

	JsonNode waitFor(String jobId) throws Exception {
		JsonNode job = null;
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			job = read(this.mvc.perform(get("/api/imports/jobs/" + jobId).with(as(Role.DOCUMENTER))));
			String state = job.get("state").asString();
			if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the import did not end in time: " + job);
	}

	/** The mapping the sheets with {@link #HEADER} take. */
	static String mapping() {
		return """
				{"columns": {"event_key": "رقم الحدث", "type": "نوع الحدث", "date_from": "التاريخ",
				 "place": "المكان", "actor_1": "الطرف الأول", "figure": "العدد", "unit": "الوحدة",
				 "category": "الفئة", "nationality": "الجنسية"}}
				""";
	}

	long rows(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	static JsonNode read(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
