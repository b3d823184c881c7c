package org.marsad.persons.verification;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import org.marsad.settings.MarsadProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wiring of {@code ./marsad verify}: the public keys come from the database of the data
 * folder ({@code signing_key}), or from the PEM file the server wrote there. Kept apart
 * from the rest of the module so that the console's small context can run it without the
 * web application.
 */
@Configuration(proxyBeanMethods = false)
class VerificationConfiguration {

	@Bean
	VerifyCommand verifyCommand(JdbcClient jdbc, MarsadProperties properties) {
		return new VerifyCommand(() -> {
			List<PublicKey> keys;
			try {
				keys = jdbc.sql("SELECT public_key FROM signing_key ORDER BY active DESC, created_at DESC")
					.query(String.class)
					.list()
					.stream()
					.map(VerificationConfiguration::decode)
					.toList();
			}
			catch (RuntimeException ex) {
				keys = List.of();
			}
			return keys.isEmpty()
					? VerifyCommand.fromPem(properties.data().resolve("keys").resolve("attestation-public.pem")) : keys;
		});
	}

	private static PublicKey decode(String base64) {
		try {
			return KeyFactory.getInstance("Ed25519")
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("signing_key holds a key that is not Ed25519", ex);
		}
	}

}
