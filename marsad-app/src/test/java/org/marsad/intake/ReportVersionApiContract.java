package org.marsad.intake;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Corrections: new versions that keep every earlier text. Written once, run on H2
 * ({@link ReportVersionApiTests}) and PostgreSQL
 * ({@link ReportVersionApiPostgresIntegrationTests}).
 */
abstract class ReportVersionApiContract extends IntakeContract {

	@Test
	void correctionKeepsTheOldText() throws Exception {
		String id = created(Map.of("text", "خروج ٣٥٠٠ شخص", "title", "خروج")).get("id").asString();
		this.mvc
			.perform(post("/api/reports/" + id + "/versions").with(as(Role.DOCUMENTER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("text", "خروج ٣٦٢٥٠ شخصاً")).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/reports/" + id + "/versions/2"));
		this.mvc.perform(get("/api/reports/" + id).with(as(Role.VIEWER)))
			.andExpect(jsonPath("$.text").value("خروج ٣٦٢٥٠ شخصاً"))
			.andExpect(jsonPath("$.title").value("خروج"))
			.andExpect(jsonPath("$.versions.length()").value(2));
		this.mvc.perform(get("/api/reports/" + id + "/versions/1").with(as(Role.VIEWER)))
			.andExpect(jsonPath("$.text").value("خروج ٣٥٠٠ شخص"));
	}

	@Test
	void refusesAnEmptyCorrection() throws Exception {
		String id = created(Map.of("text", "خروج ٣٥٠٠ شخص")).get("id").asString();
		String before = snapshot();
		correct(Role.DOCUMENTER, id, " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void readersCannotCorrectReports() throws Exception {
		String id = created(Map.of("text", "خروج ٣٥٠٠ شخص")).get("id").asString();
		String before = snapshot();
		correct(Role.ANALYST, id, "خروج ٤٠٠٠ شخص").andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	ResultActions correct(Role role, String id, String text) throws Exception {
		return this.mvc.perform(post("/api/reports/" + id + "/versions").with(as(role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(toJson(Map.of("text", text)).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void refusesCorrectionOfUnknownReport() throws Exception {
		this.mvc
			.perform(post("/api/reports/" + UUID.randomUUID() + "/versions").with(as(Role.DOCUMENTER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(Map.of("text", "نص"))))
			.andExpect(status().isNotFound());
	}

}
