package org.marsad.backup.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.marsad.backup.ArchiveRefused;
import org.marsad.backup.BackupKey;
import org.marsad.keys.MasterKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealedSegmentsTests {

	private static final MasterKey MASTER = MasterKey.generate();

	private final byte[] content = new byte[3 * ArchiveHeader.SEGMENT + 12345];

	SealedSegmentsTests() {
		new Random(7).nextBytes(this.content);
	}

	@Test
	void readsBackWhatWasWrittenAcrossSegments() throws Exception {
		Sealed sealed = seal(new BackupKey.MasterKeyed(MASTER));
		assertThat(open(sealed.bytes(), new BackupKey.MasterKeyed(MASTER))).isEqualTo(this.content);
	}

	@Test
	void anotherMasterKeyIsNamedAndRefused() throws Exception {
		Sealed sealed = seal(new BackupKey.MasterKeyed(MASTER));
		MasterKey other = MasterKey.generate();
		assertThatThrownBy(() -> open(sealed.bytes(), new BackupKey.MasterKeyed(other)))
			.isInstanceOf(ArchiveRefused.class)
			.hasMessageContaining("needs master key " + MASTER.id());
	}

	@Test
	void anAlteredSegmentIsNamed() throws Exception {
		byte[] bytes = seal(new BackupKey.MasterKeyed(MASTER)).bytes();
		int second = segmentStart(bytes, 2);
		bytes[second + 100] ^= 0x20;
		assertThatThrownBy(() -> open(bytes, new BackupKey.MasterKeyed(MASTER))).isInstanceOf(ArchiveRefused.class)
			.hasMessageContaining("altered at segment 2");
	}

	@Test
	void swappedSegmentsAreRefused() throws Exception {
		byte[] bytes = seal(new BackupKey.MasterKeyed(MASTER)).bytes();
		int first = segmentStart(bytes, 1);
		int second = segmentStart(bytes, 2);
		int third = segmentStart(bytes, 3);
		byte[] swapped = bytes.clone();
		System.arraycopy(bytes, second, swapped, first, third - second);
		System.arraycopy(bytes, first, swapped, first + (third - second), second - first);
		assertThatThrownBy(() -> open(swapped, new BackupKey.MasterKeyed(MASTER))).isInstanceOf(ArchiveRefused.class)
			.hasMessageContaining("altered at segment 1");
	}

	@Test
	void anArchiveCutAfterASegmentIsRefused() throws Exception {
		byte[] bytes = seal(new BackupKey.MasterKeyed(MASTER)).bytes();
		byte[] cut = Arrays.copyOf(bytes, segmentStart(bytes, 3));
		assertThatThrownBy(() -> open(cut, new BackupKey.MasterKeyed(MASTER))).isInstanceOf(ArchiveRefused.class)
			.hasMessageContaining("cut off after segment 3");
	}

	@Test
	void dataAfterTheLastSegmentIsRefused() throws Exception {
		byte[] bytes = seal(new BackupKey.MasterKeyed(MASTER)).bytes();
		byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
		assertThatThrownBy(() -> open(longer, new BackupKey.MasterKeyed(MASTER))).isInstanceOf(ArchiveRefused.class)
			.hasMessageContaining("after its last segment");
	}

	@Test
	void anAlteredHeaderIsRefused() throws Exception {
		byte[] bytes = seal(new BackupKey.MasterKeyed(MASTER)).bytes();
		bytes[ArchiveHeader.MAGIC.length + 3] ^= 0x01;
		assertThatThrownBy(() -> open(bytes, new BackupKey.MasterKeyed(MASTER))).isInstanceOf(ArchiveRefused.class);
	}

	@Test
	void aPassphraseOpensItsArchiveAndNoOther() throws Exception {
		BackupKey passphrase = new BackupKey.Passphrase("نخلة في صحراء الجزيرة".toCharArray());
		byte[] bytes = seal(passphrase).bytes();
		assertThat(open(bytes, passphrase)).isEqualTo(this.content);
		assertThatThrownBy(() -> open(bytes, new BackupKey.Passphrase("نخلة في صحراء أخرى".toCharArray())))
			.isInstanceOf(ArchiveRefused.class)
			.hasMessageContaining("does not open");
	}

	private Sealed seal(BackupKey key) throws Exception {
		ArchiveHeader header = ArchiveHeader.create(key);
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		header.write(buffer);
		try (OutputStream out = SealedSegments.sealing(buffer, header, header.key(key))) {
			out.write(this.content);
		}
		return new Sealed(buffer.toByteArray());
	}

	private static byte[] open(byte[] bytes, BackupKey key) throws Exception {
		InputStream in = new ByteArrayInputStream(bytes);
		ArchiveHeader header = ArchiveHeader.read(in);
		try (InputStream opened = SealedSegments.opening(in, header, header.key(key))) {
			return opened.readAllBytes();
		}
	}

	/** Where segment {@code n} (from 0) starts. */
	private static int segmentStart(byte[] bytes, int n) throws Exception {
		int position = ArchiveHeader.read(new ByteArrayInputStream(bytes)).bytes().length;
		for (int i = 0; i < n; i++) {
			position += 1 + 4 + ByteBuffer.wrap(bytes, position + 1, 4).getInt();
		}
		return position;
	}

	private record Sealed(byte[] bytes) {
	}

}
