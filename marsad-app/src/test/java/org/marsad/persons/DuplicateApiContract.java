package org.marsad.persons;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Possible duplicates through the API: found while entering, queued for review with the
 * evidence, merged by a coordinator keeping both records, and the merge undone. Run on H2
 * ({@link DuplicateApiTests}).
 */
abstract class DuplicateApiContract extends PersonsContract {

	static Map<String, Object> khalaf(String spelling, String latin, int birthYear) {
		Map<String, Object> person = person(spelling, "male", birthYear, null);
		person.put("latinNames", List.of(latin));
		person.put("birthPrecision", "about");
		return person;
	}

	@Test
	void warnsWhileEnteringThatThePersonMayBeRegisteredAlready() throws Exception {
		String registered = createdId(khalaf("محمد بن أحمد الخلف", "Mohammed Ahmad al-Khalaf", 1978));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(similar().findValuesAsString("id")).contains(registered));
		JsonNode similar = similar();
		assertThat(similar.get(0).get("evidence").findValuesAsString("field")).contains("given", "birth_year");
	}

	JsonNode similar() throws Exception {
		return read(post("/api/persons/similar", Role.DOCUMENTER,
				khalaf("محمّد أحمد الخلف", "Muhammad Ahmed al-Khalaf", 1979))
			.andExpect(status().isOk()));
	}

	@Test
	void aCoordinatorMergesAPairKeepingBothRecordsAndCanUndoIt() throws Exception {
		String first = createdId(khalaf("يوسف بن إبراهيم الحسن", "Yusuf Ibrahim al-Hasan", 1990));
		String second = createdId(khalaf("يوسف ابراهيم الحسن", "Youssef Ibrahim al-Hassan", 1991));
		read(post("/api/persons/duplicates/scan", Role.COORDINATOR, Map.of()).andExpect(status().isOk()));
		assertThat(get("/api/persons/duplicates", Role.ANALYST).isArray()).isTrue();
		JsonNode pair = null;
		for (JsonNode candidate : get("/api/persons/" + first + "/duplicates", Role.ANALYST)) {
			List<String> ids = List.of(candidate.get("left").get("id").asString(),
					candidate.get("right").get("id").asString());
			if (ids.contains(second)) {
				pair = candidate;
			}
		}
		assertThat(pair).as("the pair is queued").isNotNull();
		String pairId = pair.get("id").asString();
		post("/api/persons/duplicates/" + pairId + "/merge", Role.DOCUMENTER,
				Map.of("keep", first, "reason", "نفس الشخص"))
			.andExpect(status().isForbidden());
		post("/api/persons/duplicates/" + pairId + "/merge", Role.COORDINATOR, Map.of("keep", first))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
		post("/api/persons/duplicates/" + pairId + "/merge", Role.COORDINATOR,
				Map.of("keep", first, "reason", "نفس الشخص: الأب والجد والبلدة"))
			.andExpect(status().isOk());
		JsonNode merged = get("/api/persons/" + second, Role.ANALYST);
		assertThat(merged.get("mergedInto").asString()).isEqualTo(first);
		assertThat(get("/api/persons?name=يوسف", Role.ANALYST).get("items").findValuesAsString("id")).contains(first)
			.doesNotContain(second);
		post("/api/persons/" + second + "/unmerge", Role.COORDINATOR, Map.of("reason", "الأب مختلف بعد التحقق"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mergedInto").doesNotExist());
		assertThat(get("/api/persons/" + second + "/history", Role.ANALYST).findValuesAsString("action"))
			.contains("merged", "unmerged");
	}

}
