package org.marsad.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.security.Role;
import org.marsad.web.PageSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events on their own: creation, versions and optimistic locking, voiding, history, lists
 * with filters, candidates and roles. Written once, run on H2 ({@link EventApiTests}) and
 * PostgreSQL ({@link EventApiPostgresIntegrationTests}).
 */
abstract class EventApiContract extends EventsContract {

	@Autowired
	DataSource dataSource;

	static Map<String, Object> event(String type, String from, String to, String placeId) {
		Map<String, Object> event = new HashMap<>();
		event.put("type", type);
		event.put("dateFrom", from);
		event.put("dateTo", to);
		event.put("placeId", placeId);
		event.put("descriptionAr", "غارة جوية على أطراف هجين");
		return event;
	}

	JsonNode created(Map<String, Object> event) throws Exception {
		return read(post("/api/events", Role.DOCUMENTER, event).andExpect(status().isCreated()));
	}

	@Test
	void createsAnEventAtVersionOne() throws Exception {
		JsonNode event = created(
				event("explosions_remote_violence", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN));
		assertThat(event.get("version").asInt()).isEqualTo(1);
		assertThat(event.get("status").asString()).isEqualTo("single_source");
		assertThat(event.get("confidentiality").asString()).isEqualTo("internal");
		assertThat(event.get("geoPrecision").asInt()).isEqualTo(1);
		assertThat(event.get("createdBy").asString()).isEqualTo(username(Role.DOCUMENTER));
	}

	@Test
	void anEditRaisesTheVersionAndKeepsTheEarlierOneInTheHistory() throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-11", CatalogueFixture.HAJIN)).get("id").asString();
		put("/api/events/" + id, Role.DOCUMENTER,
				Map.of("version", 1, "reason", "تصحيح المكان", "event",
						event("battles", "2019-01-10", "2019-01-11", CatalogueFixture.SUSAH)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.placeId").value(CatalogueFixture.SUSAH));
		JsonNode history = get("/api/events/" + id + "/history", Role.ANALYST);
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("content").get("placeId").asString()).isEqualTo(CatalogueFixture.HAJIN);
		assertThat(history.get(1).get("action").asString()).isEqualTo("updated");
		assertThat(history.get(1).get("reason").asString()).isEqualTo("تصحيح المكان");
		assertThat(history.get(1).get("changedBy").asString()).isEqualTo(username(Role.DOCUMENTER));
	}

	@Test
	void aStaleEditGetsConflictAndChangesNothing() throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-11", CatalogueFixture.HAJIN)).get("id").asString();
		put("/api/events/" + id, Role.DOCUMENTER,
				Map.of("version", 1, "event", event("battles", "2019-01-10", "2019-01-11", CatalogueFixture.SUSAH)))
			.andExpect(status().isOk());
		String before = snapshot();
		put("/api/events/" + id, Role.COORDINATOR,
				Map.of("version", 1, "event", event("battles", "2019-01-09", "2019-01-11", CatalogueFixture.BAGHUZ)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("version"))
			.andExpect(jsonPath("$.currentVersion").value(2));
		assertThat(snapshot()).isEqualTo(before);
		assertThat(get("/api/events/" + id, Role.ANALYST).get("placeId").asString()).isEqualTo(CatalogueFixture.SUSAH);
	}

