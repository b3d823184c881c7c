package org.marsad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Coding reports into events, figures and claims, and corroborating them with a second
 * report: written once, run on H2 ({@link CodingApiTests}) and PostgreSQL
 * ({@link CodingApiPostgresIntegrationTests}).
 */
@RecordApplicationEvents
abstract class CodingApiContract extends EventsContract {

	@Autowired
	ApplicationEvents published;

	/** The first report coded: the event's id and the total figure's id. */
	record Coded(String reportId, String eventId, String totalId, JsonNode result) {
	}

	Coded codeFirstReport() throws Exception {
		String source = source("الراصد", "B");
		String report = report(DesignExample.FIRST, source, DesignExample.PUBLISHED, 2);
		JsonNode result = read(
				code(report, Role.DOCUMENTER, DesignExample.firstCoding()).andExpect(status().isCreated()));
		return new Coded(report, result.get("createdEvents").get(0).asString(),
				result.get("figures").get("total").asString(), result);
	}

	@Test
	void codesTheDesignExampleIntoOneEventWithItsFigures() throws Exception {
		Coded coded = codeFirstReport();
		JsonNode event = get("/api/events/" + coded.eventId(), Role.ANALYST);
		assertThat(event.get("type").asString()).isEqualTo("displacement");
		assertThat(event.get("placeId").asString()).isEqualTo(CatalogueFixture.BAGHUZ);
		assertThat(event.get("figures")).hasSize(4);
		assertThat(event.get("reports")).hasSize(1);
		assertThat(event.get("reports").get(0).get("reliability").asString()).isEqualTo("B");
	}

	@Test
	void keepsTheQuoteOfEachClaimExactlyAsInTheReport() throws Exception {
		Coded coded = codeFirstReport();
		JsonNode figure = get("/api/figures/" + coded.totalId(), Role.ANALYST);
		JsonNode claim = figure.get("claims").get(0);
		assertThat(claim.get("quote").asString()).isEqualTo("36250 شخصاً");
		assertThat(DesignExample.FIRST.substring(claim.get("spanStart").asInt(), claim.get("spanEnd").asInt()))
			.isEqualTo("36250 شخصاً");
	}

	@Test
	void fillsTheIntervalFromTheQualifier() throws Exception {
		Coded coded = codeFirstReport();
		JsonNode families = get("/api/figures/" + coded.result().get("figures").get("families").asString(),
				Role.ANALYST);
		assertThat(families.get("value").get("qualifier").asString()).isEqualTo("more_than");
		assertThat(families.get("value").get("low").asInt()).isEqualTo(6000);
		assertThat(families.get("value").get("best").asInt()).isEqualTo(6000);
		assertThat(families.get("value").get("high").isNull()).isTrue();
	}

	@Test
	void recordsTheIraqisAsPartOfTheTotal() throws Exception {
		Coded coded = codeFirstReport();
		JsonNode iraqis = get("/api/figures/" + coded.result().get("figures").get("iraqis").asString(), Role.ANALYST);
		assertThat(iraqis.get("partOf").asString()).isEqualTo(coded.totalId());
		assertThat(iraqis.get("group").get("nationality").asString()).isEqualTo("IQ");
	}

	@Test
	void marksTheReportCoded() throws Exception {
		Coded coded = codeFirstReport();
		assertThat(get("/api/reports/" + coded.reportId(), Role.VIEWER).get("status").asString()).isEqualTo("coded");
	}

	@Test
	void publishesWhatWasCoded() throws Exception {
		Coded coded = codeFirstReport();
		assertThat(this.published.stream(ReportCoded.class))
			.anySatisfy((event) -> assertThat(event.eventIds()).extracting(Object::toString).contains(coded.eventId()));
		assertThat(this.published.stream(EventRecorded.class))
			.anySatisfy((event) -> assertThat(event.eventId()).hasToString(coded.eventId()));
		assertThat(this.published.stream(FigureChanged.class)
			.filter((f) -> f.eventId().toString().equals(coded.eventId()))).hasSize(4);
	}

	@Test
	void startsAsSingleSource() throws Exception {
		Coded coded = codeFirstReport();
		assertThat(get("/api/events/" + coded.eventId(), Role.ANALYST).get("status").asString())
			.isEqualTo("single_source");
	}

