package org.marsad.persons;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.events.CatalogueFixture;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Persons and households through the API: registration, name parts, versions and
 * optimistic locking, voiding, the status timeline, refusals naming fields and leaving
 * the record as it was, and what each role may do. Written once, run on H2
 * ({@link PersonApiTests}) and PostgreSQL ({@link PersonApiPostgresIntegrationTests}).
 */
abstract class PersonApiContract extends PersonsContract {

	@Test
	void registersAPersonAtVersionOneWithTheNamePartsReadFromTheFullName() throws Exception {
		JsonNode person = created(person("محمد بن أحمد الخلف أبو بكر"), Role.DOCUMENTER);
		assertThat(person.get("version").asInt()).isEqualTo(1);
		assertThat(person.get("givenName").asString()).isEqualTo("محمد");
		assertThat(person.get("fatherName").asString()).isEqualTo("أحمد");
		assertThat(person.get("familyName").asString()).isEqualTo("الخلف");
		assertThat(person.get("kunya").asString()).isEqualTo("أبو بكر");
		assertThat(person.get("confidentiality").asString()).isEqualTo("internal");
		assertThat(person.get("createdBy").asString()).isEqualTo(username(Role.DOCUMENTER));
		assertThat(person.get("assessment").get("level").asString()).isEqualTo("NONE");
	}

	@Test
	void registersAFamilyAtOnceWithTheHeadFirst() throws Exception {
		JsonNode household = family();
		assertThat(household.get("members")).hasSize(3);
		assertThat(household.get("members").get(0).get("householdRelation").asString()).isEqualTo("head");
		JsonNode read = get("/api/persons/households/" + household.get("id").asString(), Role.ANALYST);
		assertThat(read.get("name").asString()).isEqualTo("عائلة الخلف");
		assertThat(read.get("members")).hasSize(3);
	}