	@Test
	void voidingKeepsTheEventWithItsReason() throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN)).get("id").asString();
		post("/api/events/" + id + "/void", Role.DOCUMENTER, Map.of("version", 1, "reason", "مكرر"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true))
			.andExpect(jsonPath("$.voidReason").value("مكرر"));
		assertThat(get("/api/events/" + id, Role.ANALYST).get("voided").asBoolean()).isTrue();
		assertThat(get("/api/events/" + id + "/history", Role.ANALYST).get(1).get("action").asString())
			.isEqualTo("voided");
	}

	@Test
	void voidingNeedsAReason() throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN)).get("id").asString();
		post("/api/events/" + id + "/void", Role.DOCUMENTER, Map.of("version", 1, "reason", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
	}

	@Test
	void aVoidEventTakesNoEdit() throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN)).get("id").asString();
		post("/api/events/" + id + "/void", Role.DOCUMENTER, Map.of("version", 1, "reason", "مكرر"))
			.andExpect(status().isOk());
		put("/api/events/" + id, Role.DOCUMENTER,
				Map.of("version", 2, "event", event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("This record is void and cannot be changed."));
	}

	@Test
	void listsLeaveVoidEventsOutUnlessAsked() throws Exception {
		String id = created(event("riots", "2001-02-03", "2001-02-03", CatalogueFixture.HAJIN)).get("id").asString();
		post("/api/events/" + id + "/void", Role.DOCUMENTER, Map.of("version", 1, "reason", "مكرر"))
			.andExpect(status().isOk());
		assertThat(get("/api/events?type=riots&from=2001-02-03&to=2001-02-03", Role.ANALYST).get("total").asInt())
			.isZero();
		assertThat(get("/api/events?type=riots&from=2001-02-03&to=2001-02-03&voided=true", Role.ANALYST).get("total")
			.asInt()).isEqualTo(1);
	}

	@Test
	void thePlaceFilterTakesInThePlacesWithinIt() throws Exception {
		created(event("protests", "2002-03-04", "2002-03-04", CatalogueFixture.BAGHUZ));
		created(event("protests", "2002-03-04", "2002-03-04", CatalogueFixture.AL_HOL));
		JsonNode page = get("/api/events?from=2002-03-04&to=2002-03-04&placeId=" + CatalogueFixture.DEIR_EZ_ZOR,
				Role.ANALYST);
		assertThat(page.get("total").asInt()).isEqualTo(1);
		assertThat(page.get("items").get(0).get("placeId").asString()).isEqualTo(CatalogueFixture.BAGHUZ);
		assertThat(get("/api/events?from=2002-03-04&to=2002-03-04&placeId=" + CatalogueFixture.SYRIA, Role.ANALYST)
			.get("total")
			.asInt()).isEqualTo(2);
	}

	@Test
	void filtersByActorTypeAndStatus() throws Exception {
		Map<String, Object> withActor = event("siege", "2003-04-05", "2003-04-06", CatalogueFixture.HAJIN);
		withActor.put("actors", List.of(Map.of("actorId", CatalogueFixture.COALITION, "role", "associated")));
		created(withActor);
		created(event("siege", "2003-04-05", "2003-04-06", CatalogueFixture.HAJIN));
		assertThat(get("/api/events?from=2003-04-05&actorId=" + CatalogueFixture.COALITION
				+ "&type=siege&status=single_source&to=2003-04-30", Role.ANALYST)
			.get("total")
			.asInt()).isEqualTo(1);
	}

	@Test
	void listsTheLatestFirst() throws Exception {
		created(event("convoy", "2005-06-01", "2005-06-01", CatalogueFixture.HAJIN));
		created(event("convoy", "2005-06-03", "2005-06-03", CatalogueFixture.HAJIN));
		created(event("convoy", "2005-06-02", "2005-06-02", CatalogueFixture.HAJIN));
		JsonNode page = get("/api/events?type=convoy&from=2005-06-01&to=2005-06-03&size=2", Role.ANALYST);
		assertThat(page.get("items").findValuesAsString("dateFrom")).containsExactly("2005-06-03", "2005-06-02");
		assertThat(page.get("total").asInt()).isEqualTo(3);
		assertThat(get("/api/events?type=convoy&from=2005-06-01&to=2005-06-03&size=2&page=1", Role.ANALYST).get("items")
			.findValuesAsString("dateFrom")).containsExactly("2005-06-01");
	}

	@Test
	void listsAnEventOnceWhateverTheRolesOfItsActor() throws Exception {
		Map<String, Object> twice = event("negotiation", "2006-07-08", "2006-07-08", CatalogueFixture.HAJIN);
		twice.put("actors", List.of(Map.of("actorId", CatalogueFixture.SDF, "role", "actor1"),
				Map.of("actorId", CatalogueFixture.SDF, "role", "associated")));
		created(twice);
		JsonNode page = get("/api/events?from=2006-07-08&to=2006-07-08&actorId=" + CatalogueFixture.SDF, Role.ANALYST);
		assertThat(page.get("total").asInt()).isEqualTo(1);
		assertThat(page.get("items")).hasSize(1);
	}

	@Test
	void countsAnActorsEventsOnceAndLeavesOutTheVoidOnes() throws Exception {
		String byActor = "/api/events?actorId=" + CatalogueFixture.COALITION;
		int before = get(byActor, Role.ANALYST).get("total").asInt();
		int beforeWithVoided = get(byActor + "&voided=true", Role.ANALYST).get("total").asInt();
		Map<String, Object> twice = event("negotiation", "2007-08-09", "2007-08-09", CatalogueFixture.HAJIN);
		twice.put("actors", List.of(Map.of("actorId", CatalogueFixture.COALITION, "role", "actor1"),
				Map.of("actorId", CatalogueFixture.COALITION, "role", "associated")));
		created(twice);
		Map<String, Object> once = event("convoy", "2007-08-10", "2007-08-10", CatalogueFixture.HAJIN);
		once.put("actors", List.of(Map.of("actorId", CatalogueFixture.COALITION, "role", "actor2")));
		String voided = created(once).get("id").asString();
		post("/api/events/" + voided + "/void", Role.DOCUMENTER, Map.of("version", 1, "reason", "تكرار للحدث نفسه"))
			.andExpect(status().isOk());
		assertThat(get(byActor, Role.ANALYST).get("total").asInt()).isEqualTo(before + 1);
		assertThat(get(byActor + "&voided=true", Role.ANALYST).get("total").asInt()).isEqualTo(beforeWithVoided + 2);
	}

	@Test
	void refusesAnUnknownFilterValueByName() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/events?status=verified")
				.with(as(Role.VIEWER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("status"));
	}

	@Test
	void refusesEveryBrokenRuleOfAnEventAtOnce() throws Exception {
		Map<String, Object> bad = event("displacement", "2019-01-10", "2019-01-09", "test-nowhere");
		bad.put("actors", List.of(Map.of("actorId", "test-nobody", "role", "actor1")));
		String before = snapshot();
		JsonNode problem = read(post("/api/events", Role.DOCUMENTER, bad).andExpect(status().isBadRequest()));
		assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("dateTo", "placeId",
				"actors[0].actorId");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesADateInTheFuture() throws Exception {
		post("/api/events", Role.DOCUMENTER, event("battles", "2999-01-01", "2999-01-01", null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("dateFrom"));
	}

	@Test
	void setsTheStatusWithAReason() throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN)).get("id").asString();
		post("/api/events/" + id + "/status", Role.COORDINATOR,
				Map.of("version", 1, "status", "confirmed", "reason", "أقرّ التحالف بالغارة"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("confirmed"))
			.andExpect(jsonPath("$.statusReason").value("أقرّ التحالف بالغارة"));
	}

	@Test
	void documentersCannotSetTheStatus() throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN)).get("id").asString();
		String before = snapshot();
		post("/api/events/" + id + "/status", Role.DOCUMENTER,
				Map.of("version", 1, "status", "confirmed", "reason", "دليل مباشر"))
			.andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(names = { "VIEWER", "ANALYST" })
	void readersCannotRecordEvents(Role role) throws Exception {
		String before = snapshot();
		post("/api/events", role, event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN))
			.andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(names = { "ADMIN", "COORDINATOR", "DOCUMENTER" })
	void codersRecordEvents(Role role) throws Exception {
		post("/api/events", role, event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN))
			.andExpect(status().isCreated());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everyRoleReadsPublishableEvents(Role role) throws Exception {
		Map<String, Object> event = event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN);
		event.put("confidentiality", "publishable");
		String id = created(event).get("id").asString();
		assertThat(get("/api/events/" + id, role).get("id").asString()).isEqualTo(id);
	}

	@ParameterizedTest
	@EnumSource(names = { "ADMIN", "COORDINATOR", "DOCUMENTER", "ANALYST" })
	void staffReadInternalEvents(Role role) throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN)).get("id").asString();
		assertThat(get("/api/events/" + id, role).get("id").asString()).isEqualTo(id);
	}

	@Test
	void toAViewerAnInternalEventIsNotFound() throws Exception {
		String id = created(event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN)).get("id").asString();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/events/" + id)
				.with(as(Role.VIEWER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void viewersListAndCountPublishableEventsOnly() throws Exception {
		created(event("riots", "1993-07-04", "1993-07-04", CatalogueFixture.HAJIN));
		Map<String, Object> publishable = event("riots", "1993-07-04", "1993-07-04", CatalogueFixture.HAJIN);
		publishable.put("confidentiality", "publishable");
		String id = created(publishable).get("id").asString();
		JsonNode page = get("/api/events?type=riots&from=1993-07-04&to=1993-07-04", Role.VIEWER);
		assertThat(page.get("total").asInt()).isEqualTo(1);
		assertThat(page.get("items").findValuesAsString("id")).containsExactly(id);
		assertThat(get("/api/events?type=riots&from=1993-07-04&to=1993-07-04", Role.ANALYST).get("total").asInt())
			.isEqualTo(2);
	}

	@Test
	void unknownEventIsNotFoundProblem() throws Exception {
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/api/events/" + java.util.UUID.randomUUID())
				.with(as(Role.VIEWER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void namesTheFieldOfAValueOfTheWrongType() throws Exception {
		Map<String, Object> bad = event("battles", "2019-01-10", "2019-01-10", CatalogueFixture.HAJIN);
		bad.put("geoPrecision", "near");
		post("/api/events", Role.DOCUMENTER, bad).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("geoPrecision"));
	}

	@Test
	void linksAReportAndFollowsItsSources() throws Exception {
		String id = created(event("displacement", "2019-01-20", "2019-01-30", CatalogueFixture.BAGHUZ)).get("id")
			.asString();
		String report = report(DesignExample.FIRST, source("الراصد", "B"), DesignExample.PUBLISHED, 2);
		post("/api/events/" + id + "/reports", Role.DOCUMENTER,
				Map.of("reportId", report, "span", DesignExample.span(DesignExample.FIRST, "خروج 36250 شخصاً")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports.length()").value(1))
			.andExpect(jsonPath("$.reports[0].spanStart").value(DesignExample.FIRST.indexOf("خروج")));
		post("/api/events/" + id + "/reports", Role.DOCUMENTER, Map.of("reportId", report))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reportId"));
	}

	@Test
	void refusesASpanOutsideTheReport() throws Exception {
		String id = created(event("displacement", "2019-01-20", "2019-01-30", CatalogueFixture.BAGHUZ)).get("id")
			.asString();
		String report = report(DesignExample.FIRST, source("الراصد", "B"), DesignExample.PUBLISHED, 2);
		String before = snapshot();
		post("/api/events/" + id + "/reports", Role.DOCUMENTER,
				Map.of("reportId", report, "span", Map.of("start", 10, "end", DesignExample.FIRST.length() + 1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("span"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void proposesTheRecordedEventAsCandidateWithItsReasons() throws Exception {
		Map<String, Object> recorded = event("displacement", "2004-05-01", "2004-05-03", CatalogueFixture.BAGHUZ);
		recorded.put("actors", List.of(Map.of("actorId", CatalogueFixture.SDF, "role", "actor1")));
		String id = created(recorded).get("id").asString();
		created(event("displacement", "2004-05-02", "2004-05-02", CatalogueFixture.AL_HOL));
		Map<String, Object> draft = event("displacement", "2004-05-02", "2004-05-02", CatalogueFixture.SUSAH);
		draft.put("actors", List.of(Map.of("actorId", CatalogueFixture.SDF, "role", "actor1")));
		JsonNode candidates = read(
				post("/api/events/candidates", Role.DOCUMENTER, Map.of("event", draft)).andExpect(status().isOk()));
		assertThat(candidates.get(0).get("event").get("id").asString()).isEqualTo(id);
		assertThat(candidates.get(0).get("reasons").findValuesAsString("match")).containsExactly("overlapping_dates",
				"same_type", "near_place", "shared_actor");
	}

	/**
	 * 10,001 appeals in 1990, written straight into the table (far from the other tests'
	 * dates, and removed afterwards so that they weigh on no other list).
	 */
	@Test
	void countsTenThousandMatchesAtMostAndSaysThereAreMore() throws Exception {
		List<Object[]> rows = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now();
		for (int i = 0; i <= EventPage.COUNT_LIMIT; i++) {
			LocalDate day = LocalDate.of(1990, 1, 1).plusDays(i % 365);
			rows.add(new Object[] { UUID.randomUUID(), day, day, now, now });
		}
		JdbcTemplate template = new JdbcTemplate(this.dataSource);
		template.batchUpdate("INSERT INTO event (id, type, date_from, date_to, date_precision, status, "
				+ "confidentiality, version, voided, created_at, created_by, updated_at, updated_by) "
				+ "VALUES (?, 'appeal', ?, ?, 'day', 'single_source', 'internal', 1, FALSE, ?, 'test', ?, 'test')",
				rows);
		try {
			JsonNode page = get("/api/events?type=appeal&from=1990-01-01&to=1990-12-31", Role.ANALYST);
			assertThat(page.get("total").asInt()).isEqualTo(EventPage.COUNT_LIMIT);
			assertThat(page.get("totalCapped").asBoolean()).isTrue();
			assertThat(page.get("hasNext").asBoolean()).isTrue();
			assertThat(page.get("items").size()).isEqualTo(20);
			assertThat(page.get("items").get(0).get("dateFrom").asString()).isEqualTo("1990-12-31");
			String html = PageSupport.html(
					this.mvc
						.perform(MockMvcRequestBuilders.get("/events?lang=en&type=appeal&from=1990-01-01&to=1990-12-31")
							.with(PageSupport.signedIn(Role.ANALYST)))
						.andExpect(status().isOk()));
			assertThat(html).contains("Page 1 (more than 10,000 events)").contains("rel=\"next\"");
		}
		finally {
			template.update("DELETE FROM event WHERE type = 'appeal' AND date_from BETWEEN ? AND ?",
					LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31));
		}
	}

	@Test
	void countsExactlyBelowTheLimitAndKnowsTheLastPage() throws Exception {
		for (int i = 1; i <= 3; i++) {
			created(event("siege", "1991-05-0" + i, "1991-05-0" + i, CatalogueFixture.HAJIN));
		}
		JsonNode last = get("/api/events?type=siege&from=1991-05-01&to=1991-05-31&size=2&page=1", Role.ANALYST);
		assertThat(last.get("total").asInt()).isEqualTo(3);
		assertThat(last.get("totalCapped").asBoolean()).isFalse();
		assertThat(last.get("hasNext").asBoolean()).isFalse();
		assertThat(last.get("items").get(0).get("dateFrom").asString()).isEqualTo("1991-05-01");
	}

	@Test
	void theActorFilterPagesInDateOrder() throws Exception {
		for (int i = 1; i <= 3; i++) {
			Map<String, Object> event = event("convoy", "1992-06-0" + i, "1992-06-0" + i, CatalogueFixture.HAJIN);
			event.put("actors", List.of(Map.of("actorId", CatalogueFixture.COALITION, "role", "actor1"),
					Map.of("actorId", CatalogueFixture.COALITION, "role", "associated")));
			created(event);
		}
		JsonNode page = get("/api/events?actorId=" + CatalogueFixture.COALITION + "&from=1992-06-01&to=1992-06-30",
				Role.ANALYST);
		List<String> days = new ArrayList<>();
		page.get("items").forEach((item) -> days.add(item.get("dateFrom").asString()));
		assertThat(days).containsExactly("1992-06-03", "1992-06-02", "1992-06-01");
		assertThat(page.get("total").asInt()).isEqualTo(3);
	}

}
