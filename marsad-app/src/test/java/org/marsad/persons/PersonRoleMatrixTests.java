package org.marsad.persons;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.marsad.security.Role;
import org.marsad.security.RoleMatrix;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code persons.} row of the role × action matrix in docs/SECURITY.md, through the
 * API, for every role and for an anonymous caller: an action is served exactly to the
 * roles the matrix names, and a refusal changes no table of the registry.
 */
@ActiveProfiles("test")
class PersonRoleMatrixTests extends PersonsContract {

	private static Fixture fixture;

	@BeforeEach
	void fixture() throws Exception {
		if (fixture == null) {
			Map<String, Object> open = person("نادية بن سالم الحمد");
			open.put("confidentiality", "publishable");
			String publishable = createdId(open);
			String internal = createdId(person("نادية الداخلية"));
			JsonNode withCopy = read(
					this.mvc.perform(MockMvcRequestBuilders.multipart("/api/persons/" + publishable + "/copies")
						.file(new MockMultipartFile("file", "هوية.png", "image/png", EvidenceApiContract.PNG))
						.param("providedBy", "أختها")
						.with(as(Role.DOCUMENTER))));
			UUID figure = new FigureRows(this.jdbc).figure(new FigureRows(this.jdbc).event("publishable"), "person",
					"about", 20);
			Map<String, String> toCount = new HashMap<>();
			Map<String, String> toUncount = new HashMap<>();
			for (String caller : callers()) {
				toCount.put(caller, createdId(person("سعيد المعتقل " + caller)));
				toUncount.put(caller, createdId(person("سعاد المفرج عنها " + caller)));
				countIn(toUncount.get(caller), figure);
			}
			countIn(publishable, figure);
			countIn(internal, figure);
			fixture = new Fixture(publishable, internal, withCopy.get("copies").get(0).get("id").asString(),
					figure.toString(), toCount, toUncount);
		}
	}

	private void countIn(String person, UUID figure) throws Exception {
		json(MockMvcRequestBuilders.post("/api/persons/" + person + "/figures"), Role.DOCUMENTER,
				Map.of("figureId", figure.toString()));
	}

	/** The roles and the anonymous caller, each of which acts on a person of its own. */
	private static List<String> callers() {
		List<String> callers = new ArrayList<>();
		for (Role role : Role.values()) {
			callers.add(role.name());
		}
		callers.add("anonymous");
		return callers;
	}

	private static String caller(Role role) {
		return (role != null) ? role.name() : "anonymous";
	}

	@Test
	void everyPersonsRowHasACheck() {
		List<String> rows = RoleMatrix.load().rows("persons.").stream().map(RoleMatrix.Row::key).toList();
		assertThat(rows).isNotEmpty();
		assertThat(checks().keySet()).containsExactlyInAnyOrderElementsOf(rows);
	}

	@TestFactory
	List<DynamicTest> everyCell() {
		Map<String, Check> checks = checks();
		return RoleMatrix.load().cells("persons.", (key, role, expected) -> cell(checks.get(key), role, expected));
	}

	private void cell(Check check, Role role, boolean expected) throws Exception {
		String before = snapshot();
		int status = check.run(role);
		assertThat(status >= 200 && status < 300).as("status %s", status).isEqualTo(expected);
		if (!expected) {
			assertThat(status).isIn(401, 403, 404);
			assertThat(snapshot()).as("a refused action changes nothing").isEqualTo(before);
		}
	}

