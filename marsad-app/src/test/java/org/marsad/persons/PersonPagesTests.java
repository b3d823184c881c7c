package org.marsad.persons;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import org.marsad.web.PageSupport;
import tools.jackson.databind.JsonNode;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person pages render in Arabic and English, follow the page rules (no inline script,
 * handler or style), show text as text, never a document number, and hide internal
 * persons from viewers.
 */
@ActiveProfiles("test")
class PersonPagesTests extends PersonsContract {

	String page(String path, Role role) throws Exception {
		String html = PageSupport
			.html(this.mvc.perform(MockMvcRequestBuilders.get(path).with(PageSupport.signedIn(role)))
				.andExpect(status().isOk()));
		PageSupport.assertFollowsPageRules(html);
		return html;
	}

	String personWithEvidence(String fullName) throws Exception {
		String id = createdId(person(fullName));
		post("/api/persons/" + id + "/statuses", Role.DOCUMENTER, Map.of("status", "detained", "on", "2019-02-10",
				"actorId", "test-sdf", "note", "<img src=x onerror=alert(1)>"));
		post("/api/persons/" + id + "/documents", Role.DOCUMENTER,
				Map.of("type", "national_id", "number", EvidenceApiContract.NUMBER, "state", "lost"));
		this.mvc.perform(MockMvcRequestBuilders.multipart("/api/persons/" + id + "/copies")
			.file(new MockMultipartFile("file", "<b>نسخة</b>.png", "image/png", EvidenceApiContract.PNG))
			.param("providedBy", "أخوه")
			.with(as(Role.DOCUMENTER)));
		post("/api/persons/" + id + "/attestations", Role.DOCUMENTER, Map.of("voucherName", "مختار هجين", "relation",
				"مختار", "statement", "أعرفه", "attestedOn", "2019-02-12"));
		return id;
	}

	@Test
	void thePersonPageShowsTheEvidenceRightToLeftWithTextAsText() throws Exception {
		String id = personWithEvidence("<script>alert(1)</script> أحمد الخلف");
		String html = page("/persons/" + id, Role.COORDINATOR);
		assertThat(html).contains("dir=\"rtl\"")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; أحمد الخلف")
			.doesNotContain("<script>alert(1)")
			.doesNotContain("<img src=x")
			.contains("•••••••••46")
			.doesNotContain(EvidenceApiContract.NUMBER)
			.contains("موثّقة")
			.contains("issue-attestation");
		assertThat(page("/persons/" + id + "?lang=en", Role.ANALYST)).contains("Identity assessment")
			.doesNotContain("issue-attestation");
	}

	@Test
	void viewersNeitherSeeInternalPersonsNorCopies() throws Exception {
		String internal = createdId(person("سعاد الداخلية"));
		this.mvc.perform(MockMvcRequestBuilders.get("/persons/" + internal).with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isNotFound());
		Map<String, Object> open = person("سعاد المنشورة");
		open.put("confidentiality", "publishable");
		String id = createdId(open);
		this.mvc.perform(MockMvcRequestBuilders.multipart("/api/persons/" + id + "/copies")
			.file(new MockMultipartFile("file", "هوية.png", "image/png", EvidenceApiContract.PNG))
			.param("providedBy", "أختها")
			.with(as(Role.DOCUMENTER)));
		assertThat(page("/persons/" + id, Role.VIEWER)).contains("سعاد المنشورة").doesNotContain("هوية.png");
	}

	@Test
	void theFamilyFormRegistersMembersWithArabicIndicAges() throws Exception {
		page("/persons/households/new", Role.DOCUMENTER);
		String location = this.mvc
			.perform(MockMvcRequestBuilders.post("/persons/households")
				.with(PageSupport.signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("name", "عائلة الحسين")
				.param("nationality", "SY")
				.param("originPlaceId", "")
				.param("confidentiality", "internal")
				.param("memberName", "حسين الحسين", "زينب الحسين", "")
				.param("memberLatin", "Husayn al-Husayn", "", "")
				.param("memberSex", "male", "female", "")
				.param("memberAge", "٥٠", "٤٨", "")
				.param("memberRelation", "head", "spouse", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String html = page(location, Role.ANALYST);
		assertThat(html).contains("حسين الحسين").contains("زينب الحسين");
	}

	@Test
	void aRefusedFamilyShowsTheFormAgainWithTheProblem() throws Exception {
		String before = snapshot();
		this.mvc
			.perform(MockMvcRequestBuilders.post("/persons/households")
				.with(PageSupport.signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("name", "عائلة")
				.param("memberName", "علي")
				.param("memberAge", "مئتان")
				.param("memberSex", "")
				.param("memberLatin", "")
				.param("memberRelation", ""))
			.andExpect(status().isBadRequest());
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void thePrintableAttestationCarriesTheTokenAndTheVerifyPageRefusesATamperedOne() throws Exception {
		String id = personWithEvidence("فاطمة الخلف");
		JsonNode issued = read(post("/api/persons/" + id + "/identity-attestations", Role.COORDINATOR, Map.of()));
		String token = issued.get("token").asString();
		String html = page("/persons/attestations/" + issued.get("id").asString(), Role.COORDINATOR);
		assertThat(html).contains(token).contains("qr.png").contains("فاطمة الخلف");
		this.mvc
			.perform(MockMvcRequestBuilders.get("/persons/attestations/" + issued.get("id").asString() + "/qr.png")
				.with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isNotFound());
		String verified = PageSupport.html(this.mvc
			.perform(MockMvcRequestBuilders.post("/persons/verify")
				.with(PageSupport.signedIn(Role.VIEWER))
				.with(csrf())
				.param("text", PersonBrowserIntegrationTests.tamper("{\"token\":\"" + token + "\"}")))
			.andExpect(status().isOk()));
		assertThat(verified).contains("class=\"refused\"");
	}

	@Test
	void theReviewQueueShowsPairsSideBySide() throws Exception {
		String first = createdId(DuplicateApiContract.khalaf("سالم بن محمود العلي", "Salim Mahmud al-Ali", 1985));
		createdId(DuplicateApiContract.khalaf("سالم محمود العلي", "Salem Mahmoud al-Ali", 1986));
		post("/api/persons/duplicates/scan", Role.COORDINATOR, Map.of());
		page("/persons/duplicates", Role.ANALYST);
		String pair = get("/api/persons/" + first + "/duplicates", Role.ANALYST).get(0).get("id").asString();
		assertThat(page("/persons/duplicates/" + pair, Role.COORDINATOR)).contains("merge-form")
			.contains("سالم محمود العلي");
		assertThat(page("/persons/" + first, Role.COORDINATOR)).contains("/persons/duplicates/" + pair);
	}

	@Test
	void theNewPersonFormAndItsWarningRender() throws Exception {
		page("/persons/new", Role.DOCUMENTER);
		createdId(DuplicateApiContract.khalaf("مريم بنت خالد الشيخ", "Maryam Khalid al-Shaykh", 1992));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(PageSupport.html(
					this.mvc
						.perform(MockMvcRequestBuilders.post("/persons/similar")
							.with(PageSupport.signedIn(Role.DOCUMENTER))
							.with(csrf())
							.param("fullName", "مريم خالد الشيخ")
							.param("birthYear", "١٩٩٢")
							.param("sex", "female"))
						.andExpect(status().isOk())))
				.contains("مريم بنت خالد الشيخ"));
	}

}
