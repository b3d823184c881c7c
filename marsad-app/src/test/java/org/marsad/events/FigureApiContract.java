package org.marsad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Figures and claims through their own API: parts and wholes, versions, voiding, and the
 * value rule. Run on H2 ({@link FigureApiTests}) and PostgreSQL
 * ({@link FigureApiPostgresIntegrationTests}).
 */
abstract class FigureApiContract extends EventsContract {

	String event(String parentId) throws Exception {
		Map<String, Object> event = new HashMap<>();
		event.put("type", "displacement");
		event.put("dateFrom", "2019-01-20");
		event.put("dateTo", "2019-01-30");
		event.put("placeId", CatalogueFixture.BAGHUZ);
		event.put("parentId", parentId);
		return read(post("/api/events", Role.DOCUMENTER, event).andExpect(status().isCreated())).get("id").asString();
	}

	static Map<String, Object> fields(String partOf) {
		Map<String, Object> fields = new HashMap<>(DesignExample.fields("person", "exited", null, false));
		fields.put("periodTo", "2019-01-30");
		fields.put("partOf", partOf);
		return fields;
	}

	JsonNode figure(String eventId, String partOf, List<Map<String, Object>> claims) throws Exception {
		return read(post("/api/events/" + eventId + "/figures", Role.DOCUMENTER,
				Map.of("figure", fields(partOf), "claims", claims))
			.andExpect(status().isCreated()));
	}

	Map<String, Object> claim(String report, String phrase, int best) {
		return Map.of("reportId", report, "span", DesignExample.span(DesignExample.FIRST, phrase), "value",
				Map.of("qualifier", "exact", "best", best));
	}

	@Test
	void addsAFigureWithTheValueOfItsClaim() throws Exception {
		String report = report(DesignExample.FIRST, source("الراصد", "B"), DesignExample.PUBLISHED, 2);
		JsonNode figure = figure(event(null), null, List.of(claim(report, "36250 شخصاً", 36250)));
		assertThat(figure.get("value").get("best").asInt()).isEqualTo(36250);
		assertThat(figure.get("claims").get(0).get("reliability").asString()).isEqualTo("B");
		assertThat(figure.get("claims").get(0).get("statedOn").asString()).isEqualTo(DesignExample.PUBLISHED);
	}

	@Test
	void refusesAPartOfThatClosesACycle() throws Exception {
		String event = event(null);
		JsonNode whole = figure(event, null, List.of());
		String part = figure(event, whole.get("id").asString(), List.of()).get("id").asString();
		put("/api/figures/" + whole.get("id").asString(), Role.DOCUMENTER, Map.of("version", 1, "figure", fields(part)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("figure.partOf"));
	}

	@Test
	void refusesAPartOfAFigureOfAnUnrelatedEvent() throws Exception {
		String other = figure(event(null), null, List.of()).get("id").asString();
		post("/api/events/" + event(null) + "/figures", Role.DOCUMENTER, Map.of("figure", fields(other)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("figure.partOf"));
	}

	@Test
	void acceptsAPartOfAFigureOfTheEncompassingEvent() throws Exception {
		String campaign = event(null);
		String whole = figure(campaign, null, List.of()).get("id").asString();
		assertThat(figure(event(campaign), whole, List.of()).get("partOf").asString()).isEqualTo(whole);
	}

	@Test
	void voidingAClaimRecomputesTheValue() throws Exception {
		String event = event(null);
		String weak = report(DesignExample.FIRST, source("مصدر ضعيف", "E"), DesignExample.PUBLISHED, 5);
		String strong = report(DesignExample.FIRST, source("مصدر موثوق", "A"), DesignExample.PUBLISHED, 1);
		JsonNode figure = figure(event, null,
				List.of(claim(weak, "36250 شخصاً", 36250), claim(strong, "23200 عراقي", 23200)));
		assertThat(figure.get("value").get("best").asInt()).isEqualTo(23200);
		String strongClaim = figure.get("currentClaimId").asString();
		post("/api/claims/" + strongClaim + "/void", Role.DOCUMENTER, Map.of("reason", "خطأ في قراءة الرقم"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.voided").value(true));
		JsonNode after = get("/api/figures/" + figure.get("id").asString(), Role.ANALYST);
		assertThat(after.get("value").get("best").asInt()).isEqualTo(36250);
		assertThat(after.get("claims")).hasSize(2);
	}

	@Test
	void aStaleFigureEditGetsConflict() throws Exception {
		String id = figure(event(null), null, List.of()).get("id").asString();
		put("/api/figures/" + id, Role.DOCUMENTER, Map.of("version", 1, "figure", fields(null)))
			.andExpect(status().isOk());
		put("/api/figures/" + id, Role.DOCUMENTER, Map.of("version", 1, "figure", fields(null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(2));
	}

	@Test
	void aManualValueStandsBesideTheClaims() throws Exception {
		String report = report(DesignExample.FIRST, source("الراصد", "B"), DesignExample.PUBLISHED, 2);
		JsonNode figure = figure(event(null), null, List.of(claim(report, "36250 شخصاً", 36250)));
		Map<String, Object> manual = fields(null);
		manual.put("valueRule", "manual");
		manual.put("manualValue", Map.of("qualifier", "about", "best", 36000));
		put("/api/figures/" + figure.get("id").asString(), Role.COORDINATOR,
				Map.of("version", 1, "reason", "تقدير المنسق بعد مقارنة المصادر", "figure", manual))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value.best").value(36000))
			.andExpect(jsonPath("$.value.qualifier").value("about"))
			.andExpect(jsonPath("$.currentClaimId").doesNotExist())
			.andExpect(jsonPath("$.claims.length()").value(1));
	}

	@Test
	void voidingAFigureKeepsItInTheEvent() throws Exception {
		String event = event(null);
		String id = figure(event, null, List.of()).get("id").asString();
		post("/api/figures/" + id + "/void", Role.DOCUMENTER, Map.of("version", 1, "reason", "رقم مكرر"))
			.andExpect(status().isOk());
		JsonNode figures = get("/api/events/" + event, Role.ANALYST).get("figures");
		assertThat(figures).hasSize(1);
		assertThat(figures.get(0).get("voided").asBoolean()).isTrue();
		assertThat(get("/api/figures/" + id + "/history", Role.ANALYST).findValuesAsString("action"))
			.containsExactly("created", "voided");
	}

}
