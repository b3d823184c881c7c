package org.marsad.publishing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.events.Events;
import org.marsad.events.Figures;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.Tallies;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRequest;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the bulletin tests share: a coordinator and a viewer, the published record of
 * {@link PublishedRecord}, a tally of its killed with a snapshot published, and requests
 * to compose and publish bulletins through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class BulletinFixture {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String COORDINATOR_NAME = "pub-coordinator";

	static final RequestPostProcessor COORDINATOR = httpBasic(COORDINATOR_NAME, "password-of-coordinator");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

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

	@Autowired
	Tallies tallies;

	PublishedRecord record;

	Tally tally;

	Snapshot snapshot;

	@BeforeEach
	void write() {
		TestAccounts.create(this.accounts, COORDINATOR_NAME, "password-of-coordinator", Role.COORDINATOR);
		TestAccounts.create(this.accounts, "pub-viewer", "password-of-viewer", Role.VIEWER);
		this.record = new PublishedRecord().write(this.places, this.actors, this.events, this.figures, this.sources,
				this.reports);
		TestAccounts.asAdmin(() -> {
			this.tally = this.tallies
				.define(new TallyRequest("القتلى " + this.record.suffix, "person", "killed", "2019-01-01", null,
						this.record.governorate, null, null, null, null, null, null, null, null, false));
			this.snapshot = this.tallies.publish(this.tally.id(), LocalDate.of(2019, 2, 28));
		});
	}

	String published(Map<String, Object> draft) throws Exception {
		String id = drafted(draft);
		this.mvc.perform(post("/api/bulletins/" + id + "/publish").with(COORDINATOR)).andExpect(status().isOk());
		return id;
	}

	/**
	 * A draft of the Baghuz bulletin: the snapshot's killed in words, then the battle.
	 */
	Map<String, Object> baghuzDraft() {
		Map<String, Object> draft = draft(
				"قُتل " + placeholder(":words:person") + ".\n\n{{event:" + this.record.battle + "}}",
				"{{event:" + this.record.battle + "}}");
		draft.put("titleAr", "نشرة الباغوز");
		draft.put("titleEn", "Baghuz bulletin");
		return draft;
	}

	/** Composes a draft; its id. */
	String drafted(Map<String, Object> draft) throws Exception {
		return read(compose(draft).andExpect(status().isCreated())).get("id").asString();
	}

	String publishedBulletin() throws Exception {
		String id = read(compose(draft("قُتل " + placeholder(":words:person") + " في دير الزّور.",
				placeholder("") + " people were killed."))
			.andExpect(status().isCreated())).get("id").asString();
		this.mvc.perform(post("/api/bulletins/" + id + "/publish").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.published").value(true));
		return id;
	}

	String placeholder(String rest) {
		return "{{tally:" + this.tally.id() + ":" + this.snapshot.id() + rest + "}}";
	}

	static Map<String, Object> draft(String bodyAr, String bodyEn) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("date", "2019-02-28");
		draft.put("titleAr", "نشرة");
		draft.put("titleEn", "Bulletin");
		draft.put("bodyAr", bodyAr);
		draft.put("bodyEn", bodyEn);
		return draft;
	}

	ResultActions compose(Map<String, Object> draft) throws Exception {
		return this.mvc.perform(post("/api/bulletins").with(COORDINATOR)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(draft)));
	}

	long bulletins() {
		return this.jdbc.sql("SELECT COUNT(*) FROM bulletin").query(Long.class).single();
	}

	static JsonNode read(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
