package org.marsad.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Real incident summaries from the Syrian Archive (GPL-3.0, read from
 * {@code shared/data/reports/syrian-archive}, never copied into the repository) go in
 * through the API and come back byte for byte, in the language they are written in.
 */
@ActiveProfiles("test")
class SyrianArchiveReportsTests extends IntakeContract {

	static final String INCIDENTS = "reports/syrian-archive/incidents.json";

	static Path sharedData() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	static List<Map<String, String>> summaries() throws Exception {
		Path data = sharedData();
		assumeTrue(data != null && Files.isRegularFile(data.resolve(INCIDENTS)),
				"shared/data/" + INCIDENTS + " is not available; skipping the real-data round trip");
		List<Map<String, String>> summaries = new ArrayList<>();
		for (JsonNode incident : JSON.readTree(Files.readString(data.resolve(INCIDENTS), StandardCharsets.UTF_8))) {
			for (String language : List.of("ar", "en")) {
				String text = incident.path("summary_" + language).asString("");
				if (!text.isBlank()) {
					Map<String, String> report = new LinkedHashMap<>();
					report.put("text", text);
					report.put("title", incident.path("title_" + language).asString(""));
					report.put("publishedAt", incident.path("incident_date").asString(""));
					report.put("expectedLanguage", language);
					summaries.add(report);
				}
			}
		}
		return summaries;
	}

	JsonNode roundTrip(Map<String, String> summary) throws Exception {
		Map<String, String> body = new LinkedHashMap<>(summary);
		body.remove("expectedLanguage");
		MvcResult created = this.mvc
			.perform(post("/api/reports").with(user("archivist").roles(Role.DOCUMENTER.name()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(toJson(body).getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andReturn();
		return read(
				this.mvc.perform(get(created.getResponse().getHeader("Location")).with(user("reader").roles("VIEWER")))
					.andExpect(status().isOk())
					.andReturn());
	}

	@Test
	void keepsEverySummaryByteForByte() throws Exception {
		List<Map<String, String>> summaries = summaries();
		assertThat(summaries).hasSizeGreaterThan(100);
		for (Map<String, String> summary : summaries) {
			byte[] stored = roundTrip(summary).get("text").asString().getBytes(StandardCharsets.UTF_8);
			assertThat(stored).isEqualTo(summary.get("text").getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void detectsTheLanguageOfEverySummary() throws Exception {
		for (Map<String, String> summary : summaries()) {
			assertThat(roundTrip(summary).get("language").asString()).as(summary.get("text"))
				.isEqualTo(summary.get("expectedLanguage"));
		}
	}

}
