package org.marsad.intake;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Marking a report coded once its events are recorded.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportMarkingTests {

	@Autowired
	Reports reports;

	static <T> T as(Role role, Supplier<T> work) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(role.name().toLowerCase(), null,
				AuthorityUtils.createAuthorityList(role.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	UUID report() {
		return as(Role.DOCUMENTER,
				() -> this.reports
					.create(new NewReport("خرج نحو ٣٥٠٠ شخص من الباغوز", null, null, null, null, null, null, null),
							List.of())
					.id());
	}

	@Test
	void marksANewReportCoded() {
		UUID id = report();
		assertThat(as(Role.DOCUMENTER, () -> this.reports.markCoded(id))).isTrue();
		assertThat(as(Role.VIEWER, () -> this.reports.get(id)).status()).isEqualTo(ReportStatus.CODED);
	}

	@Test
	void aCodedReportStaysCoded() {
		UUID id = report();
		as(Role.DOCUMENTER, () -> this.reports.markCoded(id));
		assertThat(as(Role.COORDINATOR, () -> this.reports.markCoded(id))).isFalse();
		assertThat(as(Role.VIEWER, () -> this.reports.get(id)).status()).isEqualTo(ReportStatus.CODED);
	}

	@Test
	void anUnknownReportIsRefused() {
		assertThatExceptionOfType(UnknownRecord.class)
			.isThrownBy(() -> as(Role.DOCUMENTER, () -> this.reports.markCoded(UUID.randomUUID())));
	}

	@Test
	void readersCannotMarkReports() {
		UUID id = report();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as(Role.ANALYST, () -> this.reports.markCoded(id)));
		assertThat(as(Role.VIEWER, () -> this.reports.get(id)).status()).isEqualTo(ReportStatus.NEW);
	}

}
