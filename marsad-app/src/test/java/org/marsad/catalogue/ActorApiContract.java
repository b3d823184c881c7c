package org.marsad.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.security.Role;
import org.marsad.text.actors.ActorCatalogue;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actor API: the seeded starter catalogue, search, and who may change it how; run on
 * H2 ({@link ActorApiTests}) and PostgreSQL ({@link ActorApiPostgresIntegrationTests}).
 */
abstract class ActorApiContract extends CatalogueContract {

	ResultActions postActor(Role role, Object body) throws Exception {
		return this.mvc.perform(post("/api/actors").with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(body).getBytes(StandardCharsets.UTF_8)));
	}

	ResultActions putActor(Role role, String id, Object body) throws Exception {
		return this.mvc.perform(put("/api/actors/" + id).with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(body).getBytes(StandardCharsets.UTF_8)));
	}

	String newActor() throws Exception {
		String id = "test_" + UUID.randomUUID().toString().substring(0, 8);
		postActor(Role.COORDINATOR, Map.of("id", id, "nameAr", "لواء " + id, "aliases", List.of("فصيل " + id)))
			.andExpect(status().isCreated());
		return id;
	}

	@Test
	void seedsTheStarterActors() throws Exception {
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM actor WHERE origin = 'starter'").query(Long.class).single())
			.isEqualTo(ActorCatalogue.starter().actors().size());
		this.mvc.perform(get("/api/actors/sdf").with(as(Role.VIEWER)))
			.andExpect(jsonPath("$.nameAr").value("قوات سوريا الديمقراطية"))
			.andExpect(jsonPath("$.origin").value("starter"));
	}

	@ParameterizedTest
	@CsvSource({ "قسد, sdf", "داعش, isis", "تنظيم الدولة, isis", "الحشد الشعبى, pmf", "White Helmets, civil_defence" })
	void findsActorsByAnyOfTheirNames(String query, String id) throws Exception {
		this.mvc.perform(get("/api/actors").param("q", query).with(as(Role.VIEWER)))
			.andExpect(jsonPath("$.items[0].id").value(id));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR" })
	void coordinatorsAddActors(Role role) throws Exception {
		postActor(role,
				Map.of("nameAr", "الجيش السوري الحر", "nameEn", "Free Syrian Army " + role.name(), "aliases",
						List.of("الجيش الحر")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("free_syrian_army_" + role.name().toLowerCase()))
			.andExpect(jsonPath("$.origin").value("curated"));
	}

	@Test
	void aMadeIdThatIsTakenGetsANumber() throws Exception {
		postActor(Role.COORDINATOR, Map.of("nameEn", "Syrian Democratic Forces")).andExpect(status().isCreated());
		postActor(Role.COORDINATOR, Map.of("nameEn", "Syrian Democratic Forces")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value("syrian_democratic_forces_2"));
	}

	@Test
	void aTypedIdThatIsTakenIsRefused() throws Exception {
		String before = snapshot();
		postActor(Role.COORDINATOR, Map.of("id", "sdf", "nameAr", "قسد")).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("id"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "ANALYST", "VIEWER" })
	void othersCannotChangeActors(Role role) throws Exception {
		String before = snapshot();
		postActor(role, Map.of("nameAr", "جيش العشائر")).andExpect(status().isForbidden());
		putActor(role, "sdf", Map.of("nameAr", "قسد", "version", 1)).andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/actors/sdf?version=1").with(as(role))).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		this.mvc.perform(get("/api/actors/sdf")).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAnActorWithoutAName() throws Exception {
		String before = snapshot();
		postActor(Role.COORDINATOR, Map.of("id", "nameless", "aliases", List.of("x")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("nameAr"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anEditAddsANameThatSearchFinds() throws Exception {
		String id = newActor();
		putActor(Role.COORDINATOR, id,
				Map.of("nameAr", "لواء " + id, "aliases", List.of("فصيل " + id, "كتائب " + id), "version", 1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		this.mvc.perform(get("/api/actors").param("q", "كتائب " + id).with(as(Role.VIEWER)))
			.andExpect(jsonPath("$.items[0].id").value(id));
	}

	@Test
	void aStaleEditIsRefused() throws Exception {
		String id = newActor();
		putActor(Role.COORDINATOR, id, Map.of("nameAr", "الأول", "version", 1)).andExpect(status().isOk());
		putActor(Role.ADMIN, id, Map.of("nameAr", "الثاني", "version", 1)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("version"));
		this.mvc.perform(get("/api/actors/" + id).with(as(Role.VIEWER))).andExpect(jsonPath("$.nameAr").value("الأول"));
	}

	@Test
	void keepsAnActorThatAnEventRefersTo() throws Exception {
		String id = newActor();
		UUID event = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		this.jdbc.sql("INSERT INTO event (id, type, date_from, date_to, date_precision, status, confidentiality, "
				+ "version, created_at, created_by, updated_at, updated_by) VALUES (:id, 'battles', :day, :day, 'day', "
				+ "'single_source', 'internal', 1, :now, 'test', :now, 'test')")
			.param("id", event)
			.param("day", LocalDate.of(2019, 1, 30))
			.param("now", now)
			.update();
		this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, role) VALUES (:event, :actor, 'actor1')")
			.param("event", event)
			.param("actor", id)
			.update();
		this.mvc.perform(delete("/api/actors/" + id + "?version=1").with(as(Role.COORDINATOR)))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/api/actors").param("q", "فصيل " + id).with(as(Role.VIEWER)))
			.andExpect(jsonPath("$.items[0].id").value(id));
	}

	@Test
	void deletesAnActorNothingRefersTo() throws Exception {
		String id = newActor();
		this.mvc.perform(delete("/api/actors/" + id + "?version=1").with(as(Role.COORDINATOR)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/actors/" + id).with(as(Role.VIEWER))).andExpect(status().isNotFound());
	}

}
