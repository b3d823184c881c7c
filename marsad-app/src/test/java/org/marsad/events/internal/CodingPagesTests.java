package org.marsad.events.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.events.CatalogueFixture;
import org.marsad.events.Confidentiality;
import org.marsad.events.Event;
import org.marsad.events.EventFields;
import org.marsad.events.Events;
import org.marsad.intake.NewReport;
import org.marsad.intake.NewSource;
import org.marsad.intake.ReportStatus;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.marsad.web.PageSupport.assertFollowsPageRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.web.PageSupport.as;
import static org.marsad.web.PageSupport.html;
import static org.marsad.web.PageSupport.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coding page: who may open it, the report text escaped with the draft's spans
 * highlighted, the draft as a form, saving it, and refusals shown beside their rows with
 * nothing saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class CodingPagesTests {

	static final String TEXT = "ووثق المرصد 23200 شخصاً من الجنسية العراقية ضمن أكثر من 6000 عائلة، خرجوا منذ الأول من ديسمبر "
			+ "الفائت وحتى اليوم الـ 30 من يناير الجاري، ونقلوا إلى مخيمات منطقة الهول";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	@Autowired
	Sources sources;

	@Autowired
	Events events;

	@BeforeEach
	void catalogue() {
		CatalogueFixture.ensure(this.jdbc);
	}

	UUID report(String text) {
		return as(Role.DOCUMENTER, () -> {
			UUID source = this.sources.create(new NewSource("المرصد", "field_correspondent", "B", null, null)).id();
			return this.reports
				.create(new NewReport(text, "خروج من الهول", null, null, null, "2019-01-31", source.toString(), "2"),
						List.of())
				.id();
		});
	}

	String codePage(UUID report, Role role) throws Exception {
		return html(
				this.mvc.perform(get("/reports/" + report + "/code").with(signedIn(role))).andExpect(status().isOk()));
	}

	/**
	 * The form as the page proposes it for {@link #TEXT}, with the second event
	 * discarded.
	 */
	MockHttpServletRequestBuilder draftForm(UUID report) {
		int start = TEXT.indexOf("23200");
		int families = TEXT.indexOf("أكثر من 6000");
		return post("/reports/" + report + "/code").with(signedIn(Role.DOCUMENTER))
			.with(csrf())
			.param("reportVersion", "1")
			.param("events[0].keep", "keep")
			.param("events[0].type", "displacement")
			.param("events[0].dateFrom", "2018-12-01")
			.param("events[0].dateTo", "2019-01-30")
			.param("events[0].datePrecision", "day")
			.param("events[0].spanStart", "0")
			.param("events[0].spanEnd", "134")
			.param("events[1].keep", "discard")
			.param("events[1].type", "transfer")
			.param("figures[0].keep", "keep")
			.param("figures[0].key", "f0")
			.param("figures[0].event", "0")
			.param("figures[0].qualifier", "exact")
			.param("figures[0].best", "٢٣٢٠٠")
			.param("figures[0].unit", "person")
			.param("figures[0].category", "exited")
			.param("figures[0].nationality", "IQ")
			.param("figures[0].cumulative", "true")
			.param("figures[0].periodFrom", "2018-12-01")
			.param("figures[0].periodTo", "2019-01-30")
			.param("figures[0].spanStart", String.valueOf(start))
			.param("figures[0].spanEnd", String.valueOf(start + "23200 شخصاً".length()))
			.param("figures[1].keep", "keep")
			.param("figures[1].key", "f1")
			.param("figures[1].event", "0")
			.param("figures[1].qualifier", "more_than")
			.param("figures[1].best", "6000")
			.param("figures[1].unit", "family")
			.param("figures[1].category", "exited")
			.param("figures[1].cumulative", "true")
			.param("figures[1].periodFrom", "2018-12-01")
			.param("figures[1].periodTo", "2019-01-30")
			.param("figures[1].spanStart", String.valueOf(families))
			.param("figures[1].spanEnd", String.valueOf(families + "أكثر من 6000 عائلة".length()));
	}

	ReportStatus statusOf(UUID report) {
		return as(Role.VIEWER, () -> this.reports.get(report)).status();
	}

	@Test
	void aDocumenterSeesTheTextWithTheDraftSpansHighlightedByKind() throws Exception {
		String html = codePage(report(TEXT), Role.DOCUMENTER);
		assertThat(html).contains("class=\"hl hl-figure hl-number\" data-start=\"12\">23200</span>")
			.contains("class=\"hl hl-date\"")
			.contains("class=\"hl hl-place\" data-start=\"154\">منطقة الهول</span>");
	}

	@Test
	void theDraftProposesTheFiguresWithTheirQuotedSpans() throws Exception {
		String html = codePage(report(TEXT), Role.COORDINATOR);
		assertThat(html).contains("name=\"figures[0].best\" dir=\"ltr\" inputmode=\"decimal\" value=\"23200\"")
			.contains("name=\"figures[1].best\" dir=\"ltr\" inputmode=\"decimal\" value=\"6000\"")
			.contains(">23200 شخصاً</q>")
			.contains("name=\"events[0].dateFrom\" value=\"2018-12-01\"");
	}

	@Test
	void viewersMayNotOpenTheCodingPage() throws Exception {
		this.mvc.perform(get("/reports/" + report(TEXT) + "/code").with(signedIn(Role.VIEWER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void analystsMayNotOpenTheCodingPage() throws Exception {
		this.mvc.perform(get("/reports/" + report(TEXT) + "/code").with(signedIn(Role.ANALYST)))
			.andExpect(status().isForbidden());
	}

	@Test
	void viewersMayNotSaveACoding() throws Exception {
		UUID report = report(TEXT);
		this.mvc.perform(draftForm(report).with(signedIn(Role.VIEWER))).andExpect(status().isForbidden());
		assertThat(statusOf(report)).isNotEqualTo(ReportStatus.CODED);
	}

	@Test
	void showsScriptInTheReportTextEscaped() throws Exception {
		String html = codePage(report("وثّقنا خروج 300 شخص <script>alert('x')</script> من الباغوز"), Role.DOCUMENTER);
		assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert");
	}

	@Test
	void savesTheCodingAndGoesToTheEvent() throws Exception {
		UUID report = report(TEXT);
		MvcResult result = this.mvc.perform(draftForm(report)).andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/events/");
		Event event = as(Role.ANALYST, () -> this.events.get(UUID.fromString(location.substring("/events/".length()))));
		assertThat(event.figures()).hasSize(2);
		assertThat(statusOf(report)).isEqualTo(ReportStatus.CODED);
	}

	@Test
	void showsARefusalBesideTheFigureRowAndSavesNothing() throws Exception {
		UUID report = report(TEXT);
		String html = html(
				this.mvc.perform(draftForm(report).param("figures[1].unit", "")).andExpect(status().isBadRequest()));
		assertThat(html).contains("name=\"figures[1].unit\"");
		int unitField = html.indexOf("name=\"figures[1].unit\"");
		int nextField = html.indexOf("name=\"figures[1].category\"");
		assertThat(html.substring(unitField, nextField)).contains("class=\"error\"");
		assertThat(html).contains("value=\"٢٣٢٠٠\"");
		assertThat(statusOf(report)).isNotEqualTo(ReportStatus.CODED);
	}

	@Test
	void refusesANumberThatCannotBeReadBeforeSending() throws Exception {
		UUID report = report(TEXT);
		String html = html(this.mvc.perform(draftForm(report).param("figures[0].best", "كثير"))
			.andExpect(status().isBadRequest()));
		int field = html.indexOf("name=\"figures[0].best\"");
		assertThat(html.substring(field, html.indexOf("name=\"figures[0].high\""))).contains("class=\"error\"");
		assertThat(statusOf(report)).isNotEqualTo(ReportStatus.CODED);
	}

	@Test
	void theReportPageOffersCodingToThoseWhoMayCode() throws Exception {
		UUID report = report(TEXT);
		String link = "href=\"/reports/" + report + "/code\"";
		assertThat(html(this.mvc.perform(get("/reports/" + report).with(signedIn(Role.DOCUMENTER))))).contains(link);
		assertThat(html(this.mvc.perform(get("/reports/" + report).with(signedIn(Role.VIEWER))))).doesNotContain(link);
	}

	@Test
	void runsNoInlineScriptAndNoStyleAttributes() throws Exception {
		String html = codePage(report(TEXT), Role.DOCUMENTER);
		assertFollowsPageRules(html);
		assertThat(html).contains("src=\"/js/coding.js\"");
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		String html = html(
				this.mvc.perform(get("/reports/" + report(TEXT) + "/code?lang=en").with(signedIn(Role.DOCUMENTER)))
					.andExpect(status().isOk()));
		assertThat(html).contains("lang=\"en\"")
			.contains("dir=\"ltr\"")
			.contains("Add a figure from the selected text");
	}

	UUID recordedEvent() {
		return as(Role.DOCUMENTER,
				() -> this.events
					.create(new EventFields("displacement", null, "2018-12-01", "2019-01-31", "month", null, null,
							List.of(), "خروج المدنيين من جيب هجين", null, null, null))
					.id());
	}

	@Test
	void savesTheSubTypeEnglishDescriptionConfidentialityAndParentOfTheForm() throws Exception {
		UUID parent = recordedEvent();
		MvcResult result = this.mvc
			.perform(draftForm(report(TEXT)).param("events[0].subType", "نزوح جماعي")
				.param("events[0].descriptionEn", "Iraqis leaving the Baghuz pocket")
				.param("events[0].confidentiality", "publishable")
				.param("events[0].parentId", parent.toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		Event event = as(Role.ANALYST, () -> this.events.get(UUID.fromString(location.substring("/events/".length()))));
		assertThat(event.subType()).isEqualTo("نزوح جماعي");
		assertThat(event.descriptionEn()).isEqualTo("Iraqis leaving the Baghuz pocket");
		assertThat(event.confidentiality()).isEqualTo(Confidentiality.PUBLISHABLE);
		assertThat(event.parentId()).isEqualTo(parent);
	}

	@Test
	void refusesAnUnknownParentBesideItsFieldWithTheCodeTheApiNames() throws Exception {
		UUID report = report(TEXT);
		String unknown = UUID.randomUUID().toString();
		String html = html(this.mvc.perform(draftForm(report).param("events[0].parentId", unknown))
			.andExpect(status().isBadRequest()));
		int field = html.indexOf("name=\"events[0].parentId\"");
		String row = html.substring(field, html.indexOf("class=\"draft-edits\"", field));
		assertThat(row).contains("class=\"error\"");
		assertThat(statusOf(report)).isNotEqualTo(ReportStatus.CODED);
	}

	@Test
	void refusesAnUnknownConfidentialityBesideItsField() throws Exception {
		UUID report = report(TEXT);
		String html = html(this.mvc.perform(draftForm(report).param("events[0].confidentiality", "secret"))
			.andExpect(status().isBadRequest()));
		int field = html.indexOf("name=\"events[0].confidentiality\"");
		assertThat(html.substring(field, html.indexOf("name=\"events[0].parentId\""))).contains("class=\"error\"");
		assertThat(statusOf(report)).isNotEqualTo(ReportStatus.CODED);
	}

	@Test
	void mergingTwoFiguresShowsOneRowAndSavesNothing() throws Exception {
		UUID report = report(TEXT);
		String html = html(
				this.mvc.perform(draftForm(report).param("figures[1].mergeInto", "f0").param("edit", "merge-figure:1"))
					.andExpect(status().isOk()));
		assertThat(html).contains("name=\"figures[0].key\" value=\"f0\"").doesNotContain("name=\"figures[1].key\"");
		assertThat(html).contains("name=\"figures[0].spanEnd\" value=\""
				+ (TEXT.indexOf("أكثر من 6000") + "أكثر من 6000 عائلة".length()) + "\"");
		assertThat(statusOf(report)).isNotEqualTo(ReportStatus.CODED);
	}

	@Test
	void splittingAnEventAddsARowForTheSecond() throws Exception {
		String html = html(
				this.mvc.perform(draftForm(report(TEXT)).param("edit", "split-event:0")).andExpect(status().isOk()));
		assertThat(html).contains("name=\"events[2].type\"");
	}

	@Test
	void thePlacePickerFindsAPlaceWhateverItsHamza() throws Exception {
		String html = html(this.mvc
			.perform(get("/coding/places").param("q", "ادلب").param("row", "0").with(signedIn(Role.DOCUMENTER)))
			.andExpect(status().isOk()));
		assertThat(html).contains("data-place-id=\"SY07\"").contains("إدلب");
	}

	@Test
	void thePlacePickerFindsAPlaceByItsEnglishName() throws Exception {
		String html = html(this.mvc
			.perform(get("/coding/places").param("q", "Idlib").param("row", "1").with(signedIn(Role.DOCUMENTER)))
			.andExpect(status().isOk()));
		assertThat(html).contains("data-place-id=\"SY07\"").contains("data-row=\"1\"");
	}

	@Test
	void viewersMayNotUseThePlacePicker() throws Exception {
		this.mvc.perform(get("/coding/places").param("q", "ادلب").with(signedIn(Role.VIEWER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void offersTheFiguresOfACandidateEventForAClaim() throws Exception {
		String location = this.mvc.perform(draftForm(report(TEXT)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Event recorded = as(Role.ANALYST,
				() -> this.events.get(UUID.fromString(location.substring("/events/".length()))));
		String html = codePage(report(TEXT), Role.DOCUMENTER);
		int choice = html.indexOf("name=\"figures[0].claimFor\"");
		assertThat(html.substring(choice, html.indexOf("</select>", choice)))
			.contains("value=\"" + recorded.figures().get(0).id() + "\"");
	}

}
