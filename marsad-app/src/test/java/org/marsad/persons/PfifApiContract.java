package org.marsad.persons;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PFIF 1.4 export and import through the API: namespace, no protected fields, no internal
 * persons for viewers, all-or-nothing import naming record and field, no XML entities.
 * Run on H2 ({@link PfifApiTests}).
 */
abstract class PfifApiContract extends PersonsContract {

	static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">";

	static String person(String id, String fullName, String extra) {
		return "<pfif:person><pfif:person_record_id>" + id + "</pfif:person_record_id><pfif:full_name>" + fullName
				+ "</pfif:full_name>" + extra + "</pfif:person>";
	}

	ResultActions importing(String xml, Role role) throws Exception {
		return this.mvc.perform(MockMvcRequestBuilders.post("/api/persons/pfif")
			.with(as(role))
			.contentType(MediaType.APPLICATION_XML)
			.content(xml.getBytes(StandardCharsets.UTF_8)));
	}

	String export(Role role) throws Exception {
		return fetch("/api/persons/pfif", role).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void exportsPersonsAndNotesInThePfifNamespaceWithoutDocumentNumbers() throws Exception {
		String id = createdId(person("زينب بن علي الخلف"));
		post("/api/persons/" + id + "/statuses", Role.DOCUMENTER, Map.of("status", "missing", "on", "2019-02-03"));
		post("/api/persons/" + id + "/documents", Role.DOCUMENTER,
				Map.of("type", "national_id", "number", "07730011223", "state", "lost"));
		String xml = export(Role.ANALYST);
		assertThat(xml).contains("xmlns:pfif=\"http://zesty.ca/pfif/1.4\"")
			.contains("<pfif:full_name>زينب بن علي الخلف</pfif:full_name>")
			.contains("<pfif:status>believed_missing</pfif:status>")
			.doesNotContain("07730011223");
	}

	@Test
	void viewersExportNoInternalPerson() throws Exception {
		createdId(person("سرّية داخلية"));
		assertThat(export(Role.VIEWER)).doesNotContain("سرّية داخلية");
	}

	@Test
	void importsPersonsAndTheirNotesAsStatusEntries() throws Exception {
		String xml = HEAD + person("example.org/p1", "أحمد إبراهيم العبدالله",
				"<pfif:sex>male</pfif:sex><pfif:age>40-44</pfif:age><pfif:source_date>2019-02-01T10:00:00Z</pfif:source_date>"
						+ "<pfif:note><pfif:note_record_id>example.org/n1</pfif:note_record_id>"
						+ "<pfif:source_date>2019-02-02T09:00:00Z</pfif:source_date><pfif:status>believed_alive</pfif:status>"
						+ "<pfif:text>شوهد في مخيم الهول</pfif:text></pfif:note>")
				+ "</pfif:pfif>";
		JsonNode imported = read(importing(xml, Role.DOCUMENTER).andExpect(status().isOk()));
		assertThat(imported.get("persons").asInt()).isEqualTo(1);
		assertThat(imported.get("notes").asInt()).isEqualTo(1);
		JsonNode found = get("/api/persons?name=العبدالله", Role.ANALYST);
		assertThat(found.get("items").get(0).get("latestStatus").asString()).isEqualTo("found");
		assertThat(found.get("items").get(0).get("birthYear").asInt()).isEqualTo(1977);
	}

	@Test
	void aBadRecordRefusesTheWholeDocumentNamingRecordAndField() throws Exception {
		String xml = HEAD + person("example.org/p2", "سلمى الحسن", "")
				+ person("example.org/p3", "خالد الحسن", "<pfif:sex>unknown</pfif:sex>") + "</pfif:pfif>";
		String before = snapshot();
		importing(xml, Role.DOCUMENTER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("person[example.org/p3].sex"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesDocumentTypeDeclarationsSoNoEntityIsExpanded() throws Exception {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE pfif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">" + person("example.org/p4", "&x;", "")
				+ "</pfif:pfif>";
		String before = snapshot();
		String body = importing(xml, Role.DOCUMENTER).andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("\"field\":\"pfif\"").doesNotContain("root:");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void analystsAndViewersDoNotImport() throws Exception {
		importing(HEAD + person("example.org/p5", "ليلى", "") + "</pfif:pfif>", Role.VIEWER)
			.andExpect(status().isForbidden());
	}

}
