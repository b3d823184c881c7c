package org.marsad.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.marsad.security.RoleMatrix;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every {@code bulletins.} row of the role × action matrix in docs/SECURITY.md, through
 * the API, for every role and for an anonymous caller: an action is served exactly to the
 * roles the matrix names, and a refusal changes no bulletin. Each cell acts on a bulletin
 * made for it, so that an allowed cell never spoils the next.
 */
class BulletinRoleMatrixTests extends BulletinFixture {

	/**
	 * An account for every role but administrator, whose cells act as the bootstrap
	 * administrator: a second administrator in the shared context would let the tests of
	 * accounts demote the last one.
	 */
	@BeforeEach
	void accounts() {
		for (Role role : Role.values()) {
			if (role != Role.ADMIN) {
				TestAccounts.create(this.accounts, username(role), password(role), role);
			}
		}
	}

	@Test
	void everyBulletinsRowHasACheck() {
		List<String> rows = RoleMatrix.load().rows("bulletins.").stream().map(RoleMatrix.Row::key).toList();
		assertThat(rows).isNotEmpty();
		assertThat(checks().keySet()).containsExactlyInAnyOrderElementsOf(rows);
	}

	@TestFactory
	List<DynamicTest> everyCell() {
		Map<String, Check> checks = checks();
		return RoleMatrix.load().cells("bulletins.", (key, role, expected) -> cell(checks.get(key), role, expected));
	}

	private void cell(Check check, Role role, boolean expected) throws Exception {
		Action action = check.prepare();
		List<Long> before = state();
		int status = action.run(role);
		assertThat(status >= 200 && status < 300).as("status %s", status).isEqualTo(expected);
		if (!expected) {
			assertThat(status).isIn(401, 403);
			assertThat(state()).as("no bulletin changed").isEqualTo(before);
		}
	}

	private Map<String, Check> checks() {
		return Map.of("bulletins.compose", () -> (role) -> status(post("/api/bulletins"), draft("نصّ", "Text"), role),
				"bulletins.revise", this::revise, "bulletins.publish", () -> {
					String id = draftId();
					return (role) -> status(post("/api/bulletins/" + id + "/publish"), null, role);
				}, "bulletins.withdraw", () -> {
					String id = publishedBulletin();
					return (role) -> status(post("/api/bulletins/" + id + "/withdraw"),
							Map.of("reasonAr", "سُحبت لخطأ في رقم", "reasonEn", "Withdrawn for a wrong figure"), role);
				}, "bulletins.read", () -> {
					String id = draftId();
					return (role) -> status(get("/api/bulletins/" + id), null, role);
				});
	}

	private Action revise() throws Exception {
		String id = draftId();
		Map<String, Object> change = draft("نصّ مُعدَّل", "Revised text");
		change.put("version", 1);
		return (role) -> status(put("/api/bulletins/" + id), change, role);
	}

	private String draftId() throws Exception {
		return read(compose(draft("مسودة", "Draft"))).get("id").asString();
	}

	private int status(MockHttpServletRequestBuilder request, Object body, Role role) throws Exception {
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
		}
		return this.mvc.perform((role != null) ? request.with(as(role)) : request)
			.andReturn()
			.getResponse()
			.getStatus();
	}

	/**
	 * How many bulletins there are, the sum of their versions, how many published and
	 * withdrawn.
	 */
	private List<Long> state() {
		return this.jdbc
			.sql("SELECT COUNT(*), COALESCE(SUM(version), 0), COALESCE(SUM(CASE WHEN published THEN 1 ELSE 0 END), 0), "
					+ "COALESCE(SUM(CASE WHEN withdrawn THEN 1 ELSE 0 END), 0) FROM bulletin")
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	private static RequestPostProcessor as(Role role) {
		return (role == Role.ADMIN) ? httpBasic("admin", "admin-test-password")
				: httpBasic(username(role), password(role));
	}

	private static String username(Role role) {
		return "bulletin-" + role.name().toLowerCase();
	}

	private static String password(Role role) {
		return "password-of-bulletin-" + role.name().toLowerCase();
	}

	/**
	 * Makes the bulletin a cell acts on, as a coordinator, before the cell's role acts.
	 */
	@FunctionalInterface
	interface Check {

		Action prepare() throws Exception;

	}

	/** What a role does; answers the HTTP status. */
	@FunctionalInterface
	interface Action {

		int run(Role role) throws Exception;

	}

}
