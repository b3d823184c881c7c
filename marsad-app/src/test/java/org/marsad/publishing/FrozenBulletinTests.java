package org.marsad.publishing;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.Tallies;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRequest;
import org.marsad.web.PageSupport;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.web.PageSupport.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A published bulletin shows what it showed when it was published, and its signature
 * still holds, after the events it cites are moved, re-coded or voided: its text, its
 * charts and its map were frozen with it. A draft follows the record.
 */
class FrozenBulletinTests extends BulletinFixture {

	static final String BATTLE_SPOT = "#bulletin-map circle[fill=#c53030]";

	@Test
	void thePublicPageShowsWhatWasPublishedAfterTheEventIsMovedRecodedAndVoided() throws Exception {
		String id = published(baghuzDraft());
		Document before = publicPage(id);
		assertThat(before.select(BATTLE_SPOT)).hasSize(1);
		changeTheRecord();
		Document after = publicPage(id);
		assertThat(after.select("#bulletin-ar").outerHtml()).isEqualTo(before.select("#bulletin-ar").outerHtml());
		assertThat(after.select("#bulletin-en").outerHtml()).isEqualTo(before.select("#bulletin-en").outerHtml());
		assertThat(after.select("#bulletin-illustrations").outerHtml())
			.isEqualTo(before.select("#bulletin-illustrations").outerHtml());
		assertThat(after.select("#bulletin-ar p").text()).contains("الباغوز فوقاني").contains("سبعة أشخاص");
	}

	@Test
	void thePdfIsDrawnTheSameAfterTheEventIsMovedRecodedAndVoided() throws Exception {
		String id = published(baghuzDraft());
		byte[] before = pdf(id);
		changeTheRecord();
		byte[] after = pdf(id);
		try (PDDocument was = Loader.loadPDF(before); PDDocument is = Loader.loadPDF(after)) {
			assertThat(new PDFTextStripper().getText(is)).isEqualTo(new PDFTextStripper().getText(was));
			BufferedImage first = new PDFRenderer(was).renderImage(0, 0.5f);
			BufferedImage second = new PDFRenderer(is).renderImage(0, 0.5f);
			assertThat(second.getRGB(0, 0, second.getWidth(), second.getHeight(), null, 0, second.getWidth()))
				.as("the first page, map included, pixel for pixel")
				.isEqualTo(first.getRGB(0, 0, first.getWidth(), first.getHeight(), null, 0, first.getWidth()));
		}
	}

	@Test
	void theSignatureStillHoldsAfterTheEventIsMovedRecodedAndVoided() throws Exception {
		String id = published(baghuzDraft());
		JsonNode before = signature(id);
		changeTheRecord();
		JsonNode after = signature(id);
		assertThat(after.get("valid").asBoolean()).isTrue();
		assertThat(after.get("signedText").asString()).isEqualTo(before.get("signedText").asString());
	}

	@Test
	void theSignatureCoversTheMapAndTheCharts() throws Exception {
		String id = published(baghuzDraft());
		String signed = signature(id).get("signedText").asString();
		assertThat(signed).startsWith("marsad-bulletin-2\n")
			.contains("cited\t" + this.record.battle + "\t40.95\t34.46\tالباغوز فوقاني\tAl-Baghuz Fawqani\n")
			.contains("chart\tالقتلى " + this.record.suffix + "\t2019-02-28\t");
		this.jdbc.sql("UPDATE bulletin SET illustrations = REPLACE(illustrations, '34.46', '33.51') WHERE id = ?")
			.param(java.util.UUID.fromString(id))
			.update();
		assertThat(signature(id).get("valid").asBoolean()).as("a map moved in storage breaks the signature").isFalse();
	}

	@Test
	void aDraftFollowsTheRecord() throws Exception {
		String id = drafted(baghuzDraft());
		Document before = preview(id);
		this.record.moveBattle(this.events, this.record.governorate);
		Document after = preview(id);
		assertThat(after.select("#bulletin-ar p").text()).contains("\u060C دير الزّور:")
			.doesNotContain("\u060C الباغوز فوقاني:");
		assertThat(after.select(BATTLE_SPOT).attr("cy")).isNotEqualTo(before.select(BATTLE_SPOT).attr("cy"));
	}

	private void changeTheRecord() {
		this.record.moveBattle(this.events, this.record.governorate);
		this.record.recodeBattleKilled(this.figures);
		this.record.voidBattle(this.events);
	}

	private Document publicPage(String id) throws Exception {
		return Jsoup
			.parse(PageSupport.html(this.mvc.perform(get("/public/bulletins/" + id)).andExpect(status().isOk())));
	}

	private Document preview(String id) throws Exception {
		return Jsoup.parse(PageSupport.html(
				this.mvc.perform(get("/bulletins/" + id).with(signedIn(Role.COORDINATOR))).andExpect(status().isOk())));
	}

	private byte[] pdf(String id) throws Exception {
		return this.mvc.perform(get("/public/bulletins/" + id + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private JsonNode signature(String id) throws Exception {
		return JSON.readTree(this.mvc.perform(get("/api/bulletins/" + id + "/signature").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
