package org.marsad.persons.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.marsad.keys.FieldAddress;
import org.marsad.keys.ProtectedFields;
import org.marsad.keys.ProtectedText;
import org.marsad.persons.AttestationVerifier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The organisation's Ed25519 key pair for identity attestations ({@code signing_key}).
 * <ul>
 * <li>made on first use, in a transaction of its own; the private key is sealed by the
 * keys module under the row's address (a registered protected column, so key rotation
 * re-encrypts it and a database dump alone does not reveal it)</li>
 * <li>the public key is written as PEM to {@code keys/attestation-public.pem} under the
 * data folder, to hand to verifiers; it is also served by the API</li>
 * <li>keys are never deleted: attestations signed under an older key still verify with
 * it</li>
 * </ul>
 */
class SigningKeys {

	static final String PUBLIC_FILE = "attestation-public.pem";

	private final JdbcClient jdbc;

	private final ProtectedFields protectedFields;

	private final TransactionOperations separate;

	private final Path keysFolder;

	private volatile Active active;

	SigningKeys(JdbcClient jdbc, ProtectedFields protectedFields, TransactionOperations separate, Path dataFolder) {
		this.jdbc = jdbc;
		this.protectedFields = protectedFields;
		this.separate = separate;
		this.keysFolder = dataFolder.resolve("keys");
	}

	/** Signs with the active key, making it first if there is none. */
	byte[] sign(byte[] input) {
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initSign(active().privateKey());
			ed25519.update(input);
			return ed25519.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign with Ed25519", ex);
		}
	}

	/** The id of the active key. */
	String activeId() {
		return active().id();
	}

	/** The active public key, in PEM. */
	String publicPem() {
		return AttestationVerifier.pem(active().publicKey());
	}

	/** Every public key, the active one first. */
	List<PublicKey> publicKeys() {
		active();
		return this.jdbc.sql("SELECT public_key FROM signing_key ORDER BY active DESC, created_at DESC")
			.query(String.class)
			.list()
			.stream()
			.map(SigningKeys::decodePublic)
			.toList();
	}

	private Active active() {
		Active current = this.active;
		if (current == null) {
			synchronized (this) {
				if (this.active == null) {
					this.active = this.separate.execute((status) -> load().orElseGet(this::create));
					exportPublic(this.active.publicKey());
				}
				current = this.active;
			}
		}
		return current;
	}

	private Optional<Active> load() {
		return this.jdbc.sql("SELECT id, public_key, private_key FROM signing_key WHERE active = TRUE")
			.query((rs, n) -> {
				String id = rs.getString("id");
				String pkcs8 = this.protectedFields.open(ProtectedText.ofStored(rs.getString("private_key")),
						address(id));
				return new Active(id, decodePublic(rs.getString("public_key")), decodePrivate(pkcs8));
			})
			.optional();
	}

	private Active create() {
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			String id = AttestationVerifier.keyId(pair.getPublic());
			String sealed = this.protectedFields
				.seal(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()), address(id))
				.stored();
			this.jdbc
				.sql("INSERT INTO signing_key (id, public_key, private_key, active, created_at) "
						+ "VALUES (:id, :public, :private, TRUE, :at)")
				.param("id", id)
				.param("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))
				.param("private", sealed)
				.param("at", Timestamps.toColumn(Timestamps.now()))
				.update();
			return new Active(id, pair.getPublic(), pair.getPrivate());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("this Java platform has no Ed25519", ex);
		}
	}

	private void exportPublic(PublicKey key) {
		try {
			Files.createDirectories(this.keysFolder);
			Files.writeString(this.keysFolder.resolve(PUBLIC_FILE), AttestationVerifier.pem(key),
					StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the attestation public key", ex);
		}
	}

	private static FieldAddress address(String id) {
		return FieldAddress.of("signing_key", "private_key", id);
	}

	static PublicKey decodePublic(String base64) {
		try {
			return KeyFactory.getInstance("Ed25519")
				.generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("signing_key holds a public key that is not Ed25519", ex);
		}
	}

	private static PrivateKey decodePrivate(String base64) {
		try {
			return KeyFactory.getInstance("Ed25519")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("the sealed signing key is not an Ed25519 private key", ex);
		}
	}

	private record Active(String id, PublicKey publicKey, PrivateKey privateKey) {

		@Override
		public String toString() {
			return "SigningKey[" + this.id + "]";
		}

	}

}
