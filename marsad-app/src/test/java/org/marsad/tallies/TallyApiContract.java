package org.marsad.tallies;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tally API: define, compute as of a day, the series as JSON and CSV, provenance,
 * snapshots, who may do what, and problems that name the field.
 */
abstract class TallyApiContract extends TallyContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void definesATallyAndComputesItAsOfADay() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = define(example, Role.ANALYST);
		this.mvc.perform(get("/api/tallies/" + id + "/result?asOf=2019-01-30").with(as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(header().string("Server-Timing", startsWith("tally;dur=")))
			.andExpect(jsonPath("$.value.low").value(36250))
			.andExpect(jsonPath("$.value.best").value(36250))
			.andExpect(jsonPath("$.value.high").value(36250))
			.andExpect(jsonPath("$.breakdowns[0].dimension").value("NATIONALITY"))
			.andExpect(jsonPath("$.breakdowns[0].rows[0].key").value("IQ"))
			.andExpect(jsonPath("$.bounds[0].bound.high").value(2050))
			.andExpect(jsonPath("$.bounds[0].bound.highExclusive").value(true));
	}

	@Test
	void changesADefinition() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = define(example, Role.ANALYST);
		Map<String, Object> body = body(example);
		body.put("name", "الخارجون حتى نهاية كانون الثاني");
		body.put("to", "2019-01-31");
		this.mvc
			.perform(put("/api/tallies/" + id).with(as(Role.ANALYST))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(body)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.to").value("2019-01-31"));
	}

	@Test
	void theSeriesComesAsJsonAndCsv() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin().dailyBatches();
		String id = define(example, Role.ANALYST);
		this.mvc.perform(get("/api/tallies/" + id + "/series?asOf=2019-02-03").with(as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].start").value("2018-12-01"))
			.andExpect(jsonPath("$[60].cumulative.best").value(36250));
		MvcResult csv = this.mvc
			.perform(get("/api/tallies/" + id + "/series.csv?asOf=2019-02-03").with(as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andReturn();
		List<String> lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(66);
		assertThat(lines.get(0)).startsWith("start,end,cumulative_low");
		assertThat(lines).contains("2019-01-30,2019-01-30,36250,false,36250,36250,false,36250,false,36250,36250,false",
				"2019-02-01,2019-02-01,37450,false,38250,,false,0,false,800,,false");
	}

	@Test
	void provenanceNamesTheSpansOfTheReports() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = define(example, Role.ANALYST);
		this.mvc
			.perform(get("/api/tallies/" + id + "/provenance?cell=nationality:IQ&asOf=2019-01-30")
				.with(as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.entries[0].role").value("ANCHOR"))
			.andExpect(jsonPath("$.entries[0].claims[0].quote").value("23200 عراقي"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "VIEWER" })
	void onlyAnalystsDefineAndCompute(Role role) throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		long before = rows("tally");
		postTally(role, body(example)).andExpect(status().isForbidden());
		assertThat(rows("tally")).isEqualTo(before);
		String id = define(example, Role.ANALYST);
		this.mvc.perform(get("/api/tallies/" + id + "/result").with(as(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/tallies/" + id).with(as(role))).andExpect(status().isOk());
	}

	@Test
	void coordinatorsPublishSnapshotsThatDoNotChange() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = define(example, Role.ANALYST);
		this.mvc.perform(post("/api/tallies/" + id + "/snapshots?asOf=2019-01-30").with(as(Role.ANALYST)))
			.andExpect(status().isForbidden());
		JsonNode snapshot = read(
				this.mvc.perform(post("/api/tallies/" + id + "/snapshots?asOf=2019-01-30").with(as(Role.COORDINATOR)))
					.andExpect(status().isCreated())
					.andExpect(header().string("Location", startsWith("/api/tallies/" + id + "/snapshots/")))
					.andReturn());
		assertThat(snapshot.get("result").get("value").get("best").asInt()).isEqualTo(36250);
		assertThat(snapshot.get("figureCount").asLong()).isEqualTo(2);
		assertThat(snapshot.get("figures").get(0).get("entry").get("claims").get(0).get("quote").asString())
			.isEqualTo("36250 شخصاً");
		String snapshotId = snapshot.get("id").asString();
		this.coded.voidFigure(example.all);
		this.mvc.perform(get("/api/tallies/" + id + "/snapshots/" + snapshotId).with(as(Role.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result.value.best").value(36250))
			.andExpect(jsonPath("$.figures[0].entry.figureId").value(example.all.toString()));
		this.mvc.perform(get("/api/tallies/" + id + "/snapshots").with(as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(snapshotId))
			.andExpect(jsonPath("$[0].value.best").value(36250));
	}

	@Test
	void aComputationShowsTheChangeSinceTheLastSnapshot() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = define(example, Role.ANALYST);
		String snapshotId = read(
				this.mvc.perform(post("/api/tallies/" + id + "/snapshots?asOf=2019-02-03").with(as(Role.ADMIN)))
					.andExpect(status().isCreated())
					.andReturn())
			.get("id")
			.asString();
		example.dailyBatches();
		this.mvc.perform(get("/api/tallies/" + id + "/result?asOf=2019-02-03").with(as(Role.ANALYST)))
			.andExpect(jsonPath("$.difference.snapshot").value(snapshotId))
			.andExpect(jsonPath("$.difference.then.best").value(36250))
			.andExpect(jsonPath("$.difference.bestChange").value(2700))
			.andExpect(jsonPath("$.difference.rows[?(@.key == 'SY')].then")
				.value(org.hamcrest.Matchers.contains((Object) null)));
	}

	@Test
	void refusesAnUnknownPlace() throws Exception {
		refused(Map.of("place", "test-nowhere"), "place");
	}

	@Test
	void refusesAnUnknownActor() throws Exception {
		refused(Map.of("actors", List.of("test-isis", "test-unknown-group")), "actors");
	}

	@Test
	void refusesABadDate() throws Exception {
		refused(Map.of("from", "٢٠١٩-٠١-٣٢"), "from");
	}

	@Test
	void refusesAPeriodEndingBeforeItStarts() throws Exception {
		refused(Map.of("from", "2019-02-01", "to", "2019-01-30"), "to");
	}

	@Test
	void refusesAnUnknownBreakdown() throws Exception {
		refused(Map.of("breakdowns", List.of("nationality", "religion")), "breakdowns");
	}

	@Test
	void refusesTwoSeriesPeriods() throws Exception {
		refused(Map.of("breakdowns", List.of("day", "month")), "breakdowns");
	}

	@Test
	void refusesDiscountedAsALevel() throws Exception {
		refused(Map.of("minimumStatus", "discounted"), "minimumStatus");
	}

	@Test
	void refusesAnUnknownUnit() throws Exception {
		refused(Map.of("unit", "camel"), "unit");
	}

	@Test
	void refusesAListWhereTextIsExpected() throws Exception {
		refused(Map.of("name", List.of("أ", "ب")), "name");
	}

	@Test
	void refusesABadAsOf() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = define(example, Role.ANALYST);
		this.mvc.perform(get("/api/tallies/" + id + "/result?asOf=2019-13-01").with(as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.field").value("asOf"));
		this.mvc.perform(get("/api/tallies/" + id + "/result?asOf=2018-11-30").with(as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("asOf"));
	}

	@Test
	void refusesAnUnknownCell() throws Exception {
		DesignExample example = new DesignExample(this.coded).bulletin();
		String id = define(example, Role.ANALYST);
		this.mvc.perform(get("/api/tallies/" + id + "/provenance?cell=religion:x").with(as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("cell"));
	}

	@Test
	void anUnknownTallyIsNotFound() throws Exception {
		this.mvc.perform(get("/api/tallies/" + UUID.randomUUID() + "/result").with(as(Role.ANALYST)))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")));
		this.mvc.perform(get("/api/tallies/not-an-id").with(as(Role.ANALYST)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
	}

	void refused(Map<String, Object> changes, String field) throws Exception {
		DesignExample example = new DesignExample(this.coded);
		Map<String, Object> body = body(example);
		body.putAll(changes);
		long before = rows("tally") + rows("tally_criterion");
		postTally(Role.ANALYST, body).andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.field").value(field))
			.andExpect(jsonPath("$.errors[0].field").value(field));
		assertThat(rows("tally") + rows("tally_criterion")).isEqualTo(before);
	}

	String define(DesignExample example, Role role) throws Exception {
		return read(postTally(role, body(example)).andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/tallies/")))
			.andReturn()).get("id").asString();
	}

	ResultActions postTally(Role role, Map<String, Object> body) throws Exception {
		return this.mvc.perform(post("/api/tallies").with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)));
	}

	static Map<String, Object> body(DesignExample example) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "الخارجون من الجيب");
		body.put("unit", "person");
		body.put("category", "exited");
		body.put("from", "2018-12-01");
		body.put("place", example.governorate);
		body.put("breakdowns", List.of("nationality", "day"));
		body.put("pinned", true);
		return body;
	}

	long rows(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	static JsonNode read(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
