package org.marsad.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class ViewerTests {

	@Test
	void readsRolesFromAuthorities() {
		assertThat(Viewer.ofAuthorities(List.of("ROLE_ANALYST", "FACTOR_PASSWORD")).roles())
			.containsExactly(Role.ANALYST);
	}

	@Test
	void letsDocumenterSeeSources() {
		assertThat(Viewer.of(Role.DOCUMENTER).seesSources()).isTrue();
	}

	@Test
	void keepsSourcesFromViewer() {
		assertThat(Viewer.of(Role.VIEWER).seesSources()).isFalse();
	}

	@Test
	void letsNobodyWithoutRoleRead() {
		assertThat(Viewer.ofAuthorities(List.of("ROLE_ANONYMOUS")).mayRead()).isFalse();
	}

}
