package org.marsad.intake;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.security.Role;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The source API and who sees protected contact details, written once and run on H2
 * ({@link SourceApiTests}) and PostgreSQL ({@link SourceApiPostgresIntegrationTests}).
 */
abstract class SourceApiContract extends IntakeContract {

	static final String CONTACT = "واتساب +963 944 123 456";

	ResultActions postSource(Role role, Map<String, ?> body) throws Exception {
		return this.mvc.perform(post("/api/sources").with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(body).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void recordsSourceWithLocation() throws Exception {
		postSource(Role.DOCUMENTER,
				Map.of("pseudonym", "أبو ٱلفداء", "kind", "medical", "reliability", "c", "notes", "ممرض في المشفى"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/sources/")))
			.andExpect(jsonPath("$.pseudonym").value("أبو ٱلفداء"))
			.andExpect(jsonPath("$.kind").value("medical"))
			.andExpect(jsonPath("$.reliability").value("C"));
	}

	@Test
	void defaultsToOtherKindAndUnjudgedReliability() throws Exception {
		postSource(Role.DOCUMENTER, Map.of("pseudonym", "الهدهد")).andExpect(jsonPath("$.kind").value("other"))
			.andExpect(jsonPath("$.reliability").value("F"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR" })
	void coordinatorsSeeContactDetails(Role role) throws Exception {
		String id = createSource("البلبل", CONTACT);
		this.mvc.perform(get("/api/sources/" + id).with(as(role))).andExpect(jsonPath("$.contact").value(CONTACT));
		this.mvc.perform(get("/api/sources?size=100").with(as(role)))
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].contact").value(CONTACT));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "ANALYST" })
	void othersNeverSeeContactDetails(Role role) throws Exception {
		String id = createSource("الحسون", CONTACT);
		assertThat(bodyOf(this.mvc.perform(get("/api/sources/" + id).with(as(role))).andExpect(status().isOk())))
			.doesNotContain(CONTACT);
		assertThat(bodyOf(this.mvc.perform(get("/api/sources?size=100").with(as(role))).andExpect(status().isOk())))
			.contains(id)
			.doesNotContain(CONTACT);
	}

	@Test
	void documenterDoesNotSeeTheContactDetailsItRecorded() throws Exception {
		String body = bodyOf(postSource(Role.DOCUMENTER, Map.of("pseudonym", "الكروان", "contact", CONTACT))
			.andExpect(status().isCreated()));
		assertThat(body).doesNotContain(CONTACT);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ANALYST", "VIEWER" })
	void readersCannotRecordSources(Role role) throws Exception {
		String before = snapshot();
		postSource(role, Map.of("pseudonym", "الصقر")).andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void refusesMissingPseudonym() throws Exception {
		refused(Map.of("pseudonym", "  ", "contact", CONTACT), "pseudonym");
	}

	@Test
	void refusesUnknownKind() throws Exception {
		refused(Map.of("pseudonym", "العقاب", "kind", "spy", "contact", CONTACT), "kind");
	}

	@Test
	void refusesUnknownReliability() throws Exception {
		refused(Map.of("pseudonym", "العقاب", "reliability", "G", "contact", CONTACT), "reliability");
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ADMIN", "COORDINATOR" })
	void coordinatorsRegradeSources(Role role) throws Exception {
		String id = createSource("اليمامة", CONTACT);
		grade(role, id, "a").andExpect(status().isOk()).andExpect(jsonPath("$.reliability").value("A"));
		this.mvc.perform(get("/api/sources/" + id).with(as(Role.ANALYST)))
			.andExpect(jsonPath("$.reliability").value("A"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "DOCUMENTER", "ANALYST", "VIEWER" })
	void othersCannotRegradeSources(Role role) throws Exception {
		String id = createSource("الشحرور", CONTACT);
		grade(role, id, "A").andExpect(status().isForbidden());
		this.mvc.perform(get("/api/sources/" + id).with(as(Role.ANALYST)))
			.andExpect(jsonPath("$.reliability").value("B"));
	}

	@Test
	void refusesAnUnknownGrade() throws Exception {
		String id = createSource("الزرزور", CONTACT);
		grade(Role.COORDINATOR, id, "G").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reliability"));
	}

	@Test
	void regradingAnUnknownSourceIsNotFound() throws Exception {
		grade(Role.COORDINATOR, UUID.randomUUID().toString(), "A").andExpect(status().isNotFound());
	}

	ResultActions grade(Role role, String id, String reliability) throws Exception {
		return this.mvc.perform(put("/api/sources/" + id + "/reliability").with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("reliability", reliability))));
	}

	@Test
	void unknownSourceIsNotFound() throws Exception {
		this.mvc.perform(get("/api/sources/" + UUID.randomUUID()).with(as(Role.ANALYST)))
			.andExpect(status().isNotFound());
	}

	@Test
	void viewersCannotListOrReadSources() throws Exception {
		String id = createSource("القبرة", CONTACT);
		assertThat(bodyOf(
				this.mvc.perform(get("/api/sources/" + id).with(as(Role.VIEWER))).andExpect(status().isForbidden())))
			.doesNotContain("القبرة");
		assertThat(bodyOf(
				this.mvc.perform(get("/api/sources?size=100").with(as(Role.VIEWER))).andExpect(status().isForbidden())))
			.doesNotContain("القبرة");
	}

	void refused(Map<String, ?> body, String field) throws Exception {
		String before = snapshot();
		MvcResult result = postSource(Role.COORDINATOR, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value(field))
			.andReturn();
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain(CONTACT);
		assertThat(snapshot()).isEqualTo(before);
	}

}
