package org.marsad.persons;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Persons counted in figures through the API (issue 7): a coder links a registry person
 * to a figure («اعتُقل 5 أشخاص»: these are three of them) and unlinks; every refusal
 * names its field and changes nothing. Run on H2 ({@link CountingApiTests}) and
 * PostgreSQL ({@link CountingApiPostgresIntegrationTests}).
 */
abstract class CountingApiContract extends PersonsContract {

	FigureRows figures;

	UUID event;

	@BeforeEach
	void figures() {
		this.figures = new FigureRows(this.jdbc);
		this.event = this.figures.event("publishable");
	}

	ResultActions link(String person, Object figure, Role role) throws Exception {
		return post("/api/persons/" + person + "/figures", role, Map.of("figureId", String.valueOf(figure)));
	}

	ResultActions unlink(String person, UUID figure, Role role) throws Exception {
		return this.mvc
			.perform(MockMvcRequestBuilders.delete("/api/persons/" + person + "/figures/" + figure).with(as(role)));
	}

	String publishable(String fullName) throws Exception {
		Map<String, Object> person = person(fullName);
		person.put("confidentiality", "publishable");
		return createdId(person);
	}

	@Test
	void aPersonIsCountedInAFigureOfPersonsWithWhoAndWhen() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		JsonNode linked = read(link(person, figure, Role.DOCUMENTER).andExpect(status().isCreated()));
		assertThat(linked.get("figureId").asString()).isEqualTo(figure.toString());
		assertThat(linked.get("linkedBy").asString()).isEqualTo(username(Role.DOCUMENTER));
		JsonNode counted = get("/api/persons/" + person + "/figures", Role.ANALYST);
		assertThat(counted).hasSize(1);
		assertThat(counted.get(0).get("eventId").asString()).isEqualTo(this.event.toString());
		assertThat(counted.get(0).get("category").asString()).isEqualTo("detained");
		assertThat(counted.get(0).get("value").get("best").asInt()).isEqualTo(5);
	}

	@Test
	void aLinkIsAChangeOfThePersonInItsHistoryAndTheAuditChain() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		long audited = rows("audit_entry");
		link(person, figure, Role.DOCUMENTER).andExpect(status().isCreated());
		JsonNode history = get("/api/persons/" + person + "/history", Role.DOCUMENTER);
		JsonNode last = history.get(history.size() - 1);
		assertThat(last.get("action").asString()).isEqualTo("counted");
		assertThat(last.get("content").asString()).contains(figure.toString());
		assertThat(last.get("changedBy").asString()).isEqualTo(username(Role.DOCUMENTER));
		assertThat(rows("audit_entry")).isEqualTo(audited + 1);
		assertThat(this.jdbc.sql("SELECT action FROM audit_entry WHERE record_id = :id ORDER BY seq DESC")
			.param("id", person)
			.query(String.class)
			.list()).first().isEqualTo("counted");
	}

	@Test
	void unlinkingKeepsTheLinkWithWhoAndWhen() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		link(person, figure, Role.DOCUMENTER).andExpect(status().isCreated());
		unlink(person, figure, Role.COORDINATOR).andExpect(status().isNoContent());
		assertThat(get("/api/persons/" + person + "/figures", Role.DOCUMENTER)).isEmpty();
		Map<String, Object> row = this.jdbc
			.sql("SELECT linked_by, unlinked_by, unlinked_at FROM figure_person WHERE person_id = :p")
			.param("p", UUID.fromString(person))
			.query()
			.singleRow();
		assertThat(row.get("linked_by")).isEqualTo(username(Role.DOCUMENTER));
		assertThat(row.get("unlinked_by")).isEqualTo(username(Role.COORDINATOR));
		assertThat(row.get("unlinked_at")).isNotNull();
		JsonNode history = get("/api/persons/" + person + "/history", Role.DOCUMENTER);
		assertThat(history.get(history.size() - 1).get("action").asString()).isEqualTo("uncounted");
	}

	@Test
	void aPersonUnlinkedMayBeLinkedAgain() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		link(person, figure, Role.DOCUMENTER).andExpect(status().isCreated());
		unlink(person, figure, Role.DOCUMENTER).andExpect(status().isNoContent());
		link(person, figure, Role.DOCUMENTER).andExpect(status().isCreated());
		assertThat(get("/api/persons/" + person + "/figures", Role.DOCUMENTER)).hasSize(1);
	}

	@Test
	void theSameLinkTwiceIsRefusedAndChangesNothing() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		link(person, figure, Role.DOCUMENTER).andExpect(status().isCreated());
		String before = snapshot();
		link(person, figure, Role.COORDINATOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("figureId"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anUnknownFigureIsRefusedByItsField() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		String before = snapshot();
		link(person, UUID.randomUUID(), Role.DOCUMENTER).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("figureId"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anUnknownPersonIsRefusedByItsField() throws Exception {
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		link(UUID.randomUUID().toString(), figure, Role.DOCUMENTER).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("personId"));
	}

	@Test
	void aMissingFigureIdIsRefusedByItsField() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		post("/api/persons/" + person + "/figures", Role.DOCUMENTER, Map.of()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("figureId"));
	}

	@Test
	void aVoidedFigureIsRefused() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		this.figures.voidFigure(figure);
		link(person, figure, Role.DOCUMENTER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("figureId"));
	}

	@Test
	void aFigureOfAVoidedEventIsRefused() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		this.figures.voidEvent(this.event);
		link(person, figure, Role.DOCUMENTER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("figureId"));
	}

	@Test
	void aVoidedPersonIsRefused() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		post("/api/persons/" + person + "/void", Role.DOCUMENTER, Map.of("version", 1, "reason", "سجل مكرر"))
			.andExpect(status().isOk());
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		link(person, figure, Role.DOCUMENTER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("personId"));
	}

	@Test
	void aFigureOfVehiclesCountsNoPerson() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "vehicle", "exact", 40);
		link(person, figure, Role.DOCUMENTER).andExpect(status().is(422))
			.andExpect(jsonPath("$.field").value("figureId"));
	}

	@Test
	void aFigureOfFamiliesCountsTheHeadOfAHousehold() throws Exception {
		JsonNode family = family();
		String head = family.get("members").get(0).get("id").asString();
		UUID figure = this.figures.figure(this.event, "family", "exact", 3);
		link(head, figure, Role.DOCUMENTER).andExpect(status().isCreated());
	}

	@Test
	void aFigureOfFamiliesRefusesAMemberWhoIsNotTheHead() throws Exception {
		JsonNode family = family();
		String son = family.get("members").get(2).get("id").asString();
		UUID figure = this.figures.figure(this.event, "family", "exact", 3);
		link(son, figure, Role.DOCUMENTER).andExpect(status().is(422)).andExpect(jsonPath("$.field").value("personId"));
	}

	@Test
	void unlinkingAPersonNotLinkedIsRefusedByTheFigure() throws Exception {
		String person = createdId(person("خالد عمر الحسن"));
		UUID figure = this.figures.figure(this.event, "person", "exact", 5);
		unlink(person, figure, Role.DOCUMENTER).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.field").value("figureId"));
	}

	@Test
	void aFigureNamesOnlyThePersonsAViewerMaySee() throws Exception {
		String open = publishable("سلمى حسن العلي");
		String internal = createdId(person("مريم حسن العلي"));
		UUID figure = this.figures.figure(this.event, "person", "about", 5);
		link(open, figure, Role.DOCUMENTER).andExpect(status().isCreated());
		link(internal, figure, Role.DOCUMENTER).andExpect(status().isCreated());
		assertThat(get("/api/persons/named/" + figure, Role.ANALYST).get("persons")).hasSize(2);
		JsonNode seen = get("/api/persons/named/" + figure, Role.VIEWER);
		assertThat(seen.get("persons")).hasSize(1);
		assertThat(seen.get("persons").get(0).get("id").asString()).isEqualTo(open);
		assertThat(seen.toString()).doesNotContain(internal).doesNotContain("مريم");
	}

	@Test
	void aViewerDoesNotSeeAFigureOfAnInternalEvent() throws Exception {
		String open = publishable("سلمى حسن العلي");
		UUID figure = this.figures.figure(this.figures.event("internal"), "person", "exact", 2);
		link(open, figure, Role.DOCUMENTER).andExpect(status().isCreated());
		fetch("/api/persons/named/" + figure, Role.VIEWER).andExpect(status().isNotFound());
		assertThat(get("/api/persons/" + open + "/figures", Role.VIEWER)).isEmpty();
		assertThat(get("/api/persons/" + open + "/figures", Role.ANALYST)).hasSize(1);
	}

	@Test
	void aFigureThatNamesMoreThanItsHighBoundIsMarked() throws Exception {
		UUID figure = this.figures.figure(this.event, "person", "at_most", 1);
		link(createdId(person("خالد عمر الحسن")), figure, Role.DOCUMENTER).andExpect(status().isCreated());
		link(createdId(person("عمر خالد الحسن")), figure, Role.DOCUMENTER).andExpect(status().isCreated());
		assertThat(get("/api/persons/named/" + figure, Role.ANALYST).get("exceeded").asBoolean()).isTrue();
	}

	@Test
	void aFigureStatedAsAboutAllowsAnyNumber() throws Exception {
		UUID figure = this.figures.figure(this.event, "person", "about", 1);
		link(createdId(person("خالد عمر الحسن")), figure, Role.DOCUMENTER).andExpect(status().isCreated());
		link(createdId(person("عمر خالد الحسن")), figure, Role.DOCUMENTER).andExpect(status().isCreated());
		assertThat(get("/api/persons/named/" + figure, Role.ANALYST).get("exceeded").asBoolean()).isFalse();
	}

}
