package org.marsad.publishing;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.marsad.web.PageSupport.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Withdrawing a published bulletin: a signed notice with reasons in both languages, shown
 * to the public instead of the bulletin, which the team still reads as it was published.
 */
class BulletinWithdrawalTests extends BulletinFixture {

	private static final String REASON_AR = "سُحبت النشرة لأنّ أحد الأرقام نُسب خطأً إلى مخيّم الهول، وستصدر نشرة مصحّحة.";

	private static final String REASON_EN = "Withdrawn: one figure was wrongly attributed to al-Hol camp; a corrected "
			+ "bulletin follows.";

	@Test
	void aWithdrawalIsANoticeSignedWithTheBulletinsKeyThatNamesItsSignature() throws Exception {
		String id = publishedBulletin();
		String bulletinSignature = read(this.mvc.perform(get("/api/bulletins/" + id).with(COORDINATOR)))
			.get("signature")
			.asString();
		withdraw(id, REASON_AR, REASON_EN, COORDINATOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.withdrawal.reasonAr").value(REASON_AR));
		JsonNode notice = read(
				this.mvc.perform(get("/public/bulletins/" + id + "/signature")).andExpect(status().isOk()));
		String text = notice.get("signedText").asString();
		assertThat(text).startsWith("marsad-bulletin-withdrawal-1\n" + id + "\n")
			.contains(bulletinSignature)
			.contains(REASON_AR)
			.contains(REASON_EN)
			.doesNotContain("سبعة أشخاص");
		assertThat(verifies(notice.get("publicKey").asString(), text, notice.get("signature").asString())).isTrue();
		assertThat(verifies(notice.get("publicKey").asString(), text.replace("الهول", "الحول"),
				notice.get("signature").asString()))
			.isFalse();
	}

	@Test
	void thePublicSeesTheNoticeInsteadOfTheBulletin() throws Exception {
		String id = publishedBulletin();
		withdraw(id, REASON_AR, REASON_EN, COORDINATOR).andExpect(status().isOk());
		Document page = Jsoup.parse(this.mvc.perform(get("/public/bulletins/" + id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#withdrawal-reason-ar").text()).isEqualTo(REASON_AR);
		assertThat(page.select("#withdrawal-reason-ar").attr("dir")).isEqualTo("rtl");
		assertThat(page.select("#withdrawal-reason-en").text()).isEqualTo(REASON_EN);
		assertThat(page.text()).doesNotContain("سبعة أشخاص").doesNotContain("people were killed");
		assertThat(page.select("#bulletin-pdf, main svg")).isEmpty();
	}

	@Test
	void theWithdrawnBulletinsPdfIsGone() throws Exception {
		String id = publishedBulletin();
		withdraw(id, REASON_AR, REASON_EN, COORDINATOR).andExpect(status().isOk());
		String answer = this.mvc.perform(get("/public/bulletins/" + id + "/pdf"))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("سُحبت هذه النشرة").doesNotContain("%PDF");
	}

	@Test
	void thePublicIndexMarksTheBulletinWithdrawn() throws Exception {
		String id = publishedBulletin();
		withdraw(id, REASON_AR, REASON_EN, COORDINATOR).andExpect(status().isOk());
		Document index = Jsoup.parse(this.mvc.perform(get("/public").header("Accept-Language", "ar"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Element item = index.select("#public-bulletins li")
			.stream()
			.filter((li) -> li.select("a").attr("href").endsWith(id))
			.findFirst()
			.orElseThrow();
		assertThat(item.select(".withdrawn").text()).isEqualTo("مسحوبة");
	}

	@Test
	void theTeamStillReadsWhatWasPublishedAndItsSignatureHolds() throws Exception {
		String id = publishedBulletin();
		withdraw(id, REASON_AR, REASON_EN, COORDINATOR).andExpect(status().isOk());
		this.mvc.perform(get("/api/bulletins/" + id).with(COORDINATOR))
			.andExpect(jsonPath("$.renderedAr[0]").value("قُتل سبعة أشخاص في دير الزّور."))
			.andExpect(jsonPath("$.published").value(true));
		this.mvc.perform(get("/api/bulletins/" + id + "/signature").with(COORDINATOR))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.signedText").value(containsString("قُتل سبعة أشخاص")));
	}

	@Test
	void aDraftIsNotWithdrawn() throws Exception {
		String id = read(compose(draft("مسودة", "Draft")).andExpect(status().isCreated())).get("id").asString();
		withdraw(id, REASON_AR, REASON_EN, COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
		assertThat(withdrawn(id)).isFalse();
	}

	@Test
	void aBulletinIsWithdrawnOnceAndItsFirstNoticeStands() throws Exception {
		String id = publishedBulletin();
		withdraw(id, REASON_AR, REASON_EN, COORDINATOR).andExpect(status().isOk());
		withdraw(id, "سبب آخر", "Another reason", COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
		this.mvc.perform(get("/api/bulletins/" + id).with(COORDINATOR))
			.andExpect(jsonPath("$.withdrawal.reasonEn").value(REASON_EN));
	}

	@Test
	void bothReasonsAreRequiredAndNothingIsWrittenWithoutThem() throws Exception {
		String id = publishedBulletin();
		withdraw(id, REASON_AR, "   ", COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reasonEn"));
		withdraw(id, null, REASON_EN, COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reasonAr"));
		withdraw(id, REASON_AR + "ء".repeat(2001), REASON_EN, COORDINATOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reasonAr"));
		assertThat(withdrawn(id)).isFalse();
		this.mvc.perform(get("/public/bulletins/" + id)).andExpect(status().isOk());
		this.mvc.perform(get("/public/bulletins/" + id + "/pdf")).andExpect(status().isOk());
	}

	@Test
	void anUnknownBulletinIsNotFound() throws Exception {
		withdraw(UUID.randomUUID().toString(), REASON_AR, REASON_EN, COORDINATOR).andExpect(status().isNotFound());
	}

	@Test
	void aViewerCannotWithdraw() throws Exception {
		String id = publishedBulletin();
		withdraw(id, REASON_AR, REASON_EN, httpBasic("pub-viewer", "password-of-viewer"))
			.andExpect(status().isForbidden());
		assertThat(withdrawn(id)).isFalse();
	}

	@Test
	void markupInAReasonIsShownNotRun() throws Exception {
		String id = publishedBulletin();
		withdraw(id, "<script>alert('سحب')</script>", "<img src=x onerror=alert(1)>", COORDINATOR)
			.andExpect(status().isOk());
		Document page = Jsoup.parse(this.mvc.perform(get("/public/bulletins/" + id))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("main script, main img")).isEmpty();
		assertThat(page.select("#withdrawal-reason-ar").text()).isEqualTo("<script>alert('سحب')</script>");
	}

	@Test
	void theCoordinatorWithdrawsFromThePreviewPage() throws Exception {
		String id = publishedBulletin();
		Document preview = Jsoup.parse(this.mvc.perform(get("/bulletins/" + id).with(signedIn(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(preview.select("form#bulletin-withdraw textarea[name=reasonAr][dir=rtl]")).hasSize(1);
		this.mvc
			.perform(post("/bulletins/" + id + "/withdraw").with(signedIn(Role.COORDINATOR))
				.with(csrf())
				.param("reasonAr", REASON_AR)
				.param("reasonEn", ""))
			.andExpect(status().isBadRequest());
		assertThat(withdrawn(id)).isFalse();
		this.mvc
			.perform(post("/bulletins/" + id + "/withdraw").with(signedIn(Role.COORDINATOR))
				.with(csrf())
				.param("reasonAr", REASON_AR)
				.param("reasonEn", REASON_EN))
			.andExpect(status().is3xxRedirection());
		Document after = Jsoup.parse(this.mvc.perform(get("/bulletins/" + id).with(signedIn(Role.COORDINATOR)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(after.select("#bulletin-withdrawn")).hasSize(1);
		assertThat(after.select("form#bulletin-withdraw")).isEmpty();
	}

	private ResultActions withdraw(String id, String reasonAr, String reasonEn, RequestPostProcessor caller)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reasonAr", reasonAr);
		body.put("reasonEn", reasonEn);
		return this.mvc.perform(post("/api/bulletins/" + id + "/withdraw").with(caller)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body)));
	}

	private boolean withdrawn(String id) {
		return this.jdbc.sql("SELECT withdrawn FROM bulletin WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(Boolean.class)
			.single();
	}

	private static boolean verifies(String publicKey, String text, String signature) throws Exception {
		PublicKey key = KeyFactory.getInstance("Ed25519")
			.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
		Signature check = Signature.getInstance("Ed25519");
		check.initVerify(key);
		check.update(text.getBytes(StandardCharsets.UTF_8));
		return check.verify(Base64.getDecoder().decode(signature));
	}

}
