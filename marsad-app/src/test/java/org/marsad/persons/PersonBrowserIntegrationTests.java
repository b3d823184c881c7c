package org.marsad.persons;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ConsoleRun;
import org.marsad.events.CatalogueFixture;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.BrowserSupport;
import org.marsad.web.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PrintOptions;
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
 * The registry's promise, end to end in Chromium: a coordinator registers a family that
 * lost its papers, uploads the copy of the father's identity card that his brother sent,
 * adds a neighbour's attestation, issues and prints the signed identity attestation, and
 * the verify command accepts the signed file with the organisation's public key and
 * refuses a tampered copy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PersonBrowserIntegrationTests {

	private static final String COORDINATOR = "browser.persons";

	private static final String PASSWORD = "عائلة الخلف من هجين ٢٠١٩";

	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path folder;

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

	@Test
	void registersAFamilyDocumentsTheFatherAndVerifiesHisPrintedAttestation() throws Exception {
		this.browser.open("/persons");
		assertThat(this.browser.pageDirection()).isEqualTo("rtl");
		this.browser.find("#new-family").click();
		this.browser.find("#name").sendKeys("عائلة الخلف");
		this.browser.find("#originPlaceId").sendKeys(CatalogueFixture.HAJIN);
		member(0, "محمد بن أحمد الخلف", "male", "٤٥", "head");
		member(1, "فاطمة عبد الرحمن الحسين", "female", "٤٠", "spouse");
		member(2, "عبدالله محمد الخلف", "male", "١٢", "son");
		this.browser.find("#household-form button[type=submit]").click();
		new WebDriverWait(this.browser.driver(), Duration.ofSeconds(15))
			.until((page) -> !page.findElements(By.cssSelector("a.member")).isEmpty());
		List<WebElement> members = this.browser.driver().findElements(By.cssSelector("a.member"));
		assertThat(members).extracting(WebElement::getText)
			.containsExactly("محمد بن أحمد الخلف", "فاطمة عبد الرحمن الحسين", "عبدالله محمد الخلف");
		members.get(0).click();
		this.browser.waitForUrl("/persons/");
		assertThat(this.browser.find("#assessment .level").getText()).isEqualTo("لا أدلة");

		Path copy = Files.write(this.folder.resolve("بطاقة محمد.png"), PNG);
		this.browser.find("#copy-file").sendKeys(copy.toString());
		this.browser.find("#copy-by").sendKeys("أخوه محمود");
		this.browser.find("#copy-relation").sendKeys("أخ");
		this.browser.find("#copy-form button[type=submit]").click();
		assertThat(this.browser.find("#copies li a").getText()).isEqualTo("بطاقة محمد.png");
		assertThat(this.browser.find("#assessment .level").getText()).isEqualTo("موثّقة");

		this.browser.find("#attestation-name").sendKeys("مختار هجين");
		this.browser.find("#attestation-relation").sendKeys("مختار القرية");
		this.browser.find("#attestation-statement").sendKeys("أعرفه وأعرف أباه أحمد منذ ثلاثين سنة");
		this.browser.script("document.getElementById('attestation-on').value = arguments[0]", "2019-02-12");
		this.browser.find("#attestation-form button[type=submit]").click();
		assertThat(this.browser.find("#attestations li").getText()).contains("مختار هجين");

		this.browser.find("#issue-attestation").click();
		this.browser.waitForUrl("/persons/attestations/");
		assertThat(this.browser.find("#attestation-name").getText()).isEqualTo("محمد بن أحمد الخلف");
		assertThat(this.browser.find("#attestation-level").getText()).isEqualTo("موثّقة");
		assertThat(qrWidth()).isPositive();
		Pdf printed = ((PrintsPage) this.browser.driver()).print(new PrintOptions());
		assertThat(new String(Base64.getDecoder().decode(printed.getContent()), 0, 5, StandardCharsets.US_ASCII))
			.isEqualTo("%PDF-");
		assertThat(this.browser.consoleProblems()).isEmpty();

		String file = fetch(this.browser.find("#attestation-file").getAttribute("href"));
		String pem = fetch("/persons/attestations/public-key");
		Path signed = Files.writeString(this.folder.resolve("attestation.json"), file);
		Path key = Files.writeString(this.folder.resolve("public.pem"), pem);
		ConsoleRun valid = ConsoleRun.of("verify", signed.toString(), "--key-file", key.toString(), "--data",
				this.folder.resolve("data").toString());
		assertThat(valid.status()).isZero();
		assertThat(valid.out()).contains("VALID").contains("محمد بن أحمد الخلف");

		Path tampered = Files.writeString(this.folder.resolve("tampered.json"), tamper(file));
		ConsoleRun refused = ConsoleRun.of("verify", tampered.toString(), "--key-file", key.toString(), "--data",
				this.folder.resolve("data").toString());
		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.out()).contains("INVALID");

		this.browser.open("/persons/verify");
		this.browser.find("#verify-text").sendKeys(tamper(file));
		this.browser.find("#verify-form button[type=submit]").click();
		assertThat(this.browser.find("#verify-result").getAttribute("class")).isEqualTo("refused");
	}

	private void member(int row, String name, String sex, String age, String relation) {
		List<WebElement> rows = this.browser.driver().findElements(By.cssSelector("tr.member"));
		WebElement member = rows.get(row);
		member.findElement(By.name("memberName")).sendKeys(name);
		new Select(member.findElement(By.name("memberSex"))).selectByValue(sex);
		member.findElement(By.name("memberAge")).sendKeys(age);
		new Select(member.findElement(By.name("memberRelation"))).selectByValue(relation);
	}

	/** The width of the QR image once it has loaded (at most 10 seconds). */
	private long qrWidth() throws InterruptedException {
		long width = 0;
		for (int i = 0; i < 50 && width == 0; i++) {
			width = (Long) this.browser.script(
					"const img = document.querySelector('img.qr');" + "return (img.complete) ? img.naturalWidth : 0;");
			Thread.sleep((width == 0) ? 200 : 0);
		}
		return width;
	}

	/** Fetches a page of the application with the browser's session, as text. */
	private String fetch(String url) {
		return (String) ((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeAsyncScript(
					"const done = arguments[arguments.length - 1];"
							+ "fetch(arguments[0]).then((r) => r.text()).then(done, (e) => done('failed: ' + e));",
					url);
	}

	/**
	 * The signed file with a letter put before the name in the payload, the signature
	 * kept.
	 */
	static String tamper(String file) {
		int start = file.indexOf(AttestationVerifier.PREFIX) + AttestationVerifier.PREFIX.length();
		int end = file.indexOf('.', start);
		String payload = new String(Base64.getUrlDecoder().decode(file.substring(start, end)), StandardCharsets.UTF_8);
		String forged = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("\"fullName\":\"", "\"fullName\":\"ال").getBytes(StandardCharsets.UTF_8));
		return file.substring(0, start) + forged + file.substring(end);
	}

}
