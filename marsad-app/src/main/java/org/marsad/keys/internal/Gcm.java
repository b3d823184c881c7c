package org.marsad.keys.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a random 96-bit nonce per message (NIST SP 800-38D, 8.2.2): the sealed
 * form is the nonce followed by ciphertext and 128-bit tag. Random nonces keep the
 * probability of a repeat below 2^-32 for up to 2^32 messages per key, far beyond what
 * one data key seals.
 */
final class Gcm {

	static final int NONCE_BYTES = 12;

	static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Gcm() {
	}

	static byte[] seal(byte[] key, byte[] clear, byte[] associated) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associated);
			byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(clear.length));
			cipher.doFinal(clear, 0, clear.length, sealed, NONCE_BYTES);
			return sealed;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * Opens a sealed message.
	 * @throws GeneralSecurityException when the key is wrong or anything was altered
	 */
	static byte[] open(byte[] key, byte[] sealed, byte[] associated) throws GeneralSecurityException {
		if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new GeneralSecurityException("too short");
		}
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
				new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
		cipher.updateAAD(associated);
		return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
	}

}
