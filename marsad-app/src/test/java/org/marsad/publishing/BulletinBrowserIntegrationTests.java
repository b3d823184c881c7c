package org.marsad.publishing;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
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
import org.marsad.web.BrowserSupport;
import org.marsad.web.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator composes a bulletin in a real browser (figures and an event inserted from
 * the data where the cursor stands, events narrowed with the events list's filters),
 * previews and publishes it; then, logged out, the public reads it and its PDF, which is
 * rendered to an image and checked to hold Arabic set right to left.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BulletinBrowserIntegrationTests {

	private static final String COORDINATOR = "browser.bulletins";

	private static final String PASSWORD = "نشرة الباغوز ٢٠١٩ شباط";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

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

	@Autowired
	Tallies tallies;

	BrowserSupport browser;

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void composesPublishesAndThePublicReadsTheBulletinAndItsPdf() throws Exception {
		PublishedRecord record = new PublishedRecord().write(this.places, this.actors, this.events, this.figures,
				this.sources, this.reports);
		Snapshot[] snapshot = new Snapshot[1];
		TestAccounts.asAdmin(() -> {
			Tally tally = this.tallies.define(new TallyRequest("قتلى الباغوز " + record.suffix, "person", "killed",
					"2019-01-01", null, record.governorate, null, null, null, null, null, null, null, null, false));
			snapshot[0] = this.tallies.publish(tally.id(), LocalDate.of(2019, 2, 28));
		});
		TestAccounts.create(this.accounts, COORDINATOR, PASSWORD, Role.COORDINATOR);
		this.browser = BrowserSupport.start(this.port);
		this.browser.logIn(COORDINATOR, PASSWORD);
		this.browser.open("/bulletins");
		this.browser.clickToLoad(this.browser.find("#new-bulletin"));
		this.browser.script("arguments[0].value = '2019-02-28'", this.browser.find("#date"));
		this.browser.find("#titleAr").sendKeys("نشرة الباغوز الأسبوعية");
		this.browser.find("#titleEn").sendKeys("Baghuz weekly bulletin");
		new Select(this.browser.find("#f-type")).selectByValue("battles");
		this.browser.find("#f-place").sendKeys(record.governorate);
		this.browser.clickToLoad(this.browser.find("#events-filter"));
		assertThat(this.browser.find("#f-place").getAttribute("value")).isEqualTo(record.governorate);
		WebElement bodyAr = this.browser.find("#bodyAr");
		bodyAr.sendKeys("قُتل في الباغوز.");
		this.browser.script("arguments[0].setSelectionRange(4, 4)", bodyAr);
		this.browser.find("[data-snapshot='" + snapshot[0].id() + "'] .insert-words").click();
		assertThat(bodyAr.getAttribute("value")).as("inserted at the cursor, without reloading the page")
			.isEqualTo("قُتل " + placeholder(snapshot[0], ":words:person") + " في الباغوز.");
		this.browser.find("[data-snapshot='" + snapshot[0].id() + "'] .insert-en").click();
		this.browser.find("#bodyEn").sendKeys(" people were killed in al-Baghuz.");
		bodyAr.sendKeys("\n\n");
		this.browser.find("[data-event='" + record.battle + "'] .insert-ar").click();
		assertThat(this.browser.find("#bodyEn").getAttribute("value"))
			.isEqualTo(placeholder(snapshot[0], "") + " people were killed in al-Baghuz.");
		assertThat(this.browser.find("#titleAr").getAttribute("value")).isEqualTo("نشرة الباغوز الأسبوعية");
		this.browser.clickToLoad(this.browser.find("#bulletin-save"));
		this.browser.find("#bulletin-ar");
		List<String> paragraphs = this.browser.driver()
			.findElements(By.cssSelector("#bulletin-ar p:not(.muted)"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(paragraphs).containsExactly("قُتل سبعة أشخاص في الباغوز.",
				"٢٠١٩-٠٢-٠٩، الباغوز فوقاني: اشتباكات في الباغوز فوقاني");
		assertThat(this.browser.find("#bulletin-en").getText()).contains("7 people were killed in al-Baghuz.");
		this.browser.clickToLoad(this.browser.find("#bulletin-publish"));
		String publicPage = this.browser.find("#bulletin-public").getAttribute("href");
		assertThat(this.browser.consoleProblems()).isEmpty();

		this.browser.driver().manage().deleteAllCookies();
		this.browser.driver().get(publicPage);
		assertThat(this.browser.driver().getCurrentUrl()).isEqualTo(publicPage);
		assertThat(this.browser.find("#bulletin-ar h1").getText()).isEqualTo("نشرة الباغوز الأسبوعية");
		assertThat(this.browser.find("#bulletin-ar").getText()).contains("قُتل سبعة أشخاص في الباغوز.");
		assertThat(this.browser.direction("#bulletin-ar")).isEqualTo("rtl");
		this.browser.screenshot("bulletin-public");
		String pdfAddress = this.browser.find("#bulletin-pdf").getAttribute("href");
		assertThat(this.browser.consoleProblems()).isEmpty();

		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfAddress)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> type.startsWith("application/pdf"));
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			BufferedImage page = new PDFRenderer(document).renderImage(0, 1.0f);
			int top = firstInkedRow(page, 0);
			assertThat(top).as("the first page is not blank").isGreaterThanOrEqualTo(0);
			int[] title = ink(page, top, firstBlankRow(page, top));
			assertThat(title[1]).as("the Arabic title ends at the right margin").isGreaterThan(page.getWidth() * 3 / 4);
			assertThat(title[0]).as("and leaves the left side empty").isGreaterThan(page.getWidth() / 3);
			PDFTextStripper text = new PDFTextStripper();
			text.setStartPage(1);
			text.setEndPage(1);
			assertThat(text.getText(document)
				.codePoints()
				.filter((c) -> c >= 0x0600 && c <= 0x06FF || c >= 0xFE70 && c <= 0xFEFF)
				.count()).as("Arabic letters on the first page").isGreaterThan(10);
		}
	}

	private static String placeholder(Snapshot snapshot, String rest) {
		return "{{tally:" + snapshot.tallyId() + ":" + snapshot.id() + rest + "}}";
	}

	private static int firstInkedRow(BufferedImage image, int from) {
		for (int y = from; y < image.getHeight(); y++) {
			if (ink(image, y, y + 1) != null) {
				return y;
			}
		}
		return -1;
	}

	/** The first of four blank rows, so that dots above the letters stay with them. */
	private static int firstBlankRow(BufferedImage image, int from) {
		for (int y = from; y + 4 < image.getHeight(); y++) {
			if (ink(image, y, y + 4) == null) {
				return y;
			}
		}
		return image.getHeight();
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
