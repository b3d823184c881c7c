package org.marsad.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class AccountsTests {

	private static final String PASSWORD = "صباحُ الخيرِ يا مرصد 2026";

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminCreatesAccountWithCanonicalUsername() {
		AccountSummary created = this.accounts
			.create(new NewAccount("  Layla.Haddad ", "ليلى حداد", PASSWORD, Role.DOCUMENTER));
		assertThat(created.username()).isEqualTo("layla.haddad");
		assertThat(created.displayName()).isEqualTo("ليلى حداد");
		assertThat(this.accounts.find("LAYLA.HADDAD")).get()
			.extracting(AccountSummary::username, AccountSummary::role)
			.containsExactly("layla.haddad", Role.DOCUMENTER);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void existsWhateverTheCase() {
		this.accounts.create("exists.check", PASSWORD, Role.VIEWER);
		assertThat(this.accounts.exists("Exists.Check")).isTrue();
		assertThat(this.accounts.exists("exists.other")).isFalse();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void storesPasswordOnlyAsBcryptHash() {
		this.accounts.create("hashed.one", PASSWORD, Role.ANALYST);
		String hash = this.jdbc.sql("SELECT password_hash FROM account WHERE username = 'hashed.one'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void neverLogsThePassword(CapturedOutput output) {
		this.accounts.create("logged.one", PASSWORD, Role.ANALYST);
		assertThat(output).contains("logged.one").doesNotContain(PASSWORD);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void refusesTakenUsername() {
		this.accounts.create("taken.name", PASSWORD, Role.VIEWER);
		assertThatExceptionOfType(AccountRejected.class)
			.isThrownBy(() -> this.accounts.create("Taken.Name", PASSWORD, Role.VIEWER))
			.satisfies((rejected) -> assertThat(rejected.problems())
				.containsExactly(new AccountProblem("username", "account.username.taken")));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void rejectionNamesEveryBrokenFieldButNoValue() {
		assertThatExceptionOfType(AccountRejected.class)
			.isThrownBy(() -> this.accounts.create(new NewAccount("ليلى", null, "قصيرة", null)))
			.satisfies((rejected) -> {
				assertThat(rejected.problems()).extracting(AccountProblem::field)
					.containsExactly("username", "password", "role");
				assertThat(rejected.getMessage()).doesNotContain("قصيرة");
			});
	}

	@Test
	@WithMockUser(username = "documenter", roles = "DOCUMENTER")
	void onlyAdminsCreateAccounts() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.accounts.create("sneaky", PASSWORD, Role.ADMIN));
	}

	@Test
	@WithMockUser(username = "coordinator", roles = "COORDINATOR")
	void onlyAdminsListAccounts() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.accounts.list());
	}

	@Test
	void nobodyLoggedInCannotCreateAccounts() {
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.accounts.create("anonymous", PASSWORD, Role.ADMIN));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void changesRoleAndDisables() {
		this.accounts.create("changing", PASSWORD, Role.VIEWER);
		assertThat(this.accounts.changeRole("changing", Role.COORDINATOR).role()).isEqualTo(Role.COORDINATOR);
		assertThat(this.accounts.setEnabled("changing", false).enabled()).isFalse();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void keepsTheLastEnabledAdministrator() {
		assertThatExceptionOfType(AccountRejected.class)
			.isThrownBy(() -> this.accounts.changeRole("admin", Role.VIEWER))
			.satisfies((rejected) -> assertThat(rejected.problems())
				.containsExactly(new AccountProblem("role", "account.lastAdmin")));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void administratorCannotDisableOwnAccount() {
		assertThatExceptionOfType(AccountRejected.class).isThrownBy(() -> this.accounts.setEnabled("admin", false))
			.satisfies((rejected) -> assertThat(rejected.problems())
				.containsExactly(new AccountProblem("enabled", "account.enabled.self")));
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void unknownUsernameIsNotFound() {
		assertThatExceptionOfType(AccountNotFound.class)
			.isThrownBy(() -> this.accounts.changeRole("nobody.here", Role.VIEWER));
	}

}
