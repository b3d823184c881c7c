package org.marsad.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.intake.NewReport;
import org.marsad.intake.NewSource;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.BrowserSupport;
import org.marsad.web.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator opens the event of DESIGN's example, coded from two reports that disagree
 * on the total: the page is right-to-left, shows both claims with their passages marked
 * and the value the rule chose, runs no inline script, and takes the coordinator's status
 * decision.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EventBrowserIntegrationTests {

	private static final String COORDINATOR = "browser.coordinator";

	private static final String PASSWORD = "مخيم الهول شمال شرق سوريا ٢٠١٩";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reports reports;

	@Autowired
	Sources sources;

	@Autowired
	ReportCoding coding;

	BrowserSupport browser;

	@BeforeEach
	void startBrowser() {
		CatalogueFixture.ensure(this.jdbc);
		TestAccounts.create(this.accounts, COORDINATOR, PASSWORD, Role.COORDINATOR);
		this.browser = BrowserSupport.start(this.port);
		this.browser.logIn(COORDINATOR, PASSWORD);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	static <T> T asDocumenter(Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("browser.documenter", null,
				AuthorityUtils.createAuthorityList(Role.DOCUMENTER.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	UUID report(String text, String reliability, String published) {
		UUID source = this.sources.create(new NewSource("مصدر " + reliability, "resident", reliability, null, null))
			.id();
		return this.reports
			.create(new NewReport(text, null, null, null, null, published, source.toString(), "2"), List.of())
			.id();
	}

	static CodedClaim claim(String text, String phrase, String qualifier, long best) {
		int start = text.indexOf(phrase);
		return new CodedClaim(new Span(start, start + phrase.length()),
				new StatedValue(qualifier, null, BigDecimal.valueOf(best), null));
	}

	UUID codeBothReports() {
		return asDocumenter(() -> {
			UUID first = report(DesignExample.FIRST, "B", DesignExample.PUBLISHED);
			FigureFields total = new FigureFields("person", "exited", null, null, null, null, "2018-12-01",
					DesignExample.PUBLISHED, true, null, null, null);
			FigureFields iraqis = new FigureFields("person", "exited", "IQ", null, null, null, "2018-12-01",
					DesignExample.PUBLISHED, true, null, null, null);
			EventFields event = new EventFields("displacement", null, "2018-12-01", DesignExample.PUBLISHED, "day",
					CatalogueFixture.BAGHUZ, 1, List.of(new ActorInRole(CatalogueFixture.SDF, "actor1")),
					"خروج المدنيين من الجيب المحاصر في الباغوز ونقلهم إلى مخيم الهول", null, null, null);
			CodingResult result = this.coding.code(first, new CodingSubmission(null,
					List.of(new CodedEvent(event, null,
							List.of(new CodedFigure("total", total, null,
									claim(DesignExample.FIRST, "36250 شخصاً", "exact", 36250)),
									new CodedFigure("iraqis", iraqis, "total",
											claim(DesignExample.FIRST, "23200 عراقي", "exact", 23200))))),
					List.of()));
			UUID eventId = result.createdEvents().get(0);
			UUID second = report(DesignExample.SECOND, "A", "2019-02-01");
			this.coding.code(second,
					new CodingSubmission(null, List.of(),
							List.of(new EventLink(eventId.toString(), null, List.of(),
									List.of(new FigureClaim(result.figures().get("total").toString(),
											claim(DesignExample.SECOND, "٣٦٥٠٠ شخص", "exact", 36500)))))));
			return eventId;
		});
	}

	@Test
	void showsBothClaimsWithTheirPassagesAndTheChosenValue() {
		UUID event = codeBothReports();
		this.browser.open("/events/" + event);
		assertThat(this.browser.pageDirection()).isEqualTo("rtl");
		List<String> marked = this.browser.driver()
			.findElements(By.cssSelector("ol.claims mark"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(marked).containsExactlyInAnyOrder("36250 شخصاً", "٣٦٥٠٠ شخص", "23200 عراقي");
		assertThat(this.browser.find("section.figure .current-value .number").getText()).isEqualTo("36,500");
		assertThat(this.browser.find("ol.claims li.current mark").getText()).isEqualTo("٣٦٥٠٠ شخص");
		this.browser.screenshot("event-page");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void theCoordinatorSetsTheStatusWithAReason() {
		UUID event = codeBothReports();
		this.browser.open("/events/" + event);
		new Select(this.browser.find("#status")).selectByValue("confirmed");
		this.browser.find("#status-reason").sendKeys("أكدت صور الأقمار الصناعية خروج القوافل");
		this.browser.find("form[action$='/status'] button").click();
		this.browser.find("p.notice");
		assertThat(this.browser.find("table.meta").getText()).contains("مؤكد")
			.contains("أكدت صور الأقمار الصناعية خروج القوافل");
	}

	@Test
	void theListFiltersByPlaceWithoutReloadingThePage() {
		codeBothReports();
		this.browser.open("/events?from=2019-01-31&to=2019-01-31");
		new Select(this.browser.find("#f-place")).selectByValue(CatalogueFixture.DEIR_EZ_ZOR);
		this.browser.waitForUrl("placeId=" + CatalogueFixture.DEIR_EZ_ZOR);
		assertThat(this.browser.find("#results table.events").getText()).contains("الباغوز");
		this.browser.screenshot("event-list");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
