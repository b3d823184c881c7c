package org.marsad.publishing;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.events.Events;
import org.marsad.events.Figures;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exports of events, each read back with a published reader: ACLED CSV and HXL with
 * Apache Commons CSV (and the HXL 1.1 hashtag rules), GeoJSON against a JSON schema of
 * RFC 7946, JSON with Jackson. Who gets what, what never leaves, and refusals.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EventExportTests {

	static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Places places;

	@Autowired
	Actors actors;

	@Autowired
	Events events;

	@Autowired
	Figures figures;

	@Autowired
	Sources sources;

	@Autowired
	Reports reports;

	PublishedRecord record;

	@BeforeEach
	void write() {
		TestAccounts.create(this.accounts, "pub-viewer", "password-of-viewer", Role.VIEWER);
		TestAccounts.create(this.accounts, "pub-analyst", "password-of-analyst", Role.ANALYST);
		this.record = new PublishedRecord().write(this.places, this.actors, this.events, this.figures, this.sources,
				this.reports);
	}

	@Test
	void acledCsvHasTheCodebookColumnsAndOneRowPerEventDay() throws Exception {
		List<CSVRecord> rows = csv(export("acled", this.record.governorate));
		assertThat(rows.get(0).toList()).containsExactly("event_id_cnty", "event_date", "year", "time_precision",
				"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
				"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
				"admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
				"notes", "fatalities", "tags", "timestamp");
		List<Map<String, String>> days = records(rows);
		assertThat(days).extracting((r) -> r.get("event_date"))
			.containsExactly("2019-02-09", "2019-02-10", "2019-02-11");
		assertThat(days).extracting((r) -> r.get("event_id_cnty"))
			.containsExactly("SYR-" + this.record.battle + "-1", "SYR-" + this.record.battle + "-2",
					"SYR-" + this.record.battle + "-3");
		assertThat(days).extracting((r) -> r.get("fatalities")).containsExactly("3", "2", "2");
	}

	@Test
	void acledRowsCarryPlaceLevelsActorsAndTypes() throws Exception {
		Map<String, String> day = records(csv(export("acled", this.record.governorate))).get(0);
		assertThat(day).containsEntry("disorder_type", "Political violence")
			.containsEntry("event_type", "Battles")
			.containsEntry("time_precision", "1")
			.containsEntry("year", "2019")
			.containsEntry("actor1", "Test Democratic Forces")
			.containsEntry("actor2", "Test Militia")
			.containsEntry("country", "Syria")
			.containsEntry("iso", "760")
			.containsEntry("admin1", "Deir-ez-Zor")
			.containsEntry("admin2", "Abu Kamal")
			.containsEntry("admin3", "Marat")
			.containsEntry("location", "Al-Baghuz Fawqani")
			.containsEntry("latitude", "34.46")
			.containsEntry("longitude", "40.95")
			.containsEntry("geo_precision", "1")
			.containsEntry("source", "")
			.containsEntry("notes", "Clashes in al-Baghuz");
	}

	@Test
	void acledEventKnownToTheMonthIsOneRowOnItsMiddleDay() throws Exception {
		List<Map<String, String>> rows = records(csv(export("acled", this.record.unlocated)));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("event_date", "2019-01-16")
			.containsEntry("time_precision", "3")
			.containsEntry("event_type", "Siege")
			.containsEntry("disorder_type", "")
			.containsEntry("latitude", "")
			.containsEntry("notes", "حصار في البادية")
			.containsEntry("fatalities", "0");
	}

	@Test
	void hxlHasAHeaderRowThenAValidHashtagRow() throws Exception {
		List<CSVRecord> rows = csv(export("hxl", this.record.governorate));
		assertThat(rows.get(0).get(0)).isEqualTo("Event");
		List<HxlHashtagRow.Tag> tags = HxlHashtagRow.parse(rows.get(1).toList());
		assertThat(tags).hasSize(rows.get(0).size());
		assertThat(tags).contains(new HxlHashtagRow.Tag("event", List.of("id")),
				new HxlHashtagRow.Tag("adm1", List.of("name")), new HxlHashtagRow.Tag("geo", List.of("lat")),
				new HxlHashtagRow.Tag("affected", List.of("killed")));
		int killed = tags.indexOf(new HxlHashtagRow.Tag("affected", List.of("killed")));
		int adm1 = tags.indexOf(new HxlHashtagRow.Tag("adm1", List.of("name")));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(2).get(killed)).isEqualTo("7");
		assertThat(rows.get(2).get(adm1)).isEqualTo("Deir-ez-Zor");
	}

	@Test
	void geoJsonIsAValidFeatureCollectionWithLongitudeFirst() throws Exception {
		String body = export("geojson", this.record.governorate);
		JsonSchema schema;
		try (InputStream in = getClass().getResourceAsStream("geojson.schema.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
		}
		com.fasterxml.jackson.databind.JsonNode tree = JSON.readTree(body);
		Set<ValidationMessage> errors = schema.validate(tree);
		assertThat(errors).isEmpty();
		com.fasterxml.jackson.databind.JsonNode feature = tree.get("features").get(0);
		assertThat(feature.get("id").asText()).isEqualTo(this.record.battle.toString());
		assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(40.95);
		assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(34.46);
		assertThat(feature.get("properties").get("killed").asInt()).isEqualTo(7);
	}

	@Test
	void theSchemaRefusesLatitudeFirst() throws Exception {
		JsonSchema schema;
		try (InputStream in = getClass().getResourceAsStream("geojson.schema.json")) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
		}
		String swapped = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
				+ "\"geometry\":{\"type\":\"Point\",\"coordinates\":[120.5, 95.2]}}]}";
		assertThat(schema.validate(JSON.readTree(swapped))).isNotEmpty();
	}

	@Test
	void anonymousReadersGetPublishableEventsOnly() throws Exception {
		com.fasterxml.jackson.databind.JsonNode events = JSON.readTree(export("json", this.record.governorate))
			.get("events");
		assertThat(ids(events)).containsExactly(this.record.battle.toString());
		assertThat(events.get(0).has("confidentiality")).isFalse();
		assertThat(events.get(0).has("reports")).isFalse();
	}

	@Test
	void anonymousReadersGetNoVoidEventsEvenWhenTheyAsk() throws Exception {
		String body = this.mvc
			.perform(get("/api/exports/events/json").param("placeId", this.record.governorate).param("voided", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ids(JSON.readTree(body).get("events"))).containsExactly(this.record.battle.toString());
	}

	@Test
	void staffGetInternalEventsToo() throws Exception {
		String body = this.mvc
			.perform(get("/api/exports/events/json").param("placeId", this.record.governorate)
				.with(httpBasic("pub-analyst", "password-of-analyst")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		com.fasterxml.jackson.databind.JsonNode events = JSON.readTree(body).get("events");
		assertThat(ids(events)).containsExactlyInAnyOrder(this.record.battle.toString(),
				this.record.internal.toString());
	}

	@Test
	void viewersGetPublishableEventsOnly() throws Exception {
		String body = this.mvc
			.perform(get("/api/exports/events/json").param("placeId", this.record.governorate)
				.with(httpBasic("pub-viewer", "password-of-viewer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ids(JSON.readTree(body).get("events"))).containsExactly(this.record.battle.toString());
	}

	@Test
	void protectedFieldsNeverLeaveWhoeverAsks() throws Exception {
		for (String format : List.of("acled", "hxl", "geojson", "json")) {
			MockHttpServletRequestBuilder request = get("/api/exports/events/" + format)
				.param("placeId", this.record.governorate)
				.with(httpBasic("admin", "admin-test-password"));
			String body = this.mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as(format).contains(this.record.battle.toString());
			assertThat(body).as(format)
				.doesNotContain(this.record.source.toString())
				.doesNotContain(PublishedRecord.PSEUDONYM)
				.doesNotContain(PublishedRecord.CONTACT)
				.doesNotContain("قُتل سبعة مقاتلين");
		}
	}

	@Test
	void filtersAreThoseOfTheEventsList() throws Exception {
		String body = this.mvc
			.perform(get("/api/exports/events/json").param("placeId", this.record.governorate)
				.param("from", "2019-02-10")
				.param("type", "siege"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JSON.readTree(body).get("events")).isEmpty();
	}

	@Test
	void aBadFilterIsAProblemNamingTheField() throws Exception {
		this.mvc.perform(get("/api/exports/events/acled").param("from", "2019-13-45"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.field").value("from"));
		this.mvc.perform(get("/api/exports/events/acled").param("from", "2019-02-10").param("to", "2019-02-01"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("to"));
		this.mvc.perform(get("/api/exports/events/acled").param("type", "<script>"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("type"));
	}

	@Test
	void anUnknownFormatIsAProblemNamingTheFormat() throws Exception {
		this.mvc.perform(get("/api/exports/events/xlsx"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("format"));
	}

	@Test
	void wrongCredentialsAreRefusedRatherThanServedAsPublic() throws Exception {
		this.mvc.perform(get("/api/exports/events/json").with(httpBasic("pub-viewer", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	private String export(String format, String placeId) throws Exception {
		return this.mvc.perform(get("/api/exports/events/" + format).param("placeId", placeId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> csv(String body) throws Exception {
		return CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
	}

	private static List<Map<String, String>> records(List<CSVRecord> rows) {
		List<String> header = rows.get(0).toList();
		List<Map<String, String>> records = new ArrayList<>();
		for (CSVRecord row : rows.subList(1, rows.size())) {
			assertThat(row.size()).isEqualTo(header.size());
			Map<String, String> record = new java.util.LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				record.put(header.get(i), row.get(i));
			}
			records.add(record);
		}
		return records;
	}

	private static List<String> ids(com.fasterxml.jackson.databind.JsonNode events) {
		List<String> ids = new ArrayList<>();
		events.forEach((e) -> ids.add(e.get("id").asText()));
		return ids;
	}

}
