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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A documenter works the draft in the browser: merges two figure rows into one, fills the
 * sub-type, the English description and the confidentiality, picks the place by typing
 * its name with another spelling, saves; then codes a second report as a claim for the
 * recorded total, and the event page shows both claims and the value the rule takes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CodingDraftBrowserIntegrationTests {

	static final String FIRST = "ووثق المرصد 23200 شخصاً من الجنسية العراقية ضمن أكثر من 6000 عائلة، خرجوا منذ الأول من ديسمبر "
			+ "الفائت وحتى اليوم الـ 30 من يناير الجاري، ونقلوا إلى مخيمات منطقة الهول. "
			+ "وبلغ عدد الخارجين من الجيب منذ الأول من ديسمبر 36250 شخصاً.";

	/**
	 * The engine finds the exodus in it but not the figure, which is added by selection.
	 */
	static final String SECOND = "خرج من جيب الباغوز منذ الأول من ديسمبر وحتى 30 يناير 36500 شخص، ونقلوا إلى مخيمات منطقة الهول.";

	private static final String DOCUMENTER = "browser.drafts";

	private static final String PASSWORD = "الباغوز فوقاني ٣٦٥٠٠ خارج";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Sources sources;

	BrowserSupport browser;

	@BeforeEach
	void startBrowser() {
		CatalogueFixture.ensure(this.jdbc);
		TestAccounts.create(this.accounts, DOCUMENTER, PASSWORD, Role.DOCUMENTER);
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
	void mergesRowsFillsTheNewFieldsAndAddsASecondClaim() {
		storeReport(FIRST, source("B"));
		this.browser.find("#code-report").click();
		this.browser.waitForUrl("/code");
		new Select(field("events[1].keep")).selectByValue("discard");
		new Select(field("figures[0].category")).selectByValue("exited");
		new Select(field("figures[1].category")).selectByValue("exited");
		addFigure("36250 شخصاً");
		addFigure("عدد الخارجين من الجيب");
		new Select(field("figures[3].mergeInto")).selectByValue(value("figures[2].key"));
		this.browser.find("#f3-merge").click();
		waitUntilGone("figures[3].key");

		assertThat(this.browser.driver().findElements(By.cssSelector("#figure-rows fieldset.figure-row"))).hasSize(3);
		assertThat(this.browser.find("#figure-rows fieldset:nth-of-type(3) q.quote").getText())
			.isEqualTo("عدد الخارجين من الجيب منذ الأول من ديسمبر 36250 شخصاً");
		assertThat(value("figures[2].best")).isEqualTo("36250");

		new Select(field("figures[2].unit")).selectByValue("person");
		new Select(field("figures[2].category")).selectByValue("exited");
		new Select(field("figures[2].cumulative")).selectByValue("true");
		date("figures[2].periodFrom", "2018-12-01");
		date("figures[2].periodTo", "2019-01-31");
		field("events[0].subType").sendKeys("نزوح جماعي");
		field("events[0].descriptionEn").sendKeys("Iraqis leaving the Baghuz pocket for al-Hol");
		new Select(field("events[0].confidentiality")).selectByValue("publishable");
		this.browser.find("#e0-placeSearch").sendKeys("الحسكه");
		this.browser.find("#e0-placeChoices .place-choice[data-place-id='SY08']").click();
		assertThat(value("events[0].placeId")).isEqualTo("SY08");
		this.browser.screenshot("coding-merged");

		this.browser.find("#save-coding").click();
		this.browser.waitForUrl("/events/");
		String eventUrl = this.browser.driver().getCurrentUrl();
		String page = this.browser.find("main").getText();
		assertThat(page).contains("نزوح جماعي").contains("Iraqis leaving the Baghuz pocket for al-Hol");
		assertThat(this.browser.driver().findElements(By.cssSelector("section.figure"))).hasSize(3);

		storeReport(SECOND, source("A"));
		this.browser.find("#code-report").click();
		this.browser.waitForUrl("/code");
		String eventId = eventUrl.substring(eventUrl.lastIndexOf('/') + 1);
		new Select(field("events[1].keep")).selectByValue("discard");
		new Select(field("events[0].linkTo")).selectByValue(eventId);
		addFigure("36500 شخص");
		String total = this.jdbc.sql("SELECT id FROM figure WHERE event_id = :event AND best = 36250")
			.param("event", UUID.fromString(eventId))
			.query(String.class)
			.single();
		int row = rowOf("36500");
		new Select(field("figures[" + row + "].claimFor")).selectByValue(total);
		this.browser.find("#save-coding").click();
		this.browser.waitForUrl("/events/" + eventId);

		WebElement figure = this.browser.find("#figure-" + total);
		List<String> claims = figure.findElements(By.cssSelector(".claims mark"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(claims).containsExactlyInAnyOrder("عدد الخارجين من الجيب منذ الأول من ديسمبر 36250 شخصاً",
				"36500 شخص");
		assertThat(figure.findElement(By.cssSelector(".claims li.current")).getText()).contains("36");
		assertThat(figure.findElement(By.cssSelector(".claims li.current mark")).getText()).isEqualTo("36500 شخص");
		this.browser.screenshot("coding-second-claim");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	private UUID source(String reliability) {
		return EventBrowserIntegrationTests
			.asDocumenter(() -> this.sources
				.create(new NewSource("مراسل " + reliability, "field_correspondent", reliability, null, null)))
			.id();
	}

	private void storeReport(String text, UUID source) {
		this.browser.open("/reports/new");
		this.browser.script("arguments[0].value = arguments[1]", this.browser.find("#text"), text);
		this.browser.find("#title").sendKeys("خروج من الباغوز");
		new Select(this.browser.find("#sourceId")).selectByValue(source.toString());
		date("publishedAt", "2019-01-31");
		this.browser.find("form[action='/reports'] button[type=submit]").click();
		this.browser.waitForUrl("/reports/");
		this.browser.find(".report-text");
	}

	private void addFigure(String phrase) {
		this.browser.script(CodingBrowserIntegrationTests.SELECT, phrase);
		this.browser.find("#add-figure").click();
	}

	private int rowOf(String best) {
		List<WebElement> values = this.browser.driver().findElements(By.cssSelector("[data-field='best']"));
		for (WebElement input : values) {
			if (best.equals(input.getAttribute("value"))) {
				String name = input.getAttribute("name");
				return Integer.parseInt(name.substring("figures[".length(), name.indexOf(']')));
			}
		}
		throw new AssertionError("no figure row with " + best);
	}

	private void waitUntilGone(String name) {
		new WebDriverWait(this.browser.driver(), java.time.Duration.ofSeconds(15))
			.until(ExpectedConditions.numberOfElementsToBe(By.name(name), 0));
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
