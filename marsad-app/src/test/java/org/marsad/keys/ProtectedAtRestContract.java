package org.marsad.keys;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Protected values at rest: what the database holds, read straight from its tables, never
 * contains a contact in clear. Run on H2 ({@link ProtectedAtRestTests}) and PostgreSQL
 * ({@link ProtectedAtRestPostgresIntegrationTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class ProtectedAtRestContract {

	/** Contacts as field teams write them, and the parts that would give them away. */
	static final Map<String, String> CONTACTS = Map.of("واتساب +963 944 123 456", "944 123 456",
			"هاتف: ٠٩٤٤١٢٣٤٥٦ (أبو ليلى)", "٠٩٤٤١٢٣٤٥٦", "signal: abu.layla.dz@example.org", "abu.layla.dz",
			"عند مفرق الجامع الكبير، الطابق الثاني", "مفرق الجامع الكبير");

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void coordinator() {
		TestAccounts.create(this.accounts, "rest-coordinator", "rest-coordinator-password", Role.COORDINATOR);
	}

	@Test
	void noTableHoldsAContactInClear() throws Exception {
		for (String contact : CONTACTS.keySet()) {
			createSource("مصدر", contact);
		}
		List<String> cells = RawTables.characterCells(this.dataSource);
		for (String part : CONTACTS.values()) {
			assertThat(cells).noneMatch((cell) -> cell.contains(part));
		}
	}

	@Test
	void everyRegisteredColumnHoldsOnlySealedValues() throws Exception {
		createSource("الهدهد", "واتساب +963 944 123 456");
		List<Map<String, Object>> columns = this.jdbc.sql("SELECT table_name, column_name FROM protected_column")
			.query()
			.listOfRows();
		assertThat(columns).isNotEmpty();
		for (Map<String, Object> column : columns) {
			List<String> values = this.jdbc
				.sql("SELECT " + column.get("column_name") + " FROM " + column.get("table_name") + " WHERE "
						+ column.get("column_name") + " IS NOT NULL")
				.query(String.class)
				.list();
			assertThat(values).allMatch(ProtectedText::isSealed);
		}
	}

	@Test
	void coordinatorsStillReadTheContact() throws Exception {
		String id = createSource("البلبل", "هاتف: ٠٩٤٤١٢٣٤٥٦ (أبو ليلى)");
		this.mvc.perform(get("/api/sources/" + id).with(coordinatorLogin()))
			.andExpect(jsonPath("$.contact").value("هاتف: ٠٩٤٤١٢٣٤٥٦ (أبو ليلى)"));
	}

	@Test
	void aContactCopiedToAnotherSourceDoesNotOpen() throws Exception {
		String first = createSource("الصقر", "signal: abu.layla.dz@example.org");
		String second = createSource("العقاب", "واتساب +963 944 123 456");
		this.jdbc.sql("UPDATE source SET contact = (SELECT contact FROM source WHERE id = :first) WHERE id = :second")
			.param("first", UUID.fromString(first))
			.param("second", UUID.fromString(second))
			.update();
		String body = this.mvc.perform(get("/api/sources/" + second).with(coordinatorLogin()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("abu.layla.dz").doesNotContain("944 123 456");
	}

	String createSource(String pseudonym, String contact) throws Exception {
		String body = this.mvc
			.perform(post("/api/sources").with(coordinatorLogin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(JsonMapper.builder()
					.build()
					.writeValueAsString(Map.of("pseudonym", pseudonym, "contact", contact))
					.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(body).get("id").asString();
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor coordinatorLogin() {
		return httpBasic("rest-coordinator", "rest-coordinator-password");
	}

}
