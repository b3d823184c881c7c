package org.marsad.publishing;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulletins: figures bound to snapshots and events, never typed; Arabic words that agree;
 * published bulletins signed and frozen; the public page and the PDF, checked by
 * rendering it to an image.
 */
class BulletinTests extends BulletinFixture {

	@Test
	void figuresComeFromTheSnapshotInWordsThatAgreeWithTheNoun() throws Exception {
		JsonNode bulletin = read(compose(draft("قُتل " + placeholder(":words:person") + " في دير الزّور.",
				placeholder("") + " people were killed."))
			.andExpect(status().isCreated()));
		assertThat(bulletin.get("renderedAr").get(0).asString()).isEqualTo("قُتل سبعة أشخاص في دير الزّور.");
		assertThat(bulletin.get("renderedEn").get(0).asString()).isEqualTo("7 people were killed.");
	}

	@Test
	void digitsInArabicAreArabicIndic() throws Exception {
		JsonNode bulletin = read(compose(draft("العدد: " + placeholder(""), "Count: " + placeholder("")))
			.andExpect(status().isCreated()));
		assertThat(bulletin.get("renderedAr").get(0).asString()).isEqualTo("العدد: ٧");
	}

	@Test
	void anEventIsInsertedFromTheRecord() throws Exception {
		JsonNode bulletin = read(
				compose(draft("{{event:" + this.record.battle + "}}", "{{event:" + this.record.battle + "}}"))
					.andExpect(status().isCreated()));
		assertThat(bulletin.get("renderedAr").get(0).asString())
			.isEqualTo("٢٠١٩-٠٢-٠٩، الباغوز فوقاني: اشتباكات في الباغوز فوقاني");
		assertThat(bulletin.get("renderedEn").get(0).asString())
			.isEqualTo("2019-02-09, Al-Baghuz Fawqani: Clashes in al-Baghuz");
	}

	@Test
	void aTypedFigureIsRefusedAndNothingIsWritten() throws Exception {
		long before = bulletins();
		compose(draft("خرج ٣٦٢٥٠ شخصاً", "People left.")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("bodyAr"));
		compose(draft("خرج الناس.", "36,250 people left.")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("bodyEn"));
		assertThat(bulletins()).isEqualTo(before);
	}

