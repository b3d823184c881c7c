package org.marsad.publishing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.marsad.publishing.Bulletin;

/**
 * Signs published bulletins with Ed25519 (RFC 8032) from the JDK. The key pair is made on
 * first use and kept under the data folder ({@code keys/bulletin-ed25519.key}, PKCS#8,
 * readable by the owner only; {@code .pub}, X.509), so that signatures outlive restarts
 * and the public key can be handed to readers.
 */
class BulletinSigner {

	static final String ALGORITHM = "Ed25519";

	private final Path folder;

	private KeyPair keys;

	BulletinSigner(Path dataFolder) {
		this.folder = dataFolder.resolve("keys");
	}

	/** The signature of a text, Base64. */
	synchronized String sign(String text) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(keys().getPrivate());
			signature.update(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign", ex);
		}
	}

	/** The public key, X.509 in Base64. */
	synchronized String publicKey() {
		return Base64.getEncoder().encodeToString(keys().getPublic().getEncoded());
	}

	/**
	 * Checks a signature.
	 * @param text the signed text
	 * @param signature the signature, Base64
	 * @param publicKey the public key, X.509 in Base64
	 * @return whether the signature is the key's over the text
	 */
	static boolean verify(String text, String signature, String publicKey) {
		try {
			PublicKey key = KeyFactory.getInstance(ALGORITHM)
				.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
			Signature check = Signature.getInstance(ALGORITHM);
			check.initVerify(key);
			check.update(text.getBytes(StandardCharsets.UTF_8));
			return check.verify(Base64.getDecoder().decode(signature));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * A published bulletin's signature, the text it covers and whether it holds, as
	 * served to readers who check it.
	 * @param bulletin a published bulletin
	 * @return algorithm, public key, signature, signed text and validity
	 */
	static Map<String, Object> check(Bulletin bulletin) {
		Map<String, Object> check = new LinkedHashMap<>();
		check.put("algorithm", ALGORITHM);
		check.put("publicKey", bulletin.publicKey());
		check.put("signature", bulletin.signature());
		check.put("signedText", bulletin.signedText());
		check.put("valid", verify(bulletin.signedText(), bulletin.signature(), bulletin.publicKey()));
		return check;
	}

	/**
	 * A withdrawn bulletin's notice: its signature, the text it covers and whether it
	 * holds, as served to readers who check it.
	 * @param bulletin a withdrawn bulletin
	 * @return algorithm, public key, signature, signed text and validity
	 */
	static Map<String, Object> checkWithdrawal(Bulletin bulletin) {
		String text = bulletin.withdrawal().signedText(bulletin);
		Map<String, Object> check = new LinkedHashMap<>();
		check.put("algorithm", ALGORITHM);
		check.put("publicKey", bulletin.publicKey());
		check.put("signature", bulletin.withdrawal().signature());
		check.put("signedText", text);
		check.put("valid", verify(text, bulletin.withdrawal().signature(), bulletin.publicKey()));
		return check;
	}

	private KeyPair keys() {
		if (this.keys == null) {
			this.keys = load();
		}
		return this.keys;
	}

	private KeyPair load() {
		Path privateFile = this.folder.resolve("bulletin-ed25519.key");
		Path publicFile = this.folder.resolve("bulletin-ed25519.pub");
		try {
			KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
			if (Files.exists(privateFile) && Files.exists(publicFile)) {
				PrivateKey privateKey = factory
					.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
				PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
				return new KeyPair(publicKey, privateKey);
			}
			KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
			Files.createDirectories(this.folder);
			Files.write(privateFile, pair.getPrivate().getEncoded());
			ownerOnly(privateFile);
			Files.write(publicFile, pair.getPublic().getEncoded());
			return pair;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot read the bulletin key", ex);
		}
	}

	private static void ownerOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the data folder's own permissions apply.
		}
	}

}
