package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad codings: each is refused naming the offending field by its path in the submission,
 * and leaves the record (and the report's status) as it was. Run on H2
 * ({@link CodingRefusalsTests}) and PostgreSQL
 * ({@link CodingRefusalsPostgresIntegrationTests}).
 */
abstract class CodingRefusalsContract extends EventsContract {

	String report() throws Exception {
		return report(DesignExample.FIRST, source("الراصد", "B"), DesignExample.PUBLISHED, 2);
	}

	/** The first coding with one change made to its event entry. */
	@SuppressWarnings("unchecked")
	static Map<String, Object> codingWith(Consumer<Map<String, Object>> change) {
		Map<String, Object> coded = new HashMap<>(
				(Map<String, Object>) ((List<?>) DesignExample.firstCoding().get("events")).get(0));
		coded.put("event", new HashMap<>((Map<String, Object>) coded.get("event")));
		List<Map<String, Object>> figures = new ArrayList<>();
		for (Object figure : (List<?>) coded.get("figures")) {
			Map<String, Object> copy = new HashMap<>((Map<String, Object>) figure);
			copy.put("figure", new HashMap<>((Map<String, Object>) copy.get("figure")));
			figures.add(copy);
		}
		coded.put("figures", figures);
		change.accept(coded);
		return Map.of("events", List.of(coded));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> event(Map<String, Object> coded) {
		return (Map<String, Object>) coded.get("event");
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> figure(Map<String, Object> coded, int index) {
		return (Map<String, Object>) ((List<?>) coded.get("figures")).get(index);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> figureFields(Map<String, Object> coded, int index) {
		return (Map<String, Object>) figure(coded, index).get("figure");
	}

	void refused(Map<String, Object> coding, String field) throws Exception {
		String report = report();
		String before = snapshot();
		code(report, Role.DOCUMENTER, coding).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.errors[0].field").value(field));
		assertThat(snapshot()).isEqualTo(before);
		assertThat(get("/api/reports/" + report, Role.VIEWER).get("status").asString()).isEqualTo("new");
	}

	@Test
	void refusesAnEventDatedAfterTheReport() throws Exception {
		refused(codingWith((coded) -> event(coded).put("dateTo", "2019-02-02")), "events[0].event.dateTo");
	}

	@Test
	void refusesAnEventEndingBeforeItBegins() throws Exception {
		refused(codingWith((coded) -> event(coded).put("dateTo", "2018-11-30")), "events[0].event.dateTo");
	}

	@Test
	void refusesAFigurePeriodAfterTheReport() throws Exception {
		refused(codingWith((coded) -> figureFields(coded, 0).put("periodTo", "2019-03-01")),
				"events[0].figures[0].figure.periodTo");
	}

	@Test
	void refusesALowBoundAboveTheHighBound() throws Exception {
		refused(codingWith((coded) -> figure(coded, 0).put("claim",
				Map.of("span", DesignExample.span(DesignExample.FIRST, "36250 شخصاً"), "value",
						Map.of("qualifier", "vague", "low", 40000, "high", 36250)))),
				"events[0].figures[0].claim.value.low");
	}

	@Test
	void refusesASpanOutsideTheReport() throws Exception {
		refused(codingWith((coded) -> figure(coded, 0).put("claim",
				Map.of("span", Map.of("start", 5, "end", DesignExample.FIRST.length() + 3), "value",
						Map.of("qualifier", "exact", "best", 36250)))),
				"events[0].figures[0].claim.span");
	}

	@Test
	void refusesAnUnknownPlace() throws Exception {
		refused(codingWith((coded) -> event(coded).put("placeId", "test-atlantis")), "events[0].event.placeId");
	}

	@Test
	void refusesAnUnknownActor() throws Exception {
		refused(codingWith(
				(coded) -> event(coded).put("actors", List.of(Map.of("actorId", "test-nobody", "role", "actor1")))),
				"events[0].event.actors[0].actorId");
	}

	@Test
	void refusesAPartOfKeyThatClosesACycle() throws Exception {
		refused(codingWith((coded) -> figure(coded, 0).put("partOfKey", "iraqis")), "events[0].figures[0].partOfKey");
	}

	@Test
	void refusesTwoFiguresWithTheSameKey() throws Exception {
		refused(codingWith((coded) -> figure(coded, 3).put("key", "total")), "events[0].figures[3].key");
	}

	@Test
	void refusesALinkToAnUnknownEvent() throws Exception {
		refused(Map.of("links", List.of(Map.of("eventId", UUID.randomUUID().toString()))), "links[0].eventId");
	}

	@Test
	void refusesAnEmptyCoding() throws Exception {
		refused(Map.of(), "events");
	}

	@Test
	void unknownReportIsNotFound() throws Exception {
		code(UUID.randomUUID().toString(), Role.DOCUMENTER, DesignExample.firstCoding())
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAClaimForAFigureOfAnotherEvent() throws Exception {
		String first = report();
		String figureOfFirst = read(code(first, Role.DOCUMENTER, DesignExample.firstCoding())).get("figures")
			.get("total")
			.asString();
		String other = read(post("/api/events", Role.DOCUMENTER,
				Map.of("type", "transfer", "dateFrom", "2019-01-30", "placeId", CatalogueFixture.AL_HOL)))
			.get("id")
			.asString();
		Map<String, Object> coding = DesignExample.secondCoding(other, figureOfFirst);
		String second = report(DesignExample.SECOND, source("مصدر المخيم", "A"), "2019-02-01", 2);
		String before = snapshot();
		code(second, Role.DOCUMENTER, coding).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("links[0].claims[0].figureId"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void namesEveryProblemAtOnce() throws Exception {
		String report = report();
		Map<String, Object> coding = codingWith((coded) -> {
			event(coded).put("type", "flood");
			figureFields(coded, 1).put("nationality", "Iraq");
			figureFields(coded, 2).remove("unit");
		});
		assertThat(read(code(report, Role.DOCUMENTER, coding).andExpect(status().isBadRequest())).get("errors")
			.findValuesAsString("field")).containsExactly("events[0].event.type",
					"events[0].figures[1].figure.nationality", "events[0].figures[2].figure.unit");
	}

	@Test
	void namesTheNestedFieldOfAValueOfTheWrongType() throws Exception {
		refused(codingWith(
				(coded) -> figure(coded, 0).put("claim",
						Map.of("span", Map.of("start", "the number", "end", 44), "value",
								Map.of("qualifier", "exact", "best", 36250)))),
				"events[0].figures[0].claim.span.start");
	}

	@ParameterizedTest
	@EnumSource(names = { "VIEWER", "ANALYST" })
	void readersCannotCode(Role role) throws Exception {
		String report = report();
		String before = snapshot();
		code(report, role, DesignExample.firstCoding()).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

}
