package org.marsad.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.web.BrowserSupport;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping step of a sheet of persons in a real browser: the upload is recognised as
 * persons from its Arabic headers, the columns are proposed, the dry run counts the
 * household, and the import runs to its end with the progress bar.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PersonImportBrowserIntegrationTests {

	private static final String SHEET = """
			الاسم الكامل,الجنس,العمر,الجنسية,رقم العائلة,صلة القرابة,نوع الوثيقة,رقم الوثيقة
			محمود حسن الدرويش,ذكر,٤٥,سوري,ع-9,رب الأسرة,هوية,778899001
			هدى سالم الدرويش,أنثى,٤٠,سورية,ع-9,زوجة,,
			""";

	@LocalServerPort
	int port;

	@TempDir
	Path folder;

	BrowserSupport browser;

	@BeforeEach
	void startBrowser() {
		this.browser = BrowserSupport.start(this.port);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void mapsADryRunsAndImportsASheetOfPersons() throws Exception {
		Path file = Files.writeString(this.folder.resolve("عائلات.csv"), SHEET, StandardCharsets.UTF_8);
		this.browser.logIn("admin", "admin-test-password");
		this.browser.open("/imports");
		this.browser.driver().findElement(org.openqa.selenium.By.id("file")).sendKeys(file.toString());
		this.browser.find("form#upload button[type=submit]").click();

		assertThat(new Select(this.browser.find("#kind-select")).getFirstSelectedOption().getDomAttribute("value"))
			.isEqualTo("persons");
		assertThat(new Select(this.browser.find("#f-full_name")).getFirstSelectedOption().getText())
			.isEqualTo("الاسم الكامل");
		assertThat(new Select(this.browser.find("#f-relation")).getFirstSelectedOption().getText())
			.isEqualTo("صلة القرابة");
		assertThat(this.browser.find("table.sample").getText()).contains("••••").doesNotContain("778899001");
		assertThat(this.browser.pageDirection()).isEqualTo("rtl");
		this.browser.screenshot("import-persons-mapping-ar");

		this.browser.find("#check").click();
		assertThat(this.browser.find("#check-result .notice").getText()).contains("٢ شخصاً").contains("١ أسرة");

		this.browser.find("#commit").click();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions
			.attributeToBe(org.openqa.selenium.By.cssSelector("#progress"), "data-state", "committed"));
		assertThat(this.browser.find("#progress .notice").getText()).contains("٢ شخصاً");
		assertThat(this.browser.find("#progress").getText()).doesNotContain("778899001");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