	@Test
	void anInternalEventOrAnUnknownSnapshotIsRefused() throws Exception {
		compose(draft("{{event:" + this.record.internal + "}}", "x")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("bodyAr"));
		compose(draft("{{tally:" + this.tally.id() + ":" + UUID.randomUUID() + "}}", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("bodyAr"));
	}

	@Test
	void onlyCoordinatorsCompose() throws Exception {
		this.mvc
			.perform(post("/api/bulletins").with(httpBasic("pub-viewer", "password-of-viewer"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(draft("نص", "text"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/bulletins").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPublishedBulletinIsSignedWithEd25519() throws Exception {
		String id = publishedBulletin();
		JsonNode signature = read(this.mvc.perform(get("/api/bulletins/" + id + "/signature").with(COORDINATOR))
			.andExpect(status().isOk()));
		PublicKey key = KeyFactory.getInstance("Ed25519")
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(signature.get("publicKey").asString())));
		Signature check = Signature.getInstance("Ed25519");
		check.initVerify(key);
		check.update(signature.get("signedText").asString().getBytes(StandardCharsets.UTF_8));
		assertThat(check.verify(Base64.getDecoder().decode(signature.get("signature").asString()))).isTrue();
		assertThat(signature.get("signedText").asString()).contains("قُتل سبعة أشخاص");
	}

	@Test
	void aPublishedBulletinNeverChanges() throws Exception {
		String id = publishedBulletin();
		Map<String, Object> change = draft("نص آخر", "Other text");
		change.put("version", 1);
		this.mvc
			.perform(put("/api/bulletins/" + id).with(COORDINATOR)
				.contentType(MediaType.APPLICATION_JSON)
				.content(JSON.writeValueAsString(change)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
		this.mvc.perform(post("/api/bulletins/" + id + "/publish").with(COORDINATOR))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
		this.mvc.perform(get("/api/bulletins/" + id).with(COORDINATOR))
			.andExpect(jsonPath("$.renderedAr[0]").value("قُتل سبعة أشخاص في دير الزّور."));
	}

	@Test
	void thePublicReadsPublishedBulletinsButNotDrafts() throws Exception {
		String published = publishedBulletin();
		String draft = read(compose(draft("مسودة سرّية", "Secret draft")).andExpect(status().isCreated())).get("id")
			.asString();
		Document page = Jsoup.parse(this.mvc.perform(get("/public/bulletins/" + published))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#bulletin-ar p").text()).contains("قُتل سبعة أشخاص في دير الزّور.");
		assertThat(page.select("#bulletin-ar").attr("dir")).isEqualTo("rtl");
		this.mvc.perform(get("/public/bulletins/" + draft)).andExpect(status().isNotFound());
		this.mvc.perform(get("/public/bulletins/" + draft + "/pdf")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/bulletins/" + draft)).andExpect(status().isUnauthorized());
		String index = this.mvc.perform(get("/public"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(index).contains("/public/bulletins/" + published).doesNotContain(draft);
	}

	@Test
	void markupInABulletinIsShownNotRun() throws Exception {
		Map<String, Object> body = draft("<script>alert('x')</script> " + placeholder(""), "<b>bold</b>");
		body.put("titleAr", "<img src=x onerror=alert(1)>");
		String id = read(compose(body).andExpect(status().isCreated())).get("id").asString();
		this.mvc.perform(post("/api/bulletins/" + id + "/publish").with(COORDINATOR)).andExpect(status().isOk());
		Document page = Jsoup.parse(this.mvc.perform(get("/public/bulletins/" + id))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("main img")).isEmpty();
		assertThat(page.select("#bulletin-ar p").text()).contains("<script>alert('x')</script>");
		byte[] pdf = this.mvc.perform(get("/public/bulletins/" + id + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
		}
	}

	@Test
	void thePdfSetsArabicRightToLeftAndEnglishOnItsOwnPage() throws Exception {
		String id = publishedBulletin();
		byte[] pdf = this.mvc.perform(get("/public/bulletins/" + id + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			BufferedImage page = new PDFRenderer(document).renderImage(0, 1.0f);
			int[] title = ink(page, 0, page.getHeight() / 6);
			assertThat(title).as("the Arabic title has ink").isNotNull();
			assertThat(title[1]).as("the title ends at the right margin").isGreaterThan(page.getWidth() * 3 / 4);
			assertThat(title[0]).as("a short title leaves the left side empty").isGreaterThan(page.getWidth() / 3);
			PDFTextStripper english = new PDFTextStripper();
			english.setStartPage(2);
			english.setEndPage(2);
			assertThat(english.getText(document)).contains("7 people were killed.");
		}
	}

	@Test
	void theBulletinPageChartsItsSnapshotsAndMapsItsEvents() throws Exception {
		String id = published(
				draft("قُتل " + placeholder(":words:person") + ".\n\n{{event:" + this.record.battle + "}}",
						placeholder("") + " people were killed."));
		Document page = Jsoup.parse(this.mvc.perform(get("/public/bulletins/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#bulletin-chart-0 rect")).as("an axis and a bar at least").hasSizeGreaterThan(1);
		assertThat(page.select("#bulletin-map circle[fill=#c53030]")).as("the battle's town").hasSize(1);
	}

	@Test
	void thePdfDrawsTheMapOfTheEventsCited() throws Exception {
		String id = published(draft("{{event:" + this.record.battle + "}}", "{{event:" + this.record.battle + "}}"));
		byte[] pdf = this.mvc.perform(get("/public/bulletins/" + id + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImage(0, 1.0f);
			assertThat(reddish(page)).as("the red spot of the battle's town").isGreaterThan(20);
		}
	}

	private static int reddish(BufferedImage image) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (((rgb >> 16) & 0xff) > 150 && ((rgb >> 8) & 0xff) < 90 && (rgb & 0xff) < 90) {
					count++;
				}
			}
		}
		return count;
	}

	/** Leftmost and rightmost dark pixel between two rows, or null when there is none. */
	private static int[] ink(BufferedImage image, int top, int bottom) {
		int left = Integer.MAX_VALUE;
		int right = -1;
		for (int y = top; y < bottom; y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int light = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
				if (light < 3 * 128) {
					left = Math.min(left, x);
					right = Math.max(right, x);
				}
			}
		}
		return (right < 0) ? null : new int[] { left, right };
	}

}
