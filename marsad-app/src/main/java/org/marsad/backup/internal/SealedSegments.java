package org.marsad.backup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.marsad.backup.ArchiveRefused;

/**
 * Streams of AES-256-GCM segments, so that archives of any size are written and read
 * without holding them in memory, and each segment is authenticated before its content is
 * used.
 * <ul>
 * <li>each segment on disk: a flag byte (1 for the last), the ciphertext length (4 bytes)
 * and the ciphertext with its tag</li>
 * <li>nonce: the header's 7-byte prefix, the segment's index (4 bytes) and the flag, so
 * that segments cannot be reordered, dropped, or the archive cut after a segment
 * unnoticed</li>
 * <li>associated data: the archive header</li>
 * </ul>
 */
final class SealedSegments {

	private static final int TAG_BITS = 128;

	private SealedSegments() {
	}

	static OutputStream sealing(OutputStream out, ArchiveHeader header, byte[] key) {
		return new Sealing(out, header, key);
	}

	static InputStream opening(InputStream in, ArchiveHeader header, byte[] key) {
		return new Opening(in, header, key);
	}

	private static byte[] nonce(byte[] prefix, int index, boolean last) {
		return ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
	}

	private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] associated)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(associated);
		return cipher;
	}

	private static final class Sealing extends FilterOutputStream {

		private final DataOutputStream data;

		private final ArchiveHeader header;

		private final byte[] associated;

		private final byte[] key;

		private final byte[] buffer;

		private int filled;

		private int index;

		private boolean closed;

		Sealing(OutputStream out, ArchiveHeader header, byte[] key) {
			super(out);
			this.data = new DataOutputStream(out);
			this.header = header;
			this.associated = header.bytes();
			this.key = key;
			this.buffer = new byte[header.segmentSize()];
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			int from = offset;
			int left = length;
			while (left > 0) {
				if (this.filled == this.buffer.length) {
					seal(false);
				}
				int copy = Math.min(left, this.buffer.length - this.filled);
				System.arraycopy(bytes, from, this.buffer, this.filled, copy);
				this.filled += copy;
				from += copy;
				left -= copy;
			}
		}

		@Override
		public void flush() throws IOException {
			this.data.flush();
		}

		@Override
		public void close() throws IOException {
			if (this.closed) {
				return;
			}
			this.closed = true;
			seal(true);
			this.data.flush();
			super.close();
		}

		private void seal(boolean last) throws IOException {
			try {
				byte[] sealed = cipher(Cipher.ENCRYPT_MODE, this.key,
						nonce(this.header.noncePrefix(), this.index, last), this.associated)
					.doFinal(this.buffer, 0, this.filled);
				this.data.writeByte(last ? 1 : 0);
				this.data.writeInt(sealed.length);
				this.data.write(sealed);
				this.index++;
				this.filled = 0;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("AES-GCM is not available", ex);
			}
		}

	}

	private static final class Opening extends InputStream {

		private final DataInputStream in;

		private final ArchiveHeader header;

		private final byte[] associated;

		private final byte[] key;

		private byte[] segment = new byte[0];

		private int position;

		private int index;

		private boolean last;

		Opening(InputStream in, ArchiveHeader header, byte[] key) {
			this.in = new DataInputStream(in);
			this.header = header;
			this.associated = header.bytes();
			this.key = key;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xff);
		}

		@Override
		public int read(byte[] bytes, int offset, int length) throws IOException {
			while (this.position == this.segment.length) {
				if (this.last) {
					return -1;
				}
				next();
			}
			int copy = Math.min(length, this.segment.length - this.position);
			System.arraycopy(this.segment, this.position, bytes, offset, copy);
			this.position += copy;
			return copy;
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

		private void next() throws IOException {
			int flag;
			byte[] sealed;
			try {
				flag = this.in.readUnsignedByte();
				int length = this.in.readInt();
				if (flag > 1 || length < TAG_BITS / 8 || length > this.header.segmentSize() + TAG_BITS / 8) {
					throw new ArchiveRefused("the archive is damaged at segment " + this.index);
				}
				sealed = new byte[length];
				this.in.readFully(sealed);
			}
			catch (EOFException ex) {
				throw new ArchiveRefused("the archive was cut off after segment " + this.index);
			}
			try {
				this.segment = cipher(Cipher.DECRYPT_MODE, this.key,
						nonce(this.header.noncePrefix(), this.index, flag == 1), this.associated)
					.doFinal(sealed);
			}
			catch (GeneralSecurityException ex) {
				throw new ArchiveRefused((this.index == 0) ? "the key does not open this archive, or it was altered"
						: "the archive was altered at segment " + this.index);
			}
			this.position = 0;
			this.index++;
			this.last = flag == 1;
			if (this.last && this.in.read() != -1) {
				throw new ArchiveRefused("the archive has data after its last segment");
			}
		}

	}

}
