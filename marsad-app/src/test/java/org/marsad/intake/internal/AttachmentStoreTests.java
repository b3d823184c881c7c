package org.marsad.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.Upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AttachmentStoreTests {

	static final byte[] TESTIMONY = "شهادة من الباغوز، ٥ آذار".getBytes(StandardCharsets.UTF_8);

	static final String TESTIMONY_SHA256 = sha256(TESTIMONY);

	@TempDir
	Path root;

	AttachmentStore store() {
		return new AttachmentStore(this.root, 1024);
	}

	static Upload upload(byte[] content) {
		return new Upload("شهادة.txt", () -> new ByteArrayInputStream(content));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	long files() throws IOException {
		try (Stream<Path> files = Files.walk(this.root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void storesUnderTheHash() {
		AttachmentStore.Stored stored = store().store(upload(TESTIMONY));
		assertThat(stored.sha256()).isEqualTo(TESTIMONY_SHA256);
		assertThat(this.root.resolve(TESTIMONY_SHA256.substring(0, 2))
			.resolve(TESTIMONY_SHA256.substring(2, 4))
			.resolve(TESTIMONY_SHA256)).hasBinaryContent(TESTIMONY);
	}

	@Test
	void writesTheSameContentOnce() throws IOException {
		AttachmentStore store = store();
		assertThat(store.store(upload(TESTIMONY)).created()).isTrue();
		assertThat(store.store(upload(TESTIMONY)).created()).isFalse();
		assertThat(files()).isEqualTo(1);
	}

	@Test
	void detectsTheType() {
		assertThat(store().store(upload(TESTIMONY)).mediaType()).isEqualTo("text/plain");
	}

	@Test
	void refusesEmptyContentLeavingNothing() throws IOException {
		assertThatExceptionOfType(IntakeRefused.class).isThrownBy(() -> store().store(upload(new byte[0])))
			.satisfies((refused) -> assertThat(refused.problems().get(0).code()).isEqualTo("attachment.error.empty"));
		assertThat(files()).isZero();
	}

	@Test
	void refusesContentOverTheLimitLeavingNothing() throws IOException {
		assertThatExceptionOfType(IntakeRefused.class).isThrownBy(() -> store().store(upload(new byte[1025])))
			.satisfies((refused) -> assertThat(refused.isTooLarge()).isTrue());
		assertThat(files()).isZero();
	}

	@Test
	void acceptsContentAtTheLimit() {
		assertThat(store().store(upload(new byte[1024])).size()).isEqualTo(1024);
	}

	@Test
	void leavesNothingWhenTheStreamBreaks() throws IOException {
		Upload broken = new Upload("مقطوع.mp3", () -> new InputStream() {

			private int sent;

			@Override
			public int read() throws IOException {
				if (this.sent++ > 100) {
					throw new IOException("connection reset");
				}
				return 'x';
			}

		});
		assertThatExceptionOfType(IntakeRefused.class).isThrownBy(() -> store().store(broken))
			.satisfies((refused) -> assertThat(refused.problems().get(0).field()).isEqualTo("files"));
		assertThat(files()).isZero();
	}

	@Test
	void clearsTemporaryFilesLeftByACrash() throws IOException {
		Path temporary = Files.createDirectories(this.root.resolve(AttachmentStore.TEMPORARY));
		Files.writeString(temporary.resolve("upload-1.part"), "نصف ملف");
		store().clearTemporary();
		assertThat(files()).isZero();
	}

	@Test
	void refusesPathsThatAreNotHashes() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> store().path("../../etc/passwd"));
	}

}
