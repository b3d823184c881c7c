package org.marsad.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in and switching language in a real browser: the Arabic dashboard runs
 * right-to-left, the English one left-to-right, and the choice sticks.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginBrowserIntegrationTests {

	@LocalServerPort
	int port;

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
	void logsInToArabicDashboardRightToLeftAndSwitchesToEnglish() {
		this.browser.open("/login");
		assertThat(this.browser.find("h1").getText()).isEqualTo("تسجيل الدخول");
		this.browser.logIn("admin", "admin-test-password");

		assertThat(this.browser.find("h1").getText()).isEqualTo("لوحة المتابعة");
		assertThat(this.browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ar");
		assertThat(this.browser.pageDirection()).isEqualTo("rtl");
		this.browser.screenshot("dashboard-ar");

		this.browser.find("#language-switch").click();
		this.browser.waitForUrl("lang=en");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Dashboard");
		assertThat(this.browser.pageDirection()).isEqualTo("ltr");

		this.browser.open("/account/password");
		assertThat(this.browser.find("h1").getText()).isEqualTo("Change your password");
		assertThat(this.browser.pageDirection()).isEqualTo("ltr");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

	@Test
	void adminCreatesAccountInArabicPagesAndItCanLogIn() {
		this.browser.logIn("admin", "admin-test-password");
		this.browser.find("nav a[href='/admin/accounts']").click();
		this.browser.find("#new-account").click();
		this.browser.find("#username").sendKeys("Huda.Salem");
		this.browser.find("#displayName").sendKeys("هدى سالم");
		this.browser.find("#password").sendKeys("وردةٌ في دمشق ٢٠٢٦");
		new Select(this.browser.find("#role")).selectByValue("COORDINATOR");
		this.browser.find("main form button[type=submit]").click();

		assertThat(this.browser.find("p.notice").getText()).isEqualTo("أُنشئ الحساب huda.salem.");
		assertThat(this.browser.find("#account-huda\\.salem").getText()).contains("هدى سالم", "منسّق", "مفعّل");
		this.browser.screenshot("accounts-ar");
		this.browser.find("#account-huda\\.salem a").click();
		assertThat(new Select(this.browser.find("#role")).getFirstSelectedOption().getText()).isEqualTo("منسّق");
		this.browser.screenshot("account-edit-ar");

		this.browser.find("#logout").click();
		this.browser.waitForUrl("/login?logout");
		this.browser.logIn("huda.salem", "وردةٌ في دمشق ٢٠٢٦");
		assertThat(this.browser.find(".who").getText()).isEqualTo("huda.salem");
		assertThat(this.browser.driver().findElements(By.cssSelector("nav a[href='/admin/accounts']"))).isEmpty();
	}

	@Test
	void wrongPasswordStaysOnArabicLoginPageWithMessage() {
		this.browser.open("/login");
		this.browser.find("#username").sendKeys("admin");
		this.browser.find("#password").sendKeys("كلمة خاطئة تماماً");
		this.browser.find("main form button[type=submit]").click();
		this.browser.waitForUrl("error");
		assertThat(this.browser.find("p.error").getText()).isEqualTo("اسم المستخدم أو كلمة المرور غير صحيحة.");
	}

	@Test
	void logoutReturnsToLoginPage() {
		this.browser.logIn("admin", "admin-test-password");
		this.browser.find("#logout").click();
		this.browser.waitForUrl("/login?logout");
		assertThat(this.browser.find("p.notice").getText()).isEqualTo("تم تسجيل خروجك.");
	}

}
