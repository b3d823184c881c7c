package org.marsad.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.marsad.security.Role;
import org.marsad.security.RoleMatrix;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code imports.} row of the role × action matrix in docs/SECURITY.md, through the
 * API, for every role and for an anonymous caller: an action is served exactly to the
 * roles the matrix names, and a refusal stores no sheet, job or event.
 */
@ActiveProfiles("test")
class ImportRoleMatrixTests extends ImportContract {

	private static final String SHEET = HEADER + "E1,displacement,2019-01-30,الباغوز,قسد,120,person,exited,IQ\n";

	private static String sheet;

	private static final Deque<String> uncommitted = new ArrayDeque<>();

	@BeforeEach
	void fixture() throws Exception {
		if (sheet == null) {
			sheet = sheetId(SHEET);
			for (int i = 0; i <= Role.values().length; i++) {
				uncommitted.add(sheetId(SHEET));
			}
		}
	}

	@Test
	void everyImportsRowHasACheck() {
		List<String> rows = RoleMatrix.load().rows("imports.").stream().map(RoleMatrix.Row::key).toList();
		assertThat(rows).isNotEmpty();
		assertThat(checks().keySet()).containsExactlyInAnyOrderElementsOf(rows);
	}

	@TestFactory
	List<DynamicTest> everyCell() {
		Map<String, Check> checks = checks();
		return RoleMatrix.load().cells("imports.", (key, role, expected) -> cell(checks.get(key), role, expected));
	}

	private void cell(Check check, Role role, boolean expected) throws Exception {
		long sheets = rows("import_sheet");
		long jobs = rows("import_job");
		long events = rows("event");
		int status = check.run(role);
		assertThat(status >= 200 && status < 300).as("status %s", status).isEqualTo(expected);
		if (!expected) {
			assertThat(status).isIn(401, 403);
			assertThat(rows("import_sheet")).as("no sheet kept").isEqualTo(sheets);
			assertThat(rows("import_job")).as("no job started").isEqualTo(jobs);
			assertThat(rows("event")).as("no event created").isEqualTo(events);
		}
	}

	private Map<String, Check> checks() {
		return Map.of("imports.upload", (role) -> upload(role), "imports.read",
				(role) -> status(MockMvcRequestBuilders.get("/api/imports/" + sheet), role), "imports.check",
				(role) -> mapped(MockMvcRequestBuilders.post("/api/imports/" + sheet + "/check"), role),
				"imports.commit", (role) -> commit(role));
	}

	private int upload(Role role) throws Exception {
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart("/api/imports")
			.file(new MockMultipartFile("file", "أحداث.csv", "text/csv", SHEET.getBytes(StandardCharsets.UTF_8)));
		return this.mvc.perform((role != null) ? request.with(as(role)) : request)
			.andReturn()
			.getResponse()
			.getStatus();
	}

	/**
	 * Commits a sheet of its own and, when served, waits for the job so that it ends
	 * before the next cell.
	 */
	private int commit(Role role) throws Exception {
		MvcResult result = this.mvc
			.perform(withRole(MockMvcRequestBuilders.post("/api/imports/" + uncommitted.pop() + "/commit")
				.contentType(MediaType.APPLICATION_JSON)
				.content(mapping()), role))
			.andReturn();
		int status = result.getResponse().getStatus();
		if (status == 202) {
			String job = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.get("id")
				.asString();
			waitFor(job);
		}
		return status;
	}

	private static MockHttpServletRequestBuilder withRole(MockHttpServletRequestBuilder request, Role role) {
		return (role != null) ? request.with(as(role)) : request;
	}

	private int mapped(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return status(request.contentType(MediaType.APPLICATION_JSON).content(mapping()), role);
	}

	private int status(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return this.mvc.perform((role != null) ? request.with(as(role)) : request)
			.andReturn()
			.getResponse()
			.getStatus();
	}

	@FunctionalInterface
	interface Check {

		int run(Role role) throws Exception;

	}

}
