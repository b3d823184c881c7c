package org.marsad.publishing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.events.Events;
import org.marsad.events.Figures;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.Tallies;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRequest;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published pages without login: they show published tallies and the map, and nothing
 * internal is reachable from them or around them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicPagesTests {

	@Autowired
	MockMvc mvc;

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

	Tally published;

	Tally draft;

	Snapshot snapshot;

	@BeforeEach
	void write() {
		this.record = new PublishedRecord().write(this.places, this.actors, this.events, this.figures, this.sources,
				this.reports);
		TestAccounts.asAdmin(() -> {
			this.published = this.tallies.define(tally("القتلى في دير الزور " + this.record.suffix));
			this.snapshot = this.tallies.publish(this.published.id(), java.time.LocalDate.of(2019, 2, 28));
			this.draft = this.tallies.define(tally("مسودة سرّية " + this.record.suffix));
		});
	}

	private TallyRequest tally(String name) {
		return new TallyRequest(name, "person", "killed", "2019-01-01", null, this.record.governorate, null, null, null,
				null, null, null, null, List.of("place"), false);
	}

	@Test
	void theIndexListsPublishedTalliesOnly() throws Exception {
		String page = page("/public");
		assertThat(page).contains(this.published.name()).doesNotContain(this.draft.name());
	}

	@Test
	void aPublishedSnapshotShowsItsValueWithoutProvenance() throws Exception {
		String page = page("/public/tallies/" + this.published.id());
		Document document = Jsoup.parse(page);
		assertThat(document.select(".big-number .best").text()).isEqualTo("٧");
		assertThat(page).doesNotContain("admin")
			.doesNotContain("قُتل سبعة مقاتلين")
			.doesNotContain(PublishedRecord.PSEUDONYM)
			.doesNotContain("/reports/");
	}

	@Test
	void aDraftTallyIsNotFound() throws Exception {
		this.mvc.perform(get("/public/tallies/" + this.draft.id())).andExpect(status().isNotFound());
		this.mvc.perform(get("/public/tallies/" + this.published.id() + "/snapshots/" + UUID.randomUUID()))
			.andExpect(status().isNotFound());
	}

	@Test
	void publicPagesLinkToNothingInternal() throws Exception {
		for (String path : List.of("/public", "/public/map", "/public/tallies/" + this.published.id())) {
			Document document = Jsoup.parse(page(path));
			for (Element link : document.select("a[href], form[action], link[href], script[src]")) {
				String target = link.hasAttr("href") ? link.attr("href")
						: link.hasAttr("action") ? link.attr("action") : link.attr("src");
				assertThat(target).as(path + " links to " + target)
					.matches("(/public.*|/login.*|/css/.*|/js/.*|/webjars/.*|/|\\?lang=.*|/public\\?lang=.*)");
			}
		}
	}

	@Test
	void theMapPageRunsNoInlineScript() throws Exception {
		Document document = Jsoup.parse(page("/public/map"));
		assertThat(document.select("script")).isNotEmpty().allMatch((script) -> script.hasAttr("src"));
		assertThat(document.select("#map").attr("data-events")).isEqualTo("/api/exports/events/geojson");
	}

	@Test
	void theMapLayersAreReadableWithoutLogin() throws Exception {
		this.mvc.perform(get("/public/map/places.geojson"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath(
					"$.features[?(@.properties.id == '" + this.record.governorate + "')].geometry.coordinates[0]")
				.value(40.14));
		this.mvc.perform(get("/public/map/tallies.geojson"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[?(@.properties.tallyId == '" + this.published.id() + "')].properties.best")
				.value(7));
	}

	@Test
	void theMapScriptsAreServedFromTheApplication() throws Exception {
		this.mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/leaflet-markercluster/leaflet.markercluster.js")).andExpect(status().isOk());
		this.mvc.perform(get("/js/publishing-map.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("markerClusterGroup")));
	}

	@Test
	void internalRecordsStayClosedToAnonymousReaders() throws Exception {
		this.mvc.perform(get("/api/events/" + this.record.internal)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/events")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/reports")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/persons")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/tallies/" + this.draft.id())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/events/" + this.record.internal))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		this.mvc.perform(get("/tallies/" + this.published.id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void publicPagesShowNoInternalEvent() throws Exception {
		String map = this.mvc.perform(get("/api/exports/events/geojson").param("placeId", this.record.governorate))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(map).contains(this.record.battle.toString())
			.doesNotContain(this.record.internal.toString())
			.doesNotContain("سرّي");
	}

	@Test
	void publicPagesAreInArabicAndEnglish() throws Exception {
		Document arabic = Jsoup.parse(page("/public"));
		assertThat(arabic.select("html").attr("lang")).isEqualTo("ar");
		assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
		Document english = Jsoup.parse(page("/public?lang=en"));
		assertThat(english.select("html").attr("dir")).isEqualTo("ltr");
		assertThat(english.select("h1").text()).isEqualTo("Published");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
