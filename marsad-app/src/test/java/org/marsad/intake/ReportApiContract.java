package org.marsad.intake;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report API, written once and run on H2 ({@link ReportApiTests}) and PostgreSQL
 * ({@link ReportApiPostgresIntegrationTests}).
 */
@RecordApplicationEvents
abstract class ReportApiContract extends IntakeContract {

	static final String ARABIC = "أفاد مراسلنا بخروج نحو ٣٬٥٠٠ شخص من الباغوز يوم ٥ آذار، وإعتقال إبن أحد السكان.";

	@Autowired
	ApplicationEvents events;

	@Test
	void createsReportWithLocationAndId() throws Exception {
		MvcResult result = postReport(Role.DOCUMENTER, Map.of("text", ARABIC, "title", "خروج من الباغوز"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/reports/")))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.status").value("new"))
			.andExpect(jsonPath("$.version").value(1))
			.andReturn();
		String id = read(result).get("id").asString();
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/reports/" + id);
	}

	@Test
	void returnsTextByteForByte() throws Exception {
		String text = "  إعتقال ٣ أشخاص في ديـــر الزور 🙏\r\nسطر ثانٍ مع تشكيلٌ\tو\u0007جرس\u001B   \r\n\n  ";
		String id = created(Map.of("text", text)).get("id").asString();
		MvcResult result = this.mvc.perform(get("/api/reports/" + id).with(as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andReturn();
		String stored = read(result).get("text").asString();
		assertThat(stored.getBytes(StandardCharsets.UTF_8)).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void detectsArabic() throws Exception {
		assertThat(created(Map.of("text", ARABIC)).get("language").asString()).isEqualTo("ar");
	}

	@Test
	void detectsEnglish() throws Exception {
		assertThat(created(Map.of("text", "About 3,500 people left Baghuz on 5 March.")).get("language").asString())
			.isEqualTo("en");
	}

	@Test
	void keepsFieldsAsSent() throws Exception {
		String sourceId = createSource("الغراب", "+963 999 000 111");
		JsonNode report = created(Map.of("text", ARABIC, "channel", "call", "receivedAt", "2019-03-05T09:30:00Z",
				"publishedAt", "2019-03-04", "sourceId", sourceId, "credibility", 2));
		assertThat(report.get("channel").asString()).isEqualTo("call");
		assertThat(report.get("receivedAt").asString()).isEqualTo("2019-03-05T09:30:00Z");
		assertThat(report.get("publishedAt").asString()).isEqualTo("2019-03-04");
		assertThat(report.get("sourceId").asString()).isEqualTo(sourceId);
		assertThat(report.get("sourcePseudonym").asString()).isEqualTo("الغراب");
		assertThat(report.get("credibility").asInt()).isEqualTo(2);
	}

	@Test
	void listsNewestFirst() throws Exception {
		created(Map.of("text", "older report", "receivedAt", "2001-01-01T00:00:00Z"));
		created(Map.of("text", "newer report", "receivedAt", "2001-01-02T00:00:00Z"));
		this.mvc.perform(get("/api/reports?from=2001-01-01&to=2001-01-02&size=1").with(as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].excerpt").value("newer report"))
			.andExpect(jsonPath("$.total").value(2));
		this.mvc.perform(get("/api/reports?from=2001-01-01&to=2001-01-02&size=1&page=1").with(as(Role.ANALYST)))
			.andExpect(jsonPath("$.items[0].excerpt").value("older report"));
	}

	@Test
	void capsThePageSize() throws Exception {
		this.mvc.perform(get("/api/reports?size=5000").with(as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(PageRequest.MAX_SIZE));
	}

	@Test
	void filtersBySourceAndLanguage() throws Exception {
		String sourceId = createSource("النورس", "signal: nawras");
		created(Map.of("text", ARABIC, "sourceId", sourceId));
		created(Map.of("text", "English text from the same source", "sourceId", sourceId));
		this.mvc.perform(get("/api/reports?sourceId=" + sourceId + "&language=ar").with(as(Role.ANALYST)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].language").value("ar"));
	}

	@Test
	void viewersSeeReportsWithoutTheirSource() throws Exception {
		String sourceId = createSource("السنونو", "signal: sonono");
		String id = created(Map.of("text", ARABIC, "sourceId", sourceId)).get("id").asString();
		String report = bodyOf(this.mvc.perform(get("/api/reports/" + id).with(as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.text").value(ARABIC)));
		assertThat(report).doesNotContain(sourceId).doesNotContain("السنونو");
		String list = bodyOf(
				this.mvc.perform(get("/api/reports?size=100").with(as(Role.VIEWER))).andExpect(status().isOk()));
		assertThat(list).contains(id).doesNotContain(sourceId).doesNotContain("السنونو");
		this.mvc.perform(get("/api/reports/" + id).with(as(Role.ANALYST)))
			.andExpect(jsonPath("$.sourcePseudonym").value("السنونو"));
	}

	@Test
	void viewersMayNotFilterReportsBySource() throws Exception {
		String sourceId = createSource("الوروار", "signal: warwar");
		created(Map.of("text", ARABIC, "sourceId", sourceId));
		this.mvc.perform(get("/api/reports?sourceId=" + sourceId).with(as(Role.VIEWER)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void unknownReportIsNotFoundProblem() throws Exception {
		this.mvc.perform(get("/api/reports/" + UUID.randomUUID()).with(as(Role.VIEWER)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void publishesReportReceived() throws Exception {
		String id = created(Map.of("text", ARABIC)).get("id").asString();
		assertThat(this.events.stream(ReportReceived.class))
			.anySatisfy((event) -> assertThat(event.reportId()).hasToString(id));
	}

	@Test
	void storesMarkupAsSent() throws Exception {
		String text = "<script>alert('x')</script> <b>غارة</b> & \"quotes\"";
		String id = created(Map.of("text", text)).get("id").asString();
		this.mvc.perform(get("/api/reports/" + id).with(as(Role.VIEWER))).andExpect(jsonPath("$.text").value(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "VIEWER", "ANALYST" })
	void readersCannotCreateReports(Role role) throws Exception {
		String before = snapshot();
		postReport(role, Map.of("text", ARABIC)).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesEmptyText() throws Exception {
		refused(Map.of("text", "  \r\n "), 400, "text");
	}

	@Test
	void refusesMissingText() throws Exception {
		refused(Map.of("title", "بلا نص"), 400, "text");
	}

	@Test
	void refusesTextOverTheLimit() throws Exception {
		refused(Map.of("text", "ب".repeat(600_000)), 413, "text");
	}

	@Test
	void refusesABodyTooLargeToHoldAnAllowedText() throws Exception {
		String before = snapshot();
		byte[] body = ("{\"text\": \"" + "\\u0007".repeat(1024 * 1024 + 20 * 1024) + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		this.mvc.perform(
				post("/api/reports").with(as(Role.DOCUMENTER)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.field").value("text"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesUnknownSource() throws Exception {
		refused(Map.of("text", ARABIC, "sourceId", UUID.randomUUID().toString()), 400, "sourceId");
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 7, -1 })
	void refusesCredibilityOutsideOneToSix(int credibility) throws Exception {
		refused(Map.of("text", ARABIC, "credibility", credibility), 400, "credibility");
	}

	@Test
	void refusesCredibilityThatIsNotANumber() throws Exception {
		refused(Map.of("text", ARABIC, "credibility", "عالية"), 400, "credibility");
	}

	@ParameterizedTest
	@CsvSource({ "receivedAt, 05/03/2019 09:30", "receivedAt, 2019-03-05 09:30", "publishedAt, 2019-13-01",
			"publishedAt, ٥ آذار ٢٠١٩" })
	void refusesInvalidDates(String field, String value) throws Exception {
		refused(Map.of("text", ARABIC, field, value), 400, field);
	}

	@ParameterizedTest
	@CsvSource({ "channel, pigeon", "language, fr", "channel, MESSAGE " })
	void refusesUnknownEnumValues(String field, String value) throws Exception {
		refused(Map.of("text", ARABIC, field, value), 400, field);
	}

	@Test
	void refusesInvalidUtf8() throws Exception {
		byte[] body = "{\"text\": \"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1);
		refusedBody(body, "body").andExpect(jsonPath("$.detail").value("The body is not valid UTF-8."));
	}

	@Test
	void refusesMalformedJson() throws Exception {
		refusedBody("{\"text\": \"غير مكتمل".getBytes(StandardCharsets.UTF_8), "body")
			.andExpect(jsonPath("$.detail").value("The body is not valid JSON."));
	}

	@Test
	void refusesMalformedId() throws Exception {
		this.mvc.perform(get("/api/reports/not-a-uuid").with(as(Role.VIEWER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
	}

	@Test
	void refusalNamesEveryOffendingField() throws Exception {
		Map<String, Object> body = new HashMap<>();
		body.put("text", "");
		body.put("channel", "pigeon");
		body.put("credibility", 9);
		postReport(Role.DOCUMENTER, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItems("text", "channel", "credibility")));
	}

	void refused(Map<String, ?> body, int status, String field) throws Exception {
		String before = snapshot();
		postReport(Role.DOCUMENTER, body).andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.errors[0].field").value(field))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		assertThat(snapshot()).isEqualTo(before);
	}

	ResultActions refusedBody(byte[] body, String field) throws Exception {
		String before = snapshot();
		ResultActions actions = this.mvc.perform(
				post("/api/reports").with(as(Role.DOCUMENTER)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value(field));
		assertThat(snapshot()).isEqualTo(before);
		return actions;
	}

}
