package org.marsad.tallies;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.BrowserSupport;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst opens the tally of the DESIGN bulletin in a real browser: the charts are
 * drawn by the library served with the application, under the page's
 * Content-Security-Policy, with nothing reported on the console.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TallyBrowserIntegrationTests {

	private static final String ANALYST = "browser.analyst";

	private static final String PASSWORD = "مرصد الباغوز ٢٠١٩ كانون";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

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
	void drawsTheRunningTotalAndItsIncreaseRightToLeft() {
		DesignExample example = new DesignExample(
				new CodedFigures(this.jdbc, new PublishingInTransaction(this.publisher, this.transactions)))
			.bulletin()
			.dailyBatches();
		UUID[] id = new UUID[1];
		TestAccounts.asAdmin(() -> id[0] = this.tallies.define(example.exits("nationality", "day")).id());
		TestAccounts.create(this.accounts, ANALYST, PASSWORD, Role.ANALYST);
		this.browser = BrowserSupport.start(this.port);
		this.browser.logIn(ANALYST, PASSWORD);
		this.browser.open("/tallies/" + id[0] + "?asOf=2019-02-03");
		this.browser.find("[data-chart=cumulative] canvas");
		this.browser.find("[data-chart=increase] canvas");
		assertThat(this.browser.pageDirection()).isEqualTo("rtl");
		assertThat(this.browser.find(".big-number .best").getText()).isEqualTo("٣٨٬٩٥٠");
		this.browser.screenshot("tally");
		assertThat(this.browser.consoleProblems()).isEmpty();
	}

}
