package org.marsad.persons;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline verification of identity attestations with nothing but the public key.
 */
class AttestationVerifierTests {

	private static final KeyPair ORGANISATION = pair();

	private static final KeyPair OTHER = pair();

	static KeyPair pair() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String token(KeyPair keys, String fullName) throws Exception {
		AttestationPayload payload = new AttestationPayload(1, "a1", AttestationVerifier.keyId(keys.getPublic()),
				"Marsad", "2019-02-12T10:00:00Z", "p1", fullName, List.of("Fatima al-Husayn"), "female", 1982, "about",
				"SY", "هجين", "corroborated", List.of(), List.of("national_id:lost"), 0, 2, "transferred");
		String encoded = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(JsonMapper.builder().build().writeValueAsBytes(payload));
		Signature ed25519 = Signature.getInstance("Ed25519");
		ed25519.initSign(keys.getPrivate());
		ed25519.update(AttestationVerifier.signingInput(encoded));
		return AttestationVerifier.PREFIX + encoded + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(ed25519.sign());
	}

	@Test
	void acceptsATokenSignedWithTheOrganisationsKey() throws Exception {
		AttestationCheck check = AttestationVerifier.verify(token(ORGANISATION, "فاطمة عبد الرحمن الحسين"),
				ORGANISATION.getPublic());
		assertThat(check.valid()).isTrue();
		assertThat(check.payload().fullName()).isEqualTo("فاطمة عبد الرحمن الحسين");
	}

	@Test
	void findsTheTokenInsideASavedFile() throws Exception {
		String file = "{\n  \"format\" : \"marsad-identity-attestation\",\n  \"token\" : \""
				+ token(ORGANISATION, "فاطمة") + "\"\n}";
		assertThat(AttestationVerifier.verify(file, ORGANISATION.getPublic()).valid()).isTrue();
	}

	@Test
	void refusesATokenWhosePayloadWasChanged() throws Exception {
		String token = token(ORGANISATION, "فاطمة عبد الرحمن الحسين");
		String[] parts = token.split("\\.");
		String forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("1982",
				"1992");
		String tampered = parts[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "."
				+ parts[2];
		AttestationCheck check = AttestationVerifier.verify(tampered, ORGANISATION.getPublic());
		assertThat(check.valid()).isFalse();
		assertThat(check.problem()).isEqualTo("persons.verify.badSignature");
	}

	@Test
	void refusesATokenOfAnotherOrganisation() throws Exception {
		AttestationCheck check = AttestationVerifier.verify(token(OTHER, "فاطمة"), ORGANISATION.getPublic());
		assertThat(check.problem()).isEqualTo("persons.verify.otherKey");
	}

	@Test
	void saysWhenThereIsNoToken() {
		assertThat(AttestationVerifier.verify("لا شيء هنا", ORGANISATION.getPublic()).problem())
			.isEqualTo("persons.verify.noToken");
	}

	@Test
	void readsBackThePublicKeyItWrites() {
		String pem = AttestationVerifier.pem(ORGANISATION.getPublic());
		assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----");
		assertThat(AttestationVerifier.keyId(AttestationVerifier.publicKey(pem)))
			.isEqualTo(AttestationVerifier.keyId(ORGANISATION.getPublic()));
	}

}