	@Test
	void aBadMemberRefusesTheWholeFamilyNamingTheMemberAndField() throws Exception {
		String before = snapshot();
		post("/api/persons/households", Role.DOCUMENTER,
				Map.of("name", "عائلة الأحمد", "members",
						List.of(person("خالد الأحمد", "male", 1970, "head"),
								person("سارة الأحمد", "female", 1700, "daughter"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("members[1].birthYear"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesEveryBadFieldAtOnce() throws Exception {
		Map<String, Object> bad = person("");
		bad.put("sex", "unknown");
		bad.put("nationality", "syria");
		bad.put("originPlaceId", "no-such-place");
		String before = snapshot();
		JsonNode problem = read(post("/api/persons", Role.DOCUMENTER, bad).andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("fullName", "sex", "nationality",
				"originPlaceId");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aValueOfTheWrongTypeIsNamed() throws Exception {
		post("/api/persons", Role.DOCUMENTER, Map.of("fullName", "ليلى", "age", "عشرون"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("age"));
	}

	@Test
	void anEditRaisesTheVersionAndKeepsTheHistory() throws Exception {
		String id = createdId(person("أحمد الخلف"));
		Map<String, Object> changed = person("أحمد بن محمد الخلف");
		changed.put("latinNames", List.of("Ahmad al-Khalaf"));
		put("/api/persons/" + id, Role.DOCUMENTER, Map.of("version", 1, "reason", "الاسم الثلاثي", "person", changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.latinNames[0]").value("Ahmad al-Khalaf"));
		JsonNode history = get("/api/persons/" + id + "/history", Role.ANALYST);
		assertThat(history).hasSize(2);
		assertThat(history.get(1).get("reason").asString()).isEqualTo("الاسم الثلاثي");
		assertThat(history.get(0).get("content").asString()).contains("أحمد الخلف");
	}

	@Test
	void aStaleEditGetsConflictAndChangesNothing() throws Exception {
		String id = createdId(person("يوسف الحسن"));
		put("/api/persons/" + id, Role.DOCUMENTER, Map.of("version", 1, "person", person("يوسف بن علي الحسن")))
			.andExpect(status().isOk());
		String before = snapshot();
		put("/api/persons/" + id, Role.COORDINATOR, Map.of("version", 1, "person", person("يوسف الحسين")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("version"))
			.andExpect(jsonPath("$.currentVersion").value(2));
		assertThat(snapshot()).isEqualTo(before);
		assertThat(get("/api/persons/" + id, Role.ANALYST).get("fullName").asString()).isEqualTo("يوسف بن علي الحسن");
	}

	@Test
	void voidingNeedsAReasonAndKeepsThePerson() throws Exception {
		String id = createdId(person("مريم العلي"));
		post("/api/persons/" + id + "/void", Role.DOCUMENTER, Map.of("version", 1)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
		post("/api/persons/" + id + "/void", Role.DOCUMENTER, Map.of("version", 1, "reason", "سجل مكرر"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true))
			.andExpect(jsonPath("$.voidReason").value("سجل مكرر"));
		put("/api/persons/" + id, Role.DOCUMENTER, Map.of("version", 2, "person", person("مريم")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
	}

	@Test
	void theTimelineIsInDateOrderAndRefusesFutureDays() throws Exception {
		String id = createdId(person("حسن الخلف"));
		post("/api/persons/" + id + "/statuses", Role.DOCUMENTER,
				Map.of("status", "detained", "on", "2019-02-10", "actorId", "test-sdf", "placeId", "test-hajin"))
			.andExpect(status().isOk());
		post("/api/persons/" + id + "/statuses", Role.DOCUMENTER, Map.of("status", "exited", "on", "2019-02-01"))
			.andExpect(status().isOk());
		String before = snapshot();
		post("/api/persons/" + id + "/statuses", Role.DOCUMENTER,
				Map.of("status", "released", "on", LocalDate.now().plusDays(2).toString()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("on"));
		assertThat(snapshot()).isEqualTo(before);
		JsonNode person = get("/api/persons/" + id, Role.ANALYST);
		assertThat(person.get("statuses").findValuesAsString("status")).containsExactly("exited", "detained");
		assertThat(person.get("version").asInt()).isEqualTo(3);
	}

	@Test
	void viewersNeverSeeInternalPersons() throws Exception {
		String internal = createdId(person("سلمى الداخلية"));
		Map<String, Object> open = person("سلمى المنشورة");
		open.put("confidentiality", "publishable");
		String publishable = createdId(open);
		fetch("/api/persons/" + internal, Role.VIEWER).andExpect(status().isNotFound());
		get("/api/persons/" + publishable, Role.VIEWER);
		JsonNode list = get("/api/persons?name=سلمى", Role.VIEWER);
		assertThat(list.get("items").findValuesAsString("id")).contains(publishable).doesNotContain(internal);
		assertThat(get("/api/persons?name=سلمى", Role.ANALYST).get("items").findValuesAsString("id"))
			.contains(publishable, internal);
	}

	@Test
	void aViewerSeesATimelineWithoutTheIdsOfInternalEvents() throws Exception {
		String internalEvent = eventId("internal", "اعتقالات في هجين");
		String publishableEvent = eventId("publishable", "خروج عائلات من هجين");
		Map<String, Object> open = person("نورة الخلف");
		open.put("confidentiality", "publishable");
		String id = createdId(open);
		post("/api/persons/" + id + "/statuses", Role.DOCUMENTER,
				Map.of("status", "exited", "on", "2019-02-01", "eventId", publishableEvent))
			.andExpect(status().isOk());
		post("/api/persons/" + id + "/statuses", Role.DOCUMENTER,
				Map.of("status", "detained", "on", "2019-02-10", "eventId", internalEvent))
			.andExpect(status().isOk());
		JsonNode seenByViewer = get("/api/persons/" + id, Role.VIEWER).get("statuses");
		assertThat(seenByViewer.findValuesAsString("status")).containsExactly("exited", "detained");
		assertThat(seenByViewer.get(0).get("eventId").asString()).isEqualTo(publishableEvent);
		assertThat(seenByViewer.get(1).get("eventId").isNull()).isTrue();
		assertThat(fetch("/api/persons/" + id, Role.VIEWER).andReturn().getResponse().getContentAsString())
			.doesNotContain(internalEvent);
		assertThat(get("/api/persons/" + id, Role.ANALYST).get("statuses").findValuesAsString("eventId"))
			.containsExactly(publishableEvent, internalEvent);
	}

	private String eventId(String confidentiality, String description) throws Exception {
		return read(post("/api/events", Role.DOCUMENTER,
				Map.of("type", "protests", "dateFrom", "2019-02-01", "placeId", CatalogueFixture.HAJIN,
						"confidentiality", confidentiality, "descriptionAr", description))
			.andExpect(status().isCreated())).get("id").asString();
	}

	@Test
	void aRegisteredPersonIsFoundBySearchUnderALatinSpelling() throws Exception {
		Map<String, Object> person = person("عبد الرزاق بن حمدان الجبوري");
		person.put("latinNames", List.of("Abdulrazzaq Hamdan al-Jubouri"));
		String id = createdId(person);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					get("/api/search?kind=person&q=Jubouri", Role.ANALYST).get("hits").findValuesAsString("id"))
				.contains(id));
		assertThat(get("/api/search?kind=person&q=Jubouri", Role.VIEWER).get("hits").findValuesAsString("id"))
			.doesNotContain(id);
	}

	@Test
	void onlyDocumentersCoordinatorsAndAdministratorsRegister() throws Exception {
		String before = snapshot();
		post("/api/persons", Role.ANALYST, person("عمر")).andExpect(status().isForbidden());
		post("/api/persons", Role.VIEWER, person("عمر")).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
		created(person("عمر"), Role.COORDINATOR);
	}

}
