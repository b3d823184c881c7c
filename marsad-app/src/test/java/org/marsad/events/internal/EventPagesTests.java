package org.marsad.events.internal;

import java.util.List;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.events.ActorInRole;
import org.marsad.events.CatalogueFixture;
import org.marsad.events.CodedClaim;
import org.marsad.events.CodedEvent;
import org.marsad.events.CodedFigure;
import org.marsad.events.CodingResult;
import org.marsad.events.CodingSubmission;
import org.marsad.events.Event;
import org.marsad.events.EventEdit;
import org.marsad.events.EventFields;
import org.marsad.events.Events;
import org.marsad.events.FigureFields;
import org.marsad.events.ReportCoding;
import org.marsad.events.Span;
import org.marsad.events.StatedValue;
import org.marsad.intake.NewReport;
import org.marsad.intake.NewSource;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.marsad.web.PageSupport.assertFollowsPageRules;
import static org.marsad.web.PageSupport.signedIn;
import static org.marsad.web.PageSupport.html;
import static org.marsad.web.PageSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The event pages: the list and its filters, the event page with its figures, claims and
 * highlighted passages (always escaped), and the forms to edit, void and set the status.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EventPagesTests {

	static final String TEXT = "منذ الأول من ديسمبر، وثّقنا خروج 36250 شخصاً من الباغوز <script>alert('x')</script>، "
			+ "بينهم 23200 عراقي.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Events events;

	@Autowired
	ReportCoding coding;

	@Autowired
	Reports reports;

	@Autowired
	Sources sources;

	@BeforeEach
	void catalogue() {
		CatalogueFixture.ensure(this.jdbc);
	}

	String page(String path, Role role) throws Exception {
		return html(this.mvc.perform(get(path).with(signedIn(role))).andExpect(status().isOk()));
	}

	/** A report coded into one event with its total figure. */
	CodingResult coded(String dateFrom) {
		return as(Role.DOCUMENTER, () -> {
			UUID source = this.sources.create(new NewSource("الراصد", "field_correspondent", "B", null, null)).id();
			UUID report = this.reports
				.create(new NewReport(TEXT, "خروج من الباغوز", null, null, null, "2019-01-31", source.toString(), "2"),
						List.of())
				.id();
			int start = TEXT.indexOf("36250");
			FigureFields total = new FigureFields("person", "exited", null, null, null, null, dateFrom, "2019-01-31",
					true, null, null, null);
			EventFields event = new EventFields("displacement", null, dateFrom, "2019-01-31", "day",
					CatalogueFixture.BAGHUZ, 1, List.of(new ActorInRole(CatalogueFixture.SDF, "actor1")),
					"خروج المدنيين من الباغوز", null, null, null);
			CodedFigure figure = new CodedFigure("total", total, null,
					new CodedClaim(new Span(start, start + "36250 شخصاً".length()),
							new StatedValue("exact", null, java.math.BigDecimal.valueOf(36250), null)));
			return this.coding.code(report, new CodingSubmission(null,
					List.of(new CodedEvent(event, new Span(0, TEXT.indexOf('<')), List.of(figure))), List.of()));
		});
	}

	UUID eventId(CodingResult result) {
		return result.createdEvents().get(0);
	}

	@Test
	void showsTheClaimWithItsSpanMarkedAndTheTextEscaped() throws Exception {
		String html = page("/events/" + eventId(coded("2018-12-01")), Role.ANALYST);
		assertThat(html).contains("<mark>36250 شخصاً</mark>");
		assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert");
	}

	@Test
	void showsTheCurrentValueAndItsRule() throws Exception {
		String html = page("/events/" + eventId(coded("2018-12-01")), Role.ANALYST);
		assertThat(html).contains("36,250").contains("القاعدة: المصدر الأعلى تقييماً");
	}

	@Test
	void showsTheHistory() throws Exception {
		String html = page("/events/" + eventId(coded("2018-12-01")) + "?lang=en", Role.ANALYST);
		assertThat(html).contains("Event created (version 1)").contains("Figure created (version 1)");
	}

	@Test
	void followsThePageRules() throws Exception {
		String html = page("/events/" + eventId(coded("2018-12-01")), Role.COORDINATOR);
		assertFollowsPageRules(html);
	}

	@Test
	void listsEventsWithinAPlace() throws Exception {
		coded("2017-06-01");
		String html = page("/events?from=2017-06-01&to=2017-06-01&placeId=" + CatalogueFixture.DEIR_EZ_ZOR,
				Role.ANALYST);
		assertThat(html).contains("الباغوز").contains("نزوح");
		String none = page("/events?from=2017-06-01&to=2017-06-01&placeId=" + CatalogueFixture.HASAKAH, Role.ANALYST);
		assertThat(none).contains("لا توجد أحداث مطابقة");
	}

	@Test
	void showsAFilterThatCannotBeReadBesideItsField() throws Exception {
		assertThat(page("/events?from=yesterday", Role.VIEWER)).contains("class=\"error\"");
	}

	@Test
	void theListLinksToTheEventsPage() throws Exception {
		UUID id = eventId(coded("2016-03-01"));
		assertThat(page("/events?from=2016-03-01&to=2016-03-01", Role.ANALYST)).contains("/events/" + id);
	}

	@Test
	void savesAnEditAndGoesBackToTheEvent() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		int version = as(Role.ANALYST, () -> this.events.get(id)).version();
		this.mvc
			.perform(post("/events/" + id).with(signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("type", "displacement")
				.param("dateFrom", "2018-12-01")
				.param("dateTo", "2019-01-31")
				.param("datePrecision", "day")
				.param("placeId", CatalogueFixture.SUSAH)
				.param("descriptionAr", "وصف مصحح")
				.param("confidentiality", "internal")
				.param("reason", "تصحيح المكان"))
			.andExpect(redirectedUrl("/events/" + id));
		assertThat(as(Role.ANALYST, () -> this.events.get(id)).placeId()).isEqualTo(CatalogueFixture.SUSAH);
	}

	@Test
	void aStaleEditIsShownAgainWithWhatWasTyped() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		Event current = as(Role.ANALYST, () -> this.events.get(id));
		as(Role.COORDINATOR,
				() -> this.events.update(id,
						new EventEdit(current.version(), "تعديل متزامن",
								new EventFields("displacement", null, "2018-12-01", "2019-01-31", null,
										CatalogueFixture.HAJIN, null, null, "وصف المنسق", null, null, null))));
		String html = html(this.mvc
			.perform(post("/events/" + id).with(signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("version", String.valueOf(current.version()))
				.param("type", "displacement")
				.param("dateFrom", "2018-12-01")
				.param("placeId", CatalogueFixture.SUSAH)
				.param("descriptionAr", "وصف الموثّق الذي لا يضيع"))
			.andExpect(status().isConflict()));
		assertThat(html).contains("وصف الموثّق الذي لا يضيع").contains("وصف المنسق");
		assertThat(html).contains("name=\"version\" value=\"" + (current.version() + 1) + "\"");
	}

	@Test
	void refusedEditShowsTheProblemBesideItsField() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		String html = html(this.mvc
			.perform(post("/events/" + id).with(signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("version", "3")
				.param("type", "displacement")
				.param("dateFrom", "2018-12-01")
				.param("dateTo", "2018-11-01"))
			.andExpect(status().isBadRequest()));
		assertThat(html).contains("لا يمكن أن يسبق اليوم الأخير اليوم الأول");
	}

	@Test
	void voidingNeedsAReason() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		this.mvc
			.perform(post("/events/" + id + "/void").with(signedIn(Role.DOCUMENTER)).with(csrf()).param("version", "3"))
			.andExpect(status().isBadRequest());
		assertThat(as(Role.ANALYST, () -> this.events.get(id)).voided()).isFalse();
	}

	@Test
	void voidsWithAReason() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		int version = as(Role.ANALYST, () -> this.events.get(id)).version();
		this.mvc
			.perform(post("/events/" + id + "/void").with(signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("reason", "حدث مكرر"))
			.andExpect(redirectedUrl("/events/" + id));
		assertThat(page("/events/" + id, Role.ANALYST)).contains("حدث مكرر");
	}

	@Test
	void onlyCoordinatorsSeeTheStatusForm() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		assertThat(page("/events/" + id, Role.DOCUMENTER)).doesNotContain("/events/" + id + "/status");
		assertThat(page("/events/" + id, Role.COORDINATOR)).contains("/events/" + id + "/status");
	}

	@Test
	void documentersCannotSetTheStatus() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		this.mvc
			.perform(post("/events/" + id + "/status").with(signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("version", "3")
				.param("status", "confirmed")
				.param("reason", "دليل"))
			.andExpect(status().isForbidden());
	}

	@Test
	void coordinatorsSetTheStatus() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		int version = as(Role.ANALYST, () -> this.events.get(id)).version();
		this.mvc
			.perform(post("/events/" + id + "/status").with(signedIn(Role.COORDINATOR))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("status", "confirmed")
				.param("reason", "أقرّت قسد بالأرقام"))
			.andExpect(redirectedUrl("/events/" + id));
		assertThat(as(Role.ANALYST, () -> this.events.get(id)).statusReason()).isEqualTo("أقرّت قسد بالأرقام");
	}

	@Test
	void viewersCannotOpenTheEditForm() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		this.mvc.perform(get("/events/" + id + "/edit").with(signedIn(Role.VIEWER))).andExpect(status().isForbidden());
	}

	@Test
	void viewersCannotSaveAnEdit() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		this.mvc.perform(post("/events/" + id).with(signedIn(Role.VIEWER)).with(csrf()).param("version", "1"))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownEventIsNotFound() throws Exception {
		this.mvc.perform(get("/events/" + UUID.randomUUID()).with(signedIn(Role.VIEWER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theEditFormShowsTheEvent() throws Exception {
		UUID id = eventId(coded("2018-12-01"));
		assertThat(page("/events/" + id + "/edit", Role.DOCUMENTER)).contains("خروج المدنيين من الباغوز")
			.contains("value=\"" + CatalogueFixture.BAGHUZ + "\"");
	}

	@Test
	void theNavigationLinksToTheEvents() throws Exception {
		assertThat(page("/", Role.VIEWER)).contains("href=\"/events\"");
	}

}
