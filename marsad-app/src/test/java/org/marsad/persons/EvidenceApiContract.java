package org.marsad.persons;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Identity evidence through the API: document numbers sealed at rest and shown masked,
 * copies sent by relatives, attestations, the assessment they give, and signed identity
 * attestations that verify and fail when tampered with. Run on H2
 * ({@link EvidenceApiTests}) and PostgreSQL
 * ({@link EvidenceApiPostgresIntegrationTests}).
 */
abstract class EvidenceApiContract extends PersonsContract {

	static final String NUMBER = "03150187446";

	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Test
	void aDocumentNumberIsSealedAtRestAndShownMasked() throws Exception {
		String id = createdId(person("نور الهدى الخلف"));
		JsonNode person = read(post("/api/persons/" + id + "/documents", Role.DOCUMENTER,
				Map.of("type", "national_id", "issuingCountry", "SY", "number", NUMBER, "state", "held"))
			.andExpect(status().isOk()));
		assertThat(person.get("documents").get(0).get("maskedNumber").asString()).isEqualTo("•••••••••46");
		assertThat(person.toString()).doesNotContain(NUMBER);
		String stored = this.jdbc.sql("SELECT document_number FROM identity_document WHERE person_id = :id")
			.param("id", java.util.UUID.fromString(id))
			.query(String.class)
			.single();
		assertThat(stored).startsWith("msl1:").doesNotContain(NUMBER);
		assertThat(rawTables()).doesNotContain(NUMBER);
	}

	@Test
	void aRefusedDocumentNeverRepeatsTheNumber() throws Exception {
		String id = createdId(person("رنا الخلف"));
		String before = snapshot();
		String body = post("/api/persons/" + id + "/documents", Role.DOCUMENTER,
				Map.of("type", "passport", "number", NUMBER + "9".repeat(80), "state", "stolen"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("\"number\"").contains("\"state\"").doesNotContain(NUMBER);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aRelativesCopyIsStoredAndOnlyStaffDownloadIt() throws Exception {
		String id = createdId(person("سعاد الخلف"));
		JsonNode person = read(this.mvc
			.perform(MockMvcRequestBuilders.multipart("/api/persons/" + id + "/copies")
				.file(new MockMultipartFile("file", "هوية سعاد.png", "image/png", PNG))
				.param("providedBy", "أخوها محمود")
				.param("providerRelation", "أخ")
				.with(as(Role.DOCUMENTER)))
			.andExpect(status().isOk()));
		JsonNode copy = person.get("copies").get(0);
		assertThat(copy.get("mediaType").asString()).isEqualTo("image/png");
		assertThat(person.get("assessment").get("level").asString()).isEqualTo("DOCUMENTED");
		String path = "/api/persons/" + id + "/copies/" + copy.get("id").asString();
		fetch(path, Role.ANALYST).andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		fetch(path, Role.VIEWER).andExpect(status().isForbidden());
	}

	@Test
	void aFileThatIsNoImageOrPdfIsRefused() throws Exception {
		String id = createdId(person("سعاد الأحمد"));
		String before = snapshot();
		this.mvc
			.perform(MockMvcRequestBuilders.multipart("/api/persons/" + id + "/copies")
				.file(new MockMultipartFile("file", "<script>alert(1)</script>.png", "image/png",
						"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
				.param("providedBy", "ابن العم")
				.with(as(Role.DOCUMENTER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theAssessmentFollowsTheEvidence() throws Exception {
		String id = createdId(person("علي الخلف"));
		String voucher = createdId(person("إبراهيم الجار"));
		JsonNode declared = read(post("/api/persons/" + id + "/documents", Role.DOCUMENTER,
				Map.of("type", "family_booklet", "state", "lost")));
		assertThat(declared.get("assessment").get("level").asString()).isEqualTo("DECLARED");
		JsonNode attested = read(post("/api/persons/" + id + "/attestations", Role.DOCUMENTER, Map.of("voucherPersonId",
				voucher, "relation", "جار", "statement", "أعرفه منذ ٢٠ عاماً في هجين", "attestedOn", "2019-02-12")));
		assertThat(attested.get("assessment").get("level").asString()).isEqualTo("ATTESTED");
		assertThat(attested.get("attestations").get(0).get("voucherName").asString()).isEqualTo("إبراهيم الجار");
		JsonNode corroborated = read(post("/api/persons/" + id + "/attestations", Role.DOCUMENTER, Map.of("voucherName",
				"مختار القرية", "relation", "مختار", "statement", "هو ابن أحمد الخلف", "attestedOn", "2019-02-13")));
		assertThat(corroborated.get("assessment").get("level").asString()).isEqualTo("CORROBORATED");
	}

	@Test
	void anAttestationNamesExactlyOneVoucher() throws Exception {
		String id = createdId(person("هدى الخلف"));
		post("/api/persons/" + id + "/attestations", Role.DOCUMENTER,
				Map.of("relation", "جارة", "statement", "أعرفها", "attestedOn", "2019-02-12"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("voucherName"));
		post("/api/persons/" + id + "/attestations", Role.DOCUMENTER,
				Map.of("voucherPersonId", id, "relation", "نفسها", "statement", "أنا هي", "attestedOn", "2019-02-12"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("voucherPersonId"));
	}

	@Test
	void aCoordinatorIssuesAnAttestationThatVerifiesAndATamperedCopyFails() throws Exception {
		String id = createdId(person("محمد بن أحمد الخلف"));
		post("/api/persons/" + id + "/documents", Role.DOCUMENTER,
				Map.of("type", "national_id", "number", NUMBER, "state", "destroyed"));
		post("/api/persons/" + id + "/identity-attestations", Role.DOCUMENTER, Map.of())
			.andExpect(status().isForbidden());
		JsonNode issued = read(post("/api/persons/" + id + "/identity-attestations", Role.COORDINATOR, Map.of())
			.andExpect(status().isCreated()));
		String token = issued.get("token").asString();
		assertThat(issued.get("payload").get("fullName").asString()).isEqualTo("محمد بن أحمد الخلف");
		assertThat(issued.toString()).doesNotContain(NUMBER);
		assertThat(verify(token).get("valid").asBoolean()).isTrue();
		String[] parts = token.split("\\.");
		String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("محمد بن أحمد الخلف", "محمود بن أحمد الخلف");
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
		JsonNode check = verify(tampered);
		assertThat(check.get("valid").asBoolean()).isFalse();
		assertThat(check.get("problem").asString()).isEqualTo("persons.verify.badSignature");
	}

	@Test
	void thePublicKeyIsServedAsPem() throws Exception {
		String pem = fetch("/api/persons/identity-attestations/public-key", Role.VIEWER).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(AttestationVerifier.publicKey(pem).getAlgorithm()).isIn("Ed25519", "EdDSA");
	}

	private JsonNode verify(String token) throws Exception {
		return read(this.mvc
			.perform(MockMvcRequestBuilders.post("/api/persons/identity-attestations/verify")
				.with(as(Role.VIEWER))
				.contentType(MediaType.TEXT_PLAIN)
				.content(token.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isOk()));
	}

	/**
	 * Every text column of the persons tables and their history and audit, as one string.
	 */
	private String rawTables() {
		StringBuilder all = new StringBuilder();
		for (String sql : List.of("SELECT * FROM identity_document", "SELECT * FROM person_change",
				"SELECT * FROM audit_entry", "SELECT * FROM person")) {
			this.jdbc.sql(sql).query((rs) -> {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					all.append(rs.getString(i)).append('|');
				}
			});
		}
		return all.toString();
	}

}
