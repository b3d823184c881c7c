package org.marsad.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.marsad.audit.AuditEntry;

/**
 * The hash of an audit entry: SHA-256 over a label, the previous entry's hash and the
 * entry's fields, each field length-prefixed (4 bytes, big-endian; -1 for null) so that
 * no two different entries give the same input. The sequence number is left out: an
 * entry's place is fixed by the hash it follows, so moving entries shows as a broken link
 * rather than as an edit.
 */
final class ChainHash {

	private static final byte[] LABEL = "marsad.audit.v1".getBytes(StandardCharsets.US_ASCII);

	private ChainHash() {
	}

	static String of(AuditEntry entry) {
		return of(entry.previousHash(), entry.recordedAt(), entry.actor(), entry.action(), entry.recordKind(),
				entry.recordId(), entry.beforeDigest(), entry.afterDigest());
	}

	static String of(String previousHash, Instant recordedAt, String actor, String action, String recordKind,
			String recordId, String before, String after) {
		MessageDigest sha = sha256();
		sha.update(LABEL);
		for (String field : new String[] { previousHash, DateTimeFormatter.ISO_INSTANT.format(recordedAt), actor,
				action, recordKind, recordId, before, after }) {
			if (field == null) {
				sha.update(ByteBuffer.allocate(4).putInt(-1).array());
			}
			else {
				byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
				sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
				sha.update(bytes);
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
