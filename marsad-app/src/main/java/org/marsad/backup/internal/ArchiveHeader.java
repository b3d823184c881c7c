package org.marsad.backup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

import org.marsad.backup.ArchiveRefused;
import org.marsad.backup.BackupKey;
import org.marsad.keys.MasterKey;

/**
 * The clear header of an archive and the derivation of its key. The header is the
 * associated data of every segment, so changing it makes the archive unreadable.
 * <ul>
 * <li>layout: magic {@code MRSDBAK1}, mode (1 master key, 2 passphrase), 16-byte salt,
 * PBKDF2 iterations, master key id (16 ASCII characters, or spaces), 7-byte nonce prefix,
 * segment size</li>
 * <li>master key: HKDF-SHA256 (RFC 5869) of the master key with the salt and the label
 * {@code marsad.backup.v1}</li>
 * <li>passphrase: PBKDF2-HMAC-SHA256 with {@value #ITERATIONS} iterations (OWASP 2023); a
 * header asking for fewer than {@value #MIN_ITERATIONS} or more than
 * {@value #MAX_ITERATIONS} is refused</li>
 * </ul>
 *
 * @param mode 1 or 2
 * @param salt the salt
 * @param iterations the PBKDF2 iterations (0 for the master key)
 * @param masterKeyId the master key's fingerprint, or {@code null}
 * @param noncePrefix the first 7 bytes of every segment's nonce
 * @param segmentSize the clear size of every segment but the last
 */
record ArchiveHeader(int mode, byte[] salt, int iterations, String masterKeyId, byte[] noncePrefix, int segmentSize) {

	static final byte[] MAGIC = "MRSDBAK1".getBytes(StandardCharsets.US_ASCII);

	static final int MASTER_KEY = 1;

	static final int PASSPHRASE = 2;

	static final int ITERATIONS = 600_000;

	static final int MIN_ITERATIONS = 100_000;

	static final int MAX_ITERATIONS = 10_000_000;

	static final int SEGMENT = 1 << 20;

	private static final int ID_LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	static ArchiveHeader create(BackupKey key) {
		byte[] salt = random(16);
		byte[] prefix = random(7);
		if (key instanceof BackupKey.MasterKeyed keyed) {
			return new ArchiveHeader(MASTER_KEY, salt, 0, keyed.masterKey().id(), prefix, SEGMENT);
		}
		return new ArchiveHeader(PASSPHRASE, salt, ITERATIONS, null, prefix, SEGMENT);
	}

	static ArchiveHeader read(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(in);
		byte[] magic = new byte[MAGIC.length];
		data.readFully(magic);
		if (!Arrays.equals(magic, MAGIC)) {
			throw new ArchiveRefused("this is not a Marsad backup archive");
		}
		int mode = data.readUnsignedByte();
		byte[] salt = new byte[16];
		data.readFully(salt);
		int iterations = data.readInt();
		byte[] id = new byte[ID_LENGTH];
		data.readFully(id);
		byte[] prefix = new byte[7];
		data.readFully(prefix);
		int segment = data.readInt();
		if ((mode != MASTER_KEY && mode != PASSPHRASE) || segment < 1024 || segment > (16 << 20)
				|| (mode == PASSPHRASE && (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS))) {
			throw new ArchiveRefused("the archive's header is damaged");
		}
		String keyId = new String(id, StandardCharsets.US_ASCII).strip();
		return new ArchiveHeader(mode, salt, iterations, keyId.isEmpty() ? null : keyId, prefix, segment);
	}

	void write(OutputStream out) throws IOException {
		out.write(bytes());
	}

	byte[] bytes() {
		try (java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
				DataOutputStream data = new DataOutputStream(buffer)) {
			data.write(MAGIC);
			data.writeByte(this.mode);
			data.write(this.salt);
			data.writeInt(this.iterations);
			String id = (this.masterKeyId != null) ? this.masterKeyId : "";
			data.write(String.format("%-" + ID_LENGTH + "s", id).getBytes(StandardCharsets.US_ASCII));
			data.write(this.noncePrefix);
			data.writeInt(this.segmentSize);
			data.flush();
			return buffer.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write to memory", ex);
		}
	}

	boolean passphrase() {
		return this.mode == PASSPHRASE;
	}

	/**
	 * The archive key for this header.
	 * @throws ArchiveRefused when the key is not of the archive's kind, or is another
	 * master key than the one named
	 */
	byte[] key(BackupKey key) {
		if (key instanceof BackupKey.MasterKeyed keyed && this.mode == MASTER_KEY) {
			if (!keyed.masterKey().id().equals(this.masterKeyId)) {
				throw new ArchiveRefused(
						"this archive needs master key " + this.masterKeyId + ", not " + keyed.masterKey().id());
			}
			return hkdf(keyed.masterKey());
		}
		if (key instanceof BackupKey.Passphrase passphrase && this.mode == PASSPHRASE) {
			return pbkdf2(passphrase.chars());
		}
		throw new ArchiveRefused(passphrase() ? "this archive is encrypted under a passphrase"
				: "this archive is encrypted under master key " + this.masterKeyId);
	}

	private byte[] hkdf(MasterKey master) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.salt, "HmacSHA256"));
			byte[] pseudorandom = mac.doFinal(master.bytes());
			mac.init(new SecretKeySpec(pseudorandom, "HmacSHA256"));
			mac.update("marsad.backup.v1".getBytes(StandardCharsets.US_ASCII));
			mac.update((byte) 1);
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private byte[] pbkdf2(char[] passphrase) {
		PBEKeySpec spec = new PBEKeySpec(passphrase, this.salt, this.iterations, 256);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2 is not available", ex);
		}
		finally {
			spec.clearPassword();
			Arrays.fill(passphrase, '\0');
		}
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
