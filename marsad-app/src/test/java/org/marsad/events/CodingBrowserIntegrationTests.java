package org.marsad.events;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.intake.NewSource;
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
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A documenter codes the report of DESIGN's example end to end: stores it, opens "Code
 * this report", finds the figures the draft proposes, corrects one, adds the total that
 * the engine missed by selecting its text, saves, and finds the figures on the event page
 * with their passages marked.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CodingBrowserIntegrationTests {

	static final String TEXT = "ووثق المرصد 23200 شخصاً من الجنسية العراقية ضمن أكثر من 6000 عائلة، خرجوا منذ الأول من ديسمبر "
			+ "الفائت وحتى اليوم الـ 30 من يناير الجاري، ونقلوا إلى مخيمات منطقة الهول. "
			+ "وبلغ عدد الخارجين من الجيب منذ الأول من ديسمبر 36250 شخصاً.";

	private static final String DOCUMENTER = "browser.coder";

	private static final String PASSWORD = "مخيم الهول شمال شرق سوريا ٢٠١٩";

	/** Selects a phrase of the report text the way a mouse would, across segments. */
	static final String SELECT = """
			var root = document.getElementById('report-text');
			var start = root.textContent.indexOf(arguments[0]);
			var end = start + arguments[0].length;
			function locate(position) {
				var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
				var node, seen = 0;
				while ((node = walker.nextNode())) {
					if (position <= seen + node.length) { return [node, position - seen]; }
					seen += node.length;
				}
			}
			var from = locate(start), to = locate(end);
			var range = document.createRange();
			range.setStart(from[0], from[1]);
			range.setEnd(to[0], to[1]);
			window.getSelection().removeAllRanges();
			window.getSelection().addRange(range);
			""";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sources sources;

	BrowserSupport browser;

	UUID source;

	@BeforeEach
	void startBrowser() {
		CatalogueFixture.ensure(this.jdbc);
		TestAccounts.create(this.accounts, DOCUMENTER, PASSWORD, Role.DOCUMENTER);
		this.source = EventBrowserIntegrationTests
			.asDocumenter(() -> this.sources.create(new NewSource("المرصد", "field_correspondent", "B", null, null)))
			.id();
		this.browser = BrowserSupport.start(this.port);
		this.browser.logIn(DOCUMENTER, PASSWORD);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void codesTheDesignExampleFromDraftToEventPage() {
		storeReport();
		this.browser.find("#code-report").click();
		this.browser.waitForUrl("/code");

		assertThat(this.browser.find("#report-text").getAttribute("textContent")).isEqualTo(TEXT);
		assertThat(this.browser.find("#report-text .hl-figure").getText()).isEqualTo("23200");
		assertThat(value("figures[0].best")).isEqualTo("23200");
		assertThat(value("figures[1].best")).isEqualTo("6000");
		assertThat(new Select(field("figures[1].qualifier")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("more_than");
		List<String> quotes = this.browser.driver()
			.findElements(By.cssSelector("#figure-rows q.quote"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(quotes).containsExactly("23200 شخصاً", "أكثر من 6000 عائلة");
		this.browser.screenshot("coding-draft");

		new Select(field("figures[0].category")).selectByValue("exited");
		new Select(field("figures[1].category")).selectByValue("exited");
		new Select(field("events[1].keep")).selectByValue("discard");

		this.browser.script(SELECT, "36250 شخصاً");
		this.browser.find("#add-figure").click();
		assertThat(value("figures[2].best")).isEqualTo("36250");
		int start = TEXT.indexOf("36250 شخصاً");
		assertThat(value("figures[2].spanStart")).isEqualTo(String.valueOf(start));
		assertThat(value("figures[2].spanEnd")).isEqualTo(String.valueOf(start + "36250 شخصاً".length()));
		new Select(field("figures[2].unit")).selectByValue("person");
		new Select(field("figures[2].category")).selectByValue("exited");
		new Select(field("figures[2].cumulative")).selectByValue("true");
		date("figures[2].periodFrom", "2018-12-01");
		date("figures[2].periodTo", "2019-01-31");
		new Select(field("figures[0].partOf")).selectByValue(value("figures[2].key"));
		this.browser.screenshot("coding-corrected");

		this.browser.find("#save-coding").click();
		this.browser.waitForUrl("/events/");

		List<WebElement> figures = this.browser.driver().findElements(By.cssSelector("section.figure"));
		assertThat(figures).hasSize(3);
		assertThat(figures)
			.allSatisfy((figure) -> assertThat(figure.findElement(By.tagName("h3")).getText()).contains("خرجوا"));
		List<String> marked = this.browser.driver()
			.findElements(By.cssSelector("section.figure .claims mark"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(marked).containsExactlyInAnyOrder("23200 شخصاً", "أكثر من 6000 عائلة", "36250 شخصاً");
		assertThat(this.browser.driver().findElements(By.cssSelector("section.figure a[href^='#figure-']"))).hasSize(1);
		assertThat(this.browser.pageDirection()).isEqualTo("rtl");
		this.browser.screenshot("coding-event");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	private void storeReport() {
		this.browser.open("/reports/new");
		this.browser.script("arguments[0].value = arguments[1]", this.browser.find("#text"), TEXT);
		this.browser.find("#title").sendKeys("خروج العراقيين إلى مخيم الهول");
		new Select(this.browser.find("#sourceId")).selectByValue(this.source.toString());
		date("publishedAt", "2019-01-31");
		this.browser.find("form[action='/reports'] button[type=submit]").click();
		this.browser.waitForUrl("/reports/");
		this.browser.find(".report-text");
	}

	private WebElement field(String name) {
		return this.browser.find("[name='" + name + "']");
	}

	private String value(String name) {
		return this.browser.driver().findElement(By.name(name)).getAttribute("value");
	}

	private void date(String name, String iso) {
		this.browser.script("arguments[0].value = arguments[1]", this.browser.driver().findElement(By.name(name)), iso);
	}

}