	@Test
	void secondReportShowsBothClaimsAndTheValueOfTheBetterGradedSource() throws Exception {
		Coded coded = codeFirstReport();
		String source = source("مصدر المخيم", "A");
		String second = report(DesignExample.SECOND, source, "2019-02-01", 2);
		code(second, Role.DOCUMENTER, DesignExample.secondCoding(coded.eventId(), coded.totalId()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.linkedEvents[0]").value(coded.eventId()));
		JsonNode total = get("/api/figures/" + coded.totalId(), Role.ANALYST);
		assertThat(total.get("claims")).hasSize(2);
		assertThat(total.get("claims").get(0).get("value").get("best").asInt()).isEqualTo(36250);
		assertThat(total.get("claims").get(1).get("value").get("best").asInt()).isEqualTo(36500);
		assertThat(total.get("valueRule").asString()).isEqualTo("best_graded");
		assertThat(total.get("value").get("best").asInt()).isEqualTo(36500);
		assertThat(total.get("currentClaimId").asString()).isEqualTo(total.get("claims").get(1).get("id").asString());
	}

	@Test
	void twoCredibleIndependentSourcesMakeTheEventFair() throws Exception {
		Coded coded = codeFirstReport();
		String second = report(DesignExample.SECOND, source("مصدر المخيم", "A"), "2019-02-01", 2);
		code(second, Role.DOCUMENTER, DesignExample.secondCoding(coded.eventId(), coded.totalId()))
			.andExpect(status().isCreated());
		JsonNode suggestion = get("/api/events/" + coded.eventId() + "/suggested-status", Role.ANALYST);
		assertThat(suggestion.get("sources").asInt()).isEqualTo(2);
		assertThat(suggestion.get("status").asString()).isEqualTo("fair");
		assertThat(get("/api/events/" + coded.eventId(), Role.ANALYST).get("status").asString()).isEqualTo("fair");
	}

	@Test
	void theSameSourceTwiceStaysSingleSource() throws Exception {
		Coded coded = codeFirstReport();
		String sameSource = get("/api/reports/" + coded.reportId(), Role.ANALYST).get("sourceId").asString();
		String second = report(DesignExample.SECOND, sameSource, "2019-02-01", 2);
		code(second, Role.DOCUMENTER, DesignExample.secondCoding(coded.eventId(), coded.totalId()))
			.andExpect(status().isCreated());
		assertThat(get("/api/events/" + coded.eventId(), Role.ANALYST).get("status").asString())
			.isEqualTo("single_source");
	}

	@Test
	void theRuleChosenOnTheFigureDecidesItsValue() throws Exception {
		Coded coded = codeFirstReport();
		String second = report(DesignExample.SECOND, source("مصدر المخيم", "A"), "2019-02-01", 2);
		code(second, Role.DOCUMENTER, DesignExample.secondCoding(coded.eventId(), coded.totalId()))
			.andExpect(status().isCreated());
		JsonNode total = get("/api/figures/" + coded.totalId(), Role.ANALYST);
		Map<String, Object> fields = new HashMap<>(DesignExample.fields("person", "exited", null, true));
		fields.put("valueRule", "lowest");
		put("/api/figures/" + coded.totalId(), Role.COORDINATOR,
				Map.of("version", total.get("version").asInt(), "reason", "الرقم الأدنى أحوط", "figure", fields))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.value.best").value(36250))
			.andExpect(jsonPath("$.valueRule").value("lowest"));
	}

	@Test
	void refusesAFigureWithoutUnitNamingItsPathAndStoresNothing() throws Exception {
		String report = report(DesignExample.FIRST, source("الراصد", "B"), DesignExample.PUBLISHED, 2);
		String before = snapshot();
		Map<String, Object> coding = DesignExample.firstCoding();
		List<?> events = (List<?>) coding.get("events");
		@SuppressWarnings("unchecked")
		Map<String, Object> event = new HashMap<>((Map<String, Object>) events.get(0));
		Map<String, Object> fields = DesignExample.fields("person", "exited", null, true);
		fields.remove("unit");
		event.put("figures", List.of(DesignExample.figure("total", fields, "36250 شخصاً", "exact", 36250)));
		code(report, Role.DOCUMENTER, Map.of("events", List.of(event))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("events[0].figures[0].figure.unit"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void returnsTheNewEventAsLocation() throws Exception {
		String report = report(DesignExample.FIRST, source("الراصد", "B"), DesignExample.PUBLISHED, 2);
		code(report, Role.DOCUMENTER, DesignExample.firstCoding()).andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/events/")));
	}

}
