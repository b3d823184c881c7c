package org.marsad.security.internal;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.PageSession;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes to an account reach its open sessions at once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountSessionsTests {

	private static final String PASSWORD = "مفتاحُ البيت القديم 88";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void disablingAnAccountEndsItsOpenSession() throws Exception {
		PageSession session = openSession("session.disabled");
		TestAccounts.asAdmin(() -> this.accounts.setEnabled("session.disabled", false));
		assertEndedSession(session.get("/"));
	}

	@Test
	void changingTheRoleEndsTheOpenSession() throws Exception {
		PageSession session = openSession("session.promoted");
		TestAccounts.asAdmin(() -> this.accounts.changeRole("session.promoted", Role.COORDINATOR));
		assertEndedSession(session.get("/"));
	}

	@Test
	void resettingThePasswordEndsTheOpenSession() throws Exception {
		PageSession session = openSession("session.reset");
		TestAccounts.asAdmin(() -> this.accounts.resetPassword("session.reset", "كلمةٌ جديدة تماماً 99"));
		assertEndedSession(session.get("/"));
	}

	@Test
	void otherAccountsKeepTheirSessions() throws Exception {
		PageSession admin = PageSession.logIn(this.port, "admin", "admin-test-password");
		openSession("session.other");
		TestAccounts.asAdmin(() -> this.accounts.setEnabled("session.other", false));
		assertThat(admin.get("/").statusCode()).isEqualTo(200);
	}

	private PageSession openSession(String username) throws Exception {
		TestAccounts.create(this.accounts, username, PASSWORD, Role.DOCUMENTER);
		PageSession session = PageSession.logIn(this.port, username, PASSWORD);
		assertThat(session.get("/").statusCode()).isEqualTo(200);
		return session;
	}

	private static void assertEndedSession(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?ended"));
	}

}
