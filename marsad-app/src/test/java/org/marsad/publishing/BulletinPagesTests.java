package org.marsad.publishing;

import java.time.LocalDate;
import java.util.UUID;

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
import org.marsad.security.Role;
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.Tallies;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyRequest;
import org.marsad.web.PageSupport;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.web.PageSupport.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's bulletin pages: figures and events inserted from the data as
 * placeholders, the events offered filtered like the events list and only publishable
 * ones, refusals shown with the field named and nothing written, publication from the
 * preview.
 */
class BulletinPagesTests extends BulletinFixture {

	@Test
	void insertsASnapshotInWordsWithItsNounIntoTheArabicText() throws Exception {
		Document page = page(
				this.mvc.perform(form(Role.COORDINATOR).param("bodyAr", "قُتل").param("insert", "bodyAr " + words()))
					.andExpect(status().isOk()));
		assertThat(page.select("#bodyAr").text()).isEqualTo("قُتل " + words());
		assertThat(page.select("#bodyEn").text()).isEmpty();
	}

	@Test
	void aPlaceholderInsertedAfterABlankLineStartsAParagraph() throws Exception {
		String event = "{{event:" + this.record.battle + "}}";
		Document page = page(this.mvc
			.perform(form(Role.COORDINATOR).param("bodyAr", "قُتل " + words() + ".\r\n\r\n")
				.param("insert", "bodyAr " + event))
			.andExpect(status().isOk()));
		assertThat(page.select("#bodyAr").first().wholeText()).endsWith(".\r\n\r\n" + event);
	}

	@Test
	void offersEachSnapshotInWordsWithTheNounOfItsUnit() throws Exception {
		Document page = page(
				this.mvc.perform(get("/bulletins/new").with(signedIn(Role.COORDINATOR))).andExpect(status().isOk()));
		assertThat(page.select("[data-snapshot=" + this.snapshot.id() + "] button.insert-words").attr("value"))
			.isEqualTo("bodyAr " + words());
		PageSupport.assertFollowsPageRules(page.outerHtml());
	}

	@Test
	void offersOnlyPublishableEventsThatTheFiltersSelect() throws Exception {
		Document page = page(this.mvc
			.perform(form(Role.COORDINATOR).param("filter", "1")
				.param("type", "battles")
				.param("placeId", this.record.governorate))
			.andExpect(status().isOk()));
		assertThat(page.select("[data-event=" + this.record.battle + "]")).hasSize(1);
		assertThat(page.select("[data-event=" + this.record.internal + "]")).isEmpty();
		assertThat(page.select("[data-event=" + this.record.voided + "]")).isEmpty();
		assertThat(page.select("[data-event=" + this.record.siege + "]")).isEmpty();
	}

	@Test
	void aBadFilterIsRefusedByName() throws Exception {
		Document page = page(this.mvc.perform(form(Role.COORDINATOR).param("filter", "1").param("from", "أمس"))
			.andExpect(status().isBadRequest()));
		assertThat(page.select("#f-from + p.error")).hasSize(1);
	}

	@Test
	void savesADraftAndPreviewsItWithTheFiguresFromTheData() throws Exception {
		String location = this.mvc
			.perform(filled(form(Role.COORDINATOR), "قُتل " + words() + " في الباغوز.").param("save", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document preview = page(
				this.mvc.perform(get(location).with(signedIn(Role.COORDINATOR))).andExpect(status().isOk()));
		assertThat(preview.select("#bulletin-ar p").text()).contains("قُتل سبعة أشخاص في الباغوز.");
		assertThat(preview.select("#bulletin-publish")).hasSize(1);
	}

	@Test
	void aTypedFigureIsShownAgainWithItsFieldNamedAndNothingIsWritten() throws Exception {
		long before = bulletins();
		Document page = page(
				this.mvc.perform(filled(form(Role.COORDINATOR), "خرج ٣٦٢٥٠ شخصاً من الباغوز").param("save", "1"))
					.andExpect(status().isBadRequest()));
		assertThat(page.select("#bodyAr + p.error")).hasSize(1);
		assertThat(page.select("#bodyAr").text()).isEqualTo("خرج ٣٦٢٥٠ شخصاً من الباغوز");
		assertThat(bulletins()).isEqualTo(before);
	}

	@Test
	void aViewerCannotSaveABulletin() throws Exception {
		long before = bulletins();
		this.mvc.perform(filled(form(Role.VIEWER), "قُتل " + words()).param("save", "1"))
			.andExpect(status().isForbidden());
		assertThat(bulletins()).isEqualTo(before);
	}

	@Test
	void publishesFromThePreviewAndTheBulletinIsThenReadOnly() throws Exception {
		String location = this.mvc.perform(filled(form(Role.COORDINATOR), "قُتل " + words() + ".").param("save", "1"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(post(location + "/publish").with(signedIn(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Document preview = page(
				this.mvc.perform(get(location).with(signedIn(Role.COORDINATOR))).andExpect(status().isOk()));
		assertThat(preview.select("#bulletin-publish")).isEmpty();
		assertThat(preview.select("#bulletin-public").attr("href")).isEqualTo("/public/bulletins/" + id);
		this.mvc.perform(get(location + "/edit").with(signedIn(Role.COORDINATOR)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post(location + "/publish").with(signedIn(Role.COORDINATOR)).with(csrf()))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.sql("SELECT published FROM bulletin WHERE id = ?")
			.param(UUID.fromString(id))
			.query(Boolean.class)
			.single()).isTrue();
	}

	private String words() {
		return "{{tally:" + this.tally.id() + ":" + this.snapshot.id() + ":words:person}}";
	}

	private static MockHttpServletRequestBuilder form(Role role) {
		return post("/bulletins/new").with(signedIn(role)).with(csrf());
	}

	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder form, String bodyAr) {
		return form.param("date", "2019-02-28")
			.param("titleAr", "نشرة الباغوز")
			.param("titleEn", "Baghuz bulletin")
			.param("bodyAr", bodyAr)
			.param("bodyEn", "People were killed in al-Baghuz.");
	}

	private static Document page(org.springframework.test.web.servlet.ResultActions result) {
		return Jsoup.parse(PageSupport.html(result));
	}

}
