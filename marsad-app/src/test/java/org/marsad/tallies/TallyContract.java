package org.marsad.tallies;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * What the tally contracts share: coded records written with SQL, one account per role
 * for the API, and assertions on intervals. Run on H2 and PostgreSQL by concrete
 * subclasses.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class TallyContract {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	Tallies tallies;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Accounts accounts;

	CodedFigures coded;

	@BeforeEach
	void prepare() {
		this.coded = new CodedFigures(this.jdbc, new PublishingInTransaction(this.publisher, this.transactions));
		for (Role role : Role.values()) {
			if (role != Role.ADMIN) {
				TestAccounts.create(this.accounts, username(role), password(role), role);
			}
		}
	}

	static RequestPostProcessor as(Role role) {
		return (role == Role.ADMIN) ? httpBasic("admin", "admin-test-password")
				: httpBasic(username(role), password(role));
	}

	static String username(Role role) {
		return "tally-" + role.name().toLowerCase();
	}

	static String password(Role role) {
		return "password-of-" + role.name().toLowerCase();
	}

	static void assertEstimate(Estimate estimate, String low, boolean lowExclusive, String best, String high,
			boolean highExclusive) {
		assertThat(estimate.low()).as("low").isEqualByComparingTo(low);
		assertThat(estimate.lowExclusive()).as("low exclusive").isEqualTo(lowExclusive);
		assertThat(estimate.best()).as("best").isEqualByComparingTo(best);
		if (high == null) {
			assertThat(estimate.high()).as("high").isNull();
		}
		else {
			assertThat(estimate.high()).as("high").isEqualByComparingTo(high);
		}
		assertThat(estimate.highExclusive()).as("high exclusive").isEqualTo(highExclusive);
	}

	static void assertExactly(Estimate estimate, long n) {
		assertEstimate(estimate, Long.toString(n), false, Long.toString(n), Long.toString(n), false);
		assertThat(estimate.exact()).isTrue();
		assertThat(estimate.best()).isEqualTo(BigDecimal.valueOf(n));
	}

	static TallyResult.Row row(TallyResult result, Dimension dimension, String key) {
		return breakdown(result, dimension).rows()
			.stream()
			.filter((r) -> r.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + key));
	}

	static TallyResult.Breakdown breakdown(TallyResult result, Dimension dimension) {
		return result.breakdowns()
			.stream()
			.filter((b) -> b.dimension() == dimension)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no breakdown " + dimension));
	}

}
