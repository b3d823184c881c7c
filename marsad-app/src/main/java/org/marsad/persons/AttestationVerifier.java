package org.marsad.persons;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies identity attestations offline, with nothing but the organisation's public key:
 * what {@code ./marsad verify FILE} and the verify page run, and what anyone may
 * re-implement from this description.
 * <ul>
 * <li>A token is {@code MARSAD1.} + base64url(payload JSON, UTF-8) + {@code .} +
 * base64url(Ed25519 signature), without padding. The signature covers the ASCII bytes of
 * everything before the second dot (as JWS does, RFC 7515 §5.1).</li>
 * <li>The token is found anywhere in the text given: the QR code's text, the exported
 * JSON file, the printable page saved as HTML.</li>
 * <li>The payload names its key ({@code kid}: 16 hex digits of the SHA-256 of the public
 * key's X.509 encoding); a token under another key is refused before its signature is
 * checked.</li>
 * <li>Public keys are exchanged as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509).</li>
 * </ul>
 * Ed25519: RFC 8032.
 */
public final class AttestationVerifier {

	/** The prefix of every token of format version 1. */
	public static final String PREFIX = "MARSAD1.";

	private static final Pattern TOKEN = Pattern.compile("MARSAD1\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)");

	private static final Pattern PEM_BODY = Pattern
		.compile("-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AttestationVerifier() {
	}

	/**
	 * Verifies the token found in a text.
	 * @param text the text holding a token
	 * @param key the organisation's public key
	 * @return the outcome
	 */
	public static AttestationCheck verify(String text, PublicKey key) {
		Matcher token = TOKEN.matcher((text != null) ? text : "");
		if (!token.find()) {
			return AttestationCheck.refused("persons.verify.noToken");
		}
		AttestationPayload payload;
		byte[] signature;
		try {
			payload = JSON.readValue(Base64.getUrlDecoder().decode(token.group(1)), AttestationPayload.class);
			signature = Base64.getUrlDecoder().decode(token.group(2));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return AttestationCheck.refused("persons.verify.malformed");
		}
		if (!keyId(key).equals(payload.kid())) {
			return AttestationCheck.refused("persons.verify.otherKey");
		}
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initVerify(key);
			ed25519.update(signingInput(token.group(1)));
			return ed25519.verify(signature) ? new AttestationCheck(true, null, payload)
					: AttestationCheck.refused("persons.verify.badSignature");
		}
		catch (GeneralSecurityException ex) {
			return AttestationCheck.refused("persons.verify.badSignature");
		}
	}

	/**
	 * What the signature covers.
	 * @param encodedPayload base64url of the payload
	 * @return the bytes signed
	 */
	public static byte[] signingInput(String encodedPayload) {
		return (PREFIX + encodedPayload).getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * The id of a public key: 16 hex digits of the SHA-256 of its X.509 encoding.
	 * @param key the key
	 * @return the id
	 */
	public static String keyId(PublicKey key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/**
	 * Reads a public key in PEM.
	 * @param pem the text
	 * @return the key
	 * @throws IllegalArgumentException when it holds no Ed25519 public key
	 */
	public static PublicKey publicKey(String pem) {
		Matcher body = PEM_BODY.matcher((pem != null) ? pem : "");
		if (!body.find()) {
			throw new IllegalArgumentException("no PEM public key found");
		}
		try {
			byte[] der = Base64.getMimeDecoder().decode(body.group(1).replaceAll("\\s", ""));
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("not an Ed25519 public key");
		}
	}

	/**
	 * Writes a public key in PEM.
	 * @param key the key
	 * @return the PEM text
	 */
	public static String pem(PublicKey key) {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}

}
