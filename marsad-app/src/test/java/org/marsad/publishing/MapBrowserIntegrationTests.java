package org.marsad.publishing;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Places;
import org.marsad.events.ActorInRole;
import org.marsad.events.EventFields;
import org.marsad.events.Events;
import org.marsad.events.Figures;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.web.BrowserSupport;
import org.marsad.web.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public map in a real browser, without login: the script served with the application
 * draws the published events of a governorate as a cluster, the filter form narrows them,
 * the time slider hides those that began later, and the console stays clean under the
 * Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MapBrowserIntegrationTests {

	@LocalServerPort
	int port;

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

	BrowserSupport browser;

	PublishedRecord record;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void drawsClustersAndFollowsTheFiltersAndTheTimeSlider() {
		this.record = new PublishedRecord().write(this.places, this.actors, this.events, this.figures, this.sources,
				this.reports);
		TestAccounts.asAdmin(() -> this.events.create(new EventFields("displacement", null, "2019-01-15", "2019-01-15",
				"day", this.record.district, 2, List.of(new ActorInRole(this.record.actor1, "actor1")),
				"نزوح عائلات من البوكمال", "Families leave Abu Kamal", "publishable", null)));
		this.browser = BrowserSupport.start(this.port);
		this.browser.open("/public/map?placeId=" + this.record.governorate);
		assertThat(this.browser.driver().getCurrentUrl()).contains("/public/map");
		this.browser.screenshot("public-map-start");
		awaitCount("2");
		assertThat(this.browser.find(".marker-cluster").getText()).isEqualTo("2");
		assertThat(this.browser.driver().findElements(By.cssSelector(".place-label")))
			.as("the gazetteer's governorates, labelled")
			.isNotEmpty();

		WebElement slider = this.browser.find("#map-until");
		slider.sendKeys(Keys.HOME);
		awaitCount("1");
		assertThat(this.browser.find("#map-until-day").getText()).isEqualTo("2019-01-15");
		slider.sendKeys(Keys.END);
		awaitCount("2");

		this.browser.find("#map-filters select[name=type] option[value=battles]").click();
		this.browser.find("#map-filters button[type=submit]").click();
		this.browser.waitForUrl("type=battles");
		awaitCount("1");
		assertThat(this.browser.driver().findElements(By.cssSelector(".marker-cluster")))
			.as("one event is a marker, not a cluster")
			.isEmpty();
		this.browser.screenshot("public-map");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	/**
	 * Waits for the map to say how many events it draws; says what it saw when it does
	 * not.
	 */
	private void awaitCount(String count) {
		try {
			new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15))
				.until((driver) -> count.equals(driver.findElement(By.id("map-count")).getText()));
		}
		catch (TimeoutException ex) {
			throw new AssertionError(
					"the map counts '" + this.browser.driver().findElement(By.id("map-count")).getText() + "', not "
							+ count + "; console: " + this.browser.consoleProblems(),
					ex);
		}
	}

}
