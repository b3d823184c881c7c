package org.marsad.tallies;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import org.marsad.web.PageSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The persons of the registry behind a tally (issue 7, "Counting"): distinct persons
 * linked to the figures it counts as of a day, in how many households, and the figures
 * that name more persons than they allow. Persons are registered and linked through the
 * persons API as a documenter does; figures are written as the coding module would.
 */
abstract class TallyPersonsContract extends TallyContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final LocalDate AS_OF = LocalDate.of(2019, 1, 31);

	@Autowired
	TallyPersons counts;

	String governorate;

	String town;

	@BeforeEach
	void region() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.governorate = "test-deir-" + suffix;
		this.town = "test-hajin-" + suffix;
		this.coded.place("test-sy", null, "سوريا", "country");
		this.coded.place(this.governorate, "test-sy", "دير الزور", "governorate");
		this.coded.place(this.town, this.governorate, "هجين", "town");
	}

	@Test
	void aPersonNamedInTwoFiguresIsCountedOnce() throws Exception {
		UUID first = figure("2019-01-20", "exact", 5);
		UUID second = figure("2019-01-25", "exact", 4);
		String ahmad = person("أحمد خليل الحسين");
		link(person("محمود خليل الحسين"), first);
		link(ahmad, first);
		link(ahmad, second);
		link(person("ياسر عبد الله العلي"), second);
		PersonCount count = count(tally(List.of()));
		assertThat(count.persons()).isEqualTo(3);
		assertThat(count.figures()).isEqualTo(2);
	}

	@Test
	void personsOfOneHouseholdAreOneFamily() throws Exception {
		UUID figure = figure("2019-01-20", "exact", 10);
		for (String member : family()) {
			link(member, figure);
		}
		link(person("ياسر عبد الله العلي"), figure);
		PersonCount count = count(tally(List.of()));
		assertThat(count.persons()).isEqualTo(4);
		assertThat(count.households()).isEqualTo(1);
		assertThat(count.withoutHousehold()).isEqualTo(1);
	}

	@Test
	void theHeadCountedInAFigureOfFamiliesIsCountedWithTheUnitBreakdown() throws Exception {
		List<String> family = family();
		UUID families = this.coded.figure(event("2019-01-20"))
			.unit("family")
			.on("2019-01-20")
			.stated("exact", 2)
			.insert();
		link(family.get(0), families);
		link(family.get(1), figure("2019-01-20", "exact", 6));
		assertThat(count(tally(List.of())).persons()).isEqualTo(1);
		PersonCount both = count(tally(List.of("unit")));
		assertThat(both.persons()).isEqualTo(2);
		assertThat(both.households()).isEqualTo(1);
	}

	@Test
	void aFigureAfterTheDayAskedForIsNotCounted() throws Exception {
		link(person("أحمد خليل الحسين"), figure("2019-02-10", "exact", 5));
		UUID tally = tally(List.of());
		assertThat(count(tally).persons()).isZero();
		assertThat(PageSupport.as(Role.ANALYST, () -> this.counts.persons(tally, LocalDate.of(2019, 2, 15))).persons())
			.isEqualTo(1);
	}

	@Test
	void aPersonTakenOutOfTheFigureIsNotCounted() throws Exception {
		UUID figure = figure("2019-01-20", "exact", 5);
		String person = person("أحمد خليل الحسين");
		link(person, figure);
		perform(MockMvcRequestBuilders.delete("/api/persons/" + person + "/figures/" + figure), Role.DOCUMENTER, null);
		assertThat(count(tally(List.of())).persons()).isZero();
	}

	@Test
	void aVoidedPersonIsNotCounted() throws Exception {
		UUID figure = figure("2019-01-20", "exact", 5);
		String person = person("أحمد خليل الحسين");
		link(person, figure);
		link(person("محمود خليل الحسين"), figure);
		int version = read(perform(MockMvcRequestBuilders.get("/api/persons/" + person), Role.DOCUMENTER, null))
			.get("version")
			.asInt();
		perform(MockMvcRequestBuilders.post("/api/persons/" + person + "/void"), Role.DOCUMENTER,
				Map.of("version", version, "reason", "سجل مكرر"));
		assertThat(count(tally(List.of())).persons()).isEqualTo(1);
	}

	@Test
	void aFigureNamingMorePersonsThanItsHighBoundIsFoundWithThePersons() throws Exception {
		UUID figure = figure("2019-01-20", "at_most", 3);
		List<String> named = new ArrayList<>();
		for (String name : List.of("أحمد خليل الحسين", "محمود خليل الحسين", "ياسر عبد الله العلي",
				"عمر فاروق السعيد")) {
			named.add(person(name));
			link(named.get(named.size() - 1), figure);
		}
		PersonCount count = count(tally(List.of()));
		assertThat(count.exceeded()).hasSize(1);
		PersonCount.NamedBeyondBound found = count.exceeded().get(0);
		assertThat(found.figureId()).isEqualTo(figure);
		assertThat(found.named()).isEqualTo(4);
		assertThat(found.high()).isEqualByComparingTo("3");
		assertThat(found.personIds()).extracting(UUID::toString).containsExactlyInAnyOrderElementsOf(named);
	}

	@Test
	void aFigureStatedAsAboutIsNeverExceeded() throws Exception {
		UUID figure = figure("2019-01-20", "about", 3);
		for (String name : List.of("أحمد خليل الحسين", "محمود خليل الحسين", "ياسر عبد الله العلي", "عمر فاروق السعيد",
				"خالد عمر الحسن")) {
			link(person(name), figure);
		}
		PersonCount count = count(tally(List.of()));
		assertThat(count.persons()).isEqualTo(5);
		assertThat(count.exceeded()).isEmpty();
	}

	@Test
	void theApiAnswersAnalystsAndNamesABadDay() throws Exception {
		link(person("أحمد خليل الحسين"), figure("2019-01-20", "exact", 5));
		UUID tally = tally(List.of());
		this.mvc.perform(get("/api/tallies/" + tally + "/persons?asOf=2019-01-31").with(as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.persons").value(1))
			.andExpect(jsonPath("$.households").value(0));
		this.mvc.perform(get("/api/tallies/" + tally + "/persons?asOf=2018-11-30").with(as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("asOf"));
		this.mvc.perform(get("/api/tallies/" + UUID.randomUUID() + "/persons").with(as(Role.ANALYST)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aViewerIsNeverShownThePersonsBehindATally() throws Exception {
		link(person("أحمد خليل الحسين"), figure("2019-01-20", "exact", 5));
		UUID tally = tally(List.of());
		this.mvc.perform(get("/api/tallies/" + tally + "/persons").with(as(Role.VIEWER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/tallies/" + tally + "/persons").with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/tallies/" + tally).with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(content().string(not(containsString("/tallies/" + tally + "/persons"))));
	}

	@Test
	void theTallyPageLoadsThePersonsSection() throws Exception {
		link(person("أحمد خليل الحسين"), figure("2019-01-20", "exact", 5));
		UUID tally = tally(List.of());
		this.mvc.perform(get("/tallies/" + tally).with(PageSupport.signedIn(Role.ANALYST)))
			.andExpect(content().string(containsString("/tallies/" + tally + "/persons")));
		String section = this.mvc
			.perform(get("/tallies/" + tally + "/persons?asOf=2019-01-31").with(PageSupport.signedIn(Role.ANALYST)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(section).contains("data-persons=\"1\"").contains("data-households=\"0\"");
	}

	UUID event(String day) {
		return this.coded.event("displacement", day, day, this.town, "fair");
	}

	UUID figure(String day, String how, long n) {
		return this.coded.figure(event(day)).on(day).stated(how, n).insert();
	}

	UUID tally(List<String> breakdowns) {
		return PageSupport
			.as(Role.ANALYST,
					() -> this.tallies.define(new TallyRequest("الخارجون من هجين", "person", "exited", "2018-12-01",
							null, this.governorate, null, null, null, null, null, null, null, breakdowns, false)))
			.id();
	}

	PersonCount count(UUID tally) {
		return PageSupport.as(Role.ANALYST, () -> this.counts.persons(tally, AS_OF));
	}

	String person(String fullName) throws Exception {
		return read(perform(MockMvcRequestBuilders.post("/api/persons"), Role.DOCUMENTER, Map.of("fullName", fullName)))
			.get("id")
			.asString();
	}

	/** A family of three, the head first. */
	List<String> family() throws Exception {
		List<Map<String, Object>> members = new ArrayList<>();
		for (String[] member : new String[][] { { "محمد بن أحمد الخلف", "head" },
				{ "فاطمة عبد الرحمن الحسين", "spouse" }, { "عبد الله محمد الخلف", "son" } }) {
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("fullName", member[0]);
			fields.put("householdRelation", member[1]);
			members.add(fields);
		}
		JsonNode household = read(perform(MockMvcRequestBuilders.post("/api/persons/households"), Role.DOCUMENTER,
				Map.of("name", "عائلة الخلف", "members", members)));
		List<String> ids = new ArrayList<>();
		household.get("members").forEach((m) -> ids.add(m.get("id").asString()));
		return ids;
	}

	void link(String person, UUID figure) throws Exception {
		MvcResult result = perform(MockMvcRequestBuilders.post("/api/persons/" + person + "/figures"), Role.DOCUMENTER,
				Map.of("figureId", figure.toString()));
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
	}

	MvcResult perform(MockHttpServletRequestBuilder request, Role role, Object body) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
		}
		return this.mvc.perform(request.with(as(role))).andReturn();
	}

	static JsonNode read(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(path);
	}

}
