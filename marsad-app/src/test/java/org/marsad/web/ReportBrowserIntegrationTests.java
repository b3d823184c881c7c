package org.marsad.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A documenter stores an Arabic report with an attachment through the new-report form and
 * finds it again, right-to-left, with the attachment's hash; markup in a report is shown
 * as text and never runs.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportBrowserIntegrationTests {

	private static final String DOCUMENTER = "browser.documenter";

	private static final String PASSWORD = "قلعةُ حلب الشهباء ٢٠٢٦";

	/** Hamza and alef variants, tatweel, diacritics, Arabic-Indic digits. */
	private static final String ARABIC_TEXT = "أفادَ مراسلنا في إدلب بنزوح ٣٬٢٥٠ شخصاً من قرية الـمـعـرّة "
			+ "إلى مخيّم آمن يوم ١٥ آذار، بينهم ٤٠٠ طفل.";

	private static final String ARABIC_TITLE = "نزوح من ريف إدلب الجنوبي";

	/** A one-pixel PNG. */
	private static final byte[] PNG = HexFormat.of()
		.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
				+ "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a0b6ce2f0000000049454e44ae426082");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@TempDir
	Path folder;

	BrowserSupport browser;

	@BeforeEach
	void startBrowser() {
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
	void storesArabicReportWithAttachmentAndShowsItRightToLeft() throws Exception {
		Path photo = this.folder.resolve("صورة المخيم.png");
		Files.write(photo, PNG);

		submitReport(ARABIC_TITLE, ARABIC_TEXT, photo);

		assertReportPage(ARABIC_TITLE, ARABIC_TEXT, "صورة المخيم.png", sha256(PNG));
		this.browser.screenshot("report-ar");
		String reportUrl = this.browser.driver().getCurrentUrl();

		this.browser.open("/reports");
		WebElement link = this.browser.find("a[href='" + reportUrl.substring(reportUrl.indexOf("/reports/")) + "']");
		assertThat(link.getText()).isEqualTo(ARABIC_TITLE);
		WebElement excerpt = link.findElement(By.xpath("ancestor::tr/td[3]"));
		assertThat(excerpt.getText()).startsWith("أفادَ مراسلنا");
		assertThat(this.browser.direction(excerpt)).isEqualTo("rtl");
		this.browser.screenshot("reports-ar");
		link.click();
		this.browser.waitForUrl(reportUrl);
		assertReportPage(ARABIC_TITLE, ARABIC_TEXT, "صورة المخيم.png", sha256(PNG));
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void markupInReportIsShownAsTextAndNeverRuns() {
		String hostile = "تقرير فيه <script>window.__xss=1</script> وصورة <img src=x onerror=\"window.__xss=2\"> انتهى";

		submitReport("<b>عنوان</b>", hostile, null);

		assertThat(this.browser.script("return typeof window.__xss")).isEqualTo("undefined");
		assertThat(this.browser.find(".report-text").getAttribute("textContent")).isEqualTo(hostile);
		assertThat(this.browser.find("main h1").getText()).isEqualTo("<b>عنوان</b>");
		assertThat(this.browser.driver().findElements(By.cssSelector(".report-text img, .report-text script")))
			.isEmpty();
		this.browser.screenshot("report-markup");

		this.browser.open("/reports");
		assertThat(this.browser.script("return typeof window.__xss")).isEqualTo("undefined");
		this.browser.open("/");
		assertThat(this.browser.script("return typeof window.__xss")).isEqualTo("undefined");
	}

	private void submitReport(String title, String text, Path file) {
		this.browser.open("/reports/new");
		WebElement textArea = this.browser.find("#text");
		this.browser.script("arguments[0].value = arguments[1]", textArea, text);
		this.browser.find("#title").sendKeys(title);
		if (file != null) {
			this.browser.driver().findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
		}
		this.browser.find("form[action='/reports'] button[type=submit]").click();
		this.browser.waitForUrl("/reports/");
		this.browser.find(".report-text");
	}

	private void assertReportPage(String title, String text, String fileName, String sha256) {
		assertThat(this.browser.find("main h1").getText()).isEqualTo(title);
		assertThat(this.browser.find(".report-text").getAttribute("textContent")).isEqualTo(text);
		assertThat(this.browser.direction(".report-text")).isEqualTo("rtl");
		assertThat(this.browser.pageDirection()).isEqualTo("rtl");
		List<WebElement> attachments = this.browser.driver().findElements(By.cssSelector("ul.attachments li"));
		assertThat(attachments).hasSize(1);
		assertThat(attachments.get(0).getText()).contains(fileName);
		assertThat(attachments.get(0).findElement(By.cssSelector(".hash")).getText()).isEqualTo(sha256);
	}

	private static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
