package org.marsad.publishing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.events.EventEdit;
import org.marsad.events.EventFields;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing internal is reachable from a published bulletin: following every address of its
 * public page without login (the page, its PDF, its signature, the index, the tallies,
 * the map) leads only to public addresses, and none of what is read there holds an
 * internal event, a protected field or who published; an event cited and later made
 * internal and rewritten shows only what was published.
 */
class PublicBulletinPagesTests extends BulletinFixture {

	static final String PUBLIC_ADDRESS = "(/public.*|/login.*|/css/.*|/js/.*|/webjars/.*|/|\\?lang=.*)";

	@Test
	void everythingReachableFromAPublishedBulletinIsPublicAndHoldsNothingInternal() throws Exception {
		String id = published(baghuzDraft());
		Map<String, String> read = crawl("/public/bulletins/" + id);
		assertThat(read).containsKeys("/public/bulletins/" + id, "/public/bulletins/" + id + "/pdf",
				"/public/bulletins/" + id + "/signature", "/public");
		read.forEach((address, text) -> assertThat(text).as(address)
			.doesNotContain(this.record.internal.toString(), "سرّي", "Confidential movements",
					this.record.voided.toString(), "حدث أُلغي", PublishedRecord.PSEUDONYM, PublishedRecord.CONTACT,
					this.record.source.toString(), "قُتل سبعة مقاتلين", COORDINATOR_NAME));
	}

	@Test
	void anEventMadeInternalAfterPublicationShowsOnlyWhatWasPublished() throws Exception {
		String id = published(baghuzDraft());
		TestAccounts.asAdmin(() -> this.events.update(this.record.battle,
				new EventEdit(this.events.get(this.record.battle).version(), "حماية الشاهد",
						new EventFields("battles", null, "2019-02-09", "2019-02-11", "day", this.record.district, 1,
								List.of(), "سرّي: شاهد عيان من البوكمال", "Confidential: an eyewitness", "internal",
								null))));
		Map<String, String> read = crawl("/public/bulletins/" + id);
		assertThat(read.get("/public/bulletins/" + id)).contains("اشتباكات في الباغوز فوقاني");
		read.entrySet()
			.stream()
			.filter((page) -> page.getKey().startsWith("/public/bulletins/" + id))
			.forEach((page) -> assertThat(page.getValue()).as(page.getKey())
				.doesNotContain("شاهد عيان", "eyewitness", "البوكمال", "Abu Kamal"));
		JsonNode signature = JSON.readTree(read.get("/public/bulletins/" + id + "/signature"));
		assertThat(signature.get("valid").asBoolean()).isTrue();
	}

	/**
	 * Reads every public address reachable from a page without login, checking that each
	 * link leads to a public address and answers 200; the text of each (a PDF's extracted
	 * text) by address.
	 */
	private Map<String, String> crawl(String start) throws Exception {
		Map<String, String> read = new LinkedHashMap<>();
		Deque<String> next = new ArrayDeque<>(List.of(start));
		while (!next.isEmpty() && read.size() < 40) {
			String address = next.poll();
			if (read.containsKey(address)) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(get(address)).andReturn().getResponse();
			assertThat(response.getStatus()).as(address).isEqualTo(200);
			String type = String.valueOf(response.getContentType());
			if (type.startsWith(MediaType.APPLICATION_PDF_VALUE)) {
				try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
					read.put(address, new PDFTextStripper().getText(pdf));
				}
				continue;
			}
			String text = response.getContentAsString(StandardCharsets.UTF_8);
			read.put(address, text);
			if (type.startsWith(MediaType.TEXT_HTML_VALUE)) {
				for (String link : links(Jsoup.parse(text))) {
					assertThat(link).as(address + " links to " + link).matches(PUBLIC_ADDRESS);
					if (link.startsWith("/public")) {
						next.add(link);
					}
				}
			}
		}
		return read;
	}

	private static Set<String> links(Document page) {
		Set<String> links = new LinkedHashSet<>();
		for (Element link : page.select("a[href], form[action], link[href], script[src], img[src], object[data]")) {
			for (String attribute : List.of("href", "action", "src", "data")) {
				if (link.hasAttr(attribute)) {
					links.add(link.attr(attribute));
				}
			}
		}
		return links;
	}

}
