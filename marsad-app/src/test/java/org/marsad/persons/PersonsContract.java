package org.marsad.persons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.marsad.events.CatalogueFixture;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the persons API contracts share: one account per role, the catalogue fixture, JSON
 * helpers and row counts, so that each refusal can be shown to leave the record as it
 * was. Run against H2 and PostgreSQL by the concrete subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class PersonsContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@BeforeEach
	void prepare() {
		CatalogueFixture.ensure(this.jdbc);
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

	static String username(Role role) {
		return "persons-" + role.name().toLowerCase();
	}

	static JsonNode read(ResultActions actions) throws IOException {
		MvcResult result = actions.andReturn();
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	ResultActions send(MockHttpServletRequestBuilder request, Role role, Object body) throws Exception {
		return this.mvc.perform(request.with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)));
	}

	ResultActions post(String path, Role role, Object body) throws Exception {
		return send(MockMvcRequestBuilders.post(path), role, body);
	}

	ResultActions put(String path, Role role, Object body) throws Exception {
		return send(MockMvcRequestBuilders.put(path), role, body);
	}

	ResultActions fetch(String path, Role role) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.get(path).with(as(role)));
	}

	JsonNode get(String path, Role role) throws Exception {
		return read(fetch(path, role).andExpect(status().isOk()));
	}

	static Map<String, Object> person(String fullName) {
		Map<String, Object> person = new HashMap<>();
		person.put("fullName", fullName);
		return person;
	}

	static Map<String, Object> person(String fullName, String sex, Integer birthYear, String relation) {
		Map<String, Object> person = person(fullName);
		person.put("sex", sex);
		person.put("birthYear", birthYear);
		person.put("householdRelation", relation);
		person.put("nationality", "SY");
		person.put("originPlaceId", CatalogueFixture.HAJIN);
		return person;
	}

	JsonNode created(Map<String, Object> person, Role role) throws Exception {
		return read(post("/api/persons", role, person).andExpect(status().isCreated()));
	}

	String createdId(Map<String, Object> person) throws Exception {
		return created(person, Role.DOCUMENTER).get("id").asString();
	}

	/** A family of three, the father first, without documents. */
	JsonNode family() throws Exception {
		return read(post("/api/persons/households", Role.DOCUMENTER,
				Map.of("name", "عائلة الخلف", "members",
						List.of(person("محمد بن أحمد الخلف", "male", 1978, "head"),
								person("فاطمة عبد الرحمن الحسين", "female", 1982, "spouse"),
								person("عبد الله محمد الخلف", "male", 2011, "son"))))
			.andExpect(status().isCreated()));
	}

	long rows(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/** Rows of every persons table, to compare before and after. */
	String snapshot() {
		return rows("person") + "/" + rows("household") + "/" + rows("person_status") + "/" + rows("person_source")
				+ "/" + rows("identity_document") + "/" + rows("document_copy") + "/" + rows("identity_attestation")
				+ "/" + rows("person_change") + "/" + rows("issued_attestation") + "/" + rows("figure_person") + "/"
				+ this.jdbc.sql("SELECT COUNT(*) FROM figure_person WHERE unlinked_at IS NULL")
					.query(Long.class)
					.single();
	}

}
