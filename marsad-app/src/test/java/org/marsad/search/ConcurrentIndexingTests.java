package org.marsad.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.marsad.intake.NewReport;
import org.marsad.intake.Report;
import org.marsad.intake.Reports;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reports stored by more concurrent requests than the pool has connections are all stored
 * and all indexed: indexing must not need a second connection while a request still holds
 * its first.
 */
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=2000" })
@ActiveProfiles("test")
class ConcurrentIndexingTests {

	private static final int REPORTS = 8;

	@Autowired
	Reports reports;

	@Autowired
	Search search;

	@Test
	void indexesEveryReportStoredConcurrently() throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(REPORTS);
		try {
			List<Future<Report>> stored = new ArrayList<>();
			for (int i = 0; i < REPORTS; i++) {
				String text = "نزحت " + (100 + i) + " عائلة من بلدة الباغوز باتجاه مخيم الهول";
				stored.add(clients.submit(() -> asDocumenter(() -> this.reports
					.create(new NewReport(text, null, "ar", "message", null, null, null, "3"), List.of()))));
			}
			for (Future<Report> report : stored) {
				assertThat(report.get().id()).isNotNull();
			}
		}
		finally {
			clients.shutdown();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> this.search.count() == REPORTS);
	}

	private static <T> T asDocumenter(Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("documenter", null,
				AuthorityUtils.createAuthorityList(Role.DOCUMENTER.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
