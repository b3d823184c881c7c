package org.marsad.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A master key: 32 random bytes, written as base64 in the key file and in
 * {@code MARSAD_MASTER_KEY}. Its {@link #id()} is a fingerprint that may be stored and
 * shown; the key itself is never logged ({@link #toString()} shows only the id).
 *
 * @param bytes the key, 32 bytes
 */
public record MasterKey(byte[] bytes) {

	/** The key length in bytes (AES-256). */
	public static final int LENGTH = 32;

	/**
	 * Checks the length and keeps a copy.
	 * @param bytes the key
	 */
	public MasterKey {
		if (bytes == null || bytes.length != LENGTH) {
			throw new IllegalArgumentException("a master key has " + LENGTH + " bytes");
		}
		bytes = bytes.clone();
	}

	/**
	 * A new random key.
	 * @return the key
	 */
	public static MasterKey generate() {
		byte[] bytes = new byte[LENGTH];
		new SecureRandom().nextBytes(bytes);
		return new MasterKey(bytes);
	}

	/**
	 * Reads the written form.
	 * @param text base64 of 32 bytes, surrounding white space ignored
	 * @return the key
	 * @throws IllegalArgumentException when it is not a key (the message does not repeat
	 * the text)
	 */
	public static MasterKey parse(String text) {
		try {
			return new MasterKey(Base64.getDecoder().decode(text.strip()));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("not a master key: base64 of " + LENGTH + " bytes expected");
		}
	}

	@Override
	public byte[] bytes() {
		return this.bytes.clone();
	}

	/** The written form: base64. */
	public String encoded() {
		return Base64.getEncoder().encodeToString(this.bytes);
	}

	/** A fingerprint of the key: 16 hex digits of a SHA-256 over a label and the key. */
	public String id() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update("marsad.master-key-id".getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest.digest(this.bytes), 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof MasterKey key && MessageDigest.isEqual(this.bytes, key.bytes);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(this.bytes);
	}

	@Override
	public String toString() {
		return "MasterKey[id=" + id() + "]";
	}

}