	private Map<String, Check> checks() {
		String unique = UUID.randomUUID().toString();
		return Map.ofEntries(Map.entry("persons.read", (role) -> served("/api/persons/" + fixture.publishable(), role)),
				Map.entry("persons.readInternal", (role) -> served("/api/persons/" + fixture.internal(), role)),
				Map.entry("persons.create",
						(role) -> json(MockMvcRequestBuilders.post("/api/persons"), role,
								Map.of("fullName", "رامي الحمد"))),
				Map.entry("persons.edit",
						(role) -> json(
								MockMvcRequestBuilders.post("/api/persons/" + fixture.publishable() + "/statuses"),
								role, Map.of("status", "missing", "on", "2019-01-20"))),
				Map.entry("persons.evidence",
						(role) -> json(
								MockMvcRequestBuilders.post("/api/persons/" + fixture.publishable() + "/attestations"),
								role,
								Map.of("voucherName", "جارها", "relation", "جار", "statement", "أعرفها", "attestedOn",
										"2019-01-21"))),
				Map.entry("persons.copies",
						(role) -> served("/api/persons/" + fixture.publishable() + "/copies/" + fixture.copy(), role)),
				Map.entry("persons.attest",
						(role) -> json(
								MockMvcRequestBuilders
									.post("/api/persons/" + fixture.publishable() + "/identity-attestations"),
								role, Map.of())),
				Map.entry("persons.verify",
						(role) -> status(MockMvcRequestBuilders.post("/api/persons/identity-attestations/verify")
							.contentType(MediaType.TEXT_PLAIN)
							.content("MARSAD1.e30.AA"), role)),
				Map.entry("persons.duplicates", (role) -> served("/api/persons/duplicates",
						role)),
				Map.entry(
						"persons.merge", (
								role) -> json(MockMvcRequestBuilders.post("/api/persons/duplicates/scan"), role, Map
									.of())),
				Map.entry("persons.pfifExport", (role) -> served("/api/persons/pfif",
						role)),
				Map.entry("persons.count",
						(role) -> json(
								MockMvcRequestBuilders
									.post("/api/persons/" + fixture.toCount().get(caller(role)) + "/figures"),
								role, Map.of("figureId", fixture.figure()))),
				Map.entry("persons.uncount",
						(role) -> status(MockMvcRequestBuilders.delete("/api/persons/"
								+ fixture.toUncount().get(caller(role)) + "/figures/" + fixture.figure()), role)),
				Map.entry(
						"persons.countedIn", (role) -> served("/api/persons/" + fixture.publishable() + "/figures",
								role)),
				Map.entry("persons.named", (role) -> served("/api/persons/named/" + fixture.figure(),
						role)),
				Map.entry(
						"persons.namedInternal", (role) -> holding("/api/persons/named/" + fixture.figure(), role,
								fixture.internal())),
				Map.entry(
						"persons.pfifImport", (
								role) -> status(
										MockMvcRequestBuilders.post("/api/persons/pfif")
											.contentType(MediaType.APPLICATION_XML)
											.content(
													(PfifApiContract.HEAD
															+ PfifApiContract.person(
																	"example.org/" + role + "-" + unique, "هالة", "")
															+ "</pfif:pfif>")
														.getBytes(StandardCharsets.UTF_8)),
										role)));
	}

	private int served(String path, Role role) throws Exception {
		return status(MockMvcRequestBuilders.get(path), role);
	}

	/**
	 * Served only if the answer holds the record: a role shown less counts as refused.
	 */
	private int holding(String path, Role role, String id) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(path);
		MvcResult result = this.mvc.perform((role != null) ? request.with(as(role)) : request).andReturn();
		int status = result.getResponse().getStatus();
		if (status == 200 && !result.getResponse().getContentAsString(StandardCharsets.UTF_8).contains(id)) {
			return 404;
		}
		return status;
	}

	private int json(MockHttpServletRequestBuilder request, Role role, Object body) throws Exception {
		return status(request.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8)), role);
	}

	private int status(MockHttpServletRequestBuilder request, Role role) throws Exception {
		MvcResult result = this.mvc.perform((role != null) ? request.with(as(role)) : request).andReturn();
		return result.getResponse().getStatus();
	}

	@FunctionalInterface
	interface Check {

		int run(Role role) throws Exception;

	}

	record Fixture(String publishable, String internal, String copy, String figure, Map<String, String> toCount,
			Map<String, String> toUncount) {
	}

}
