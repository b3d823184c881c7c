package org.marsad.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.marsad.intake.IntakeRefused;
import org.marsad.intake.Upload;

/**
 * Files stored once by the SHA-256 of their content, as {@code ab/cd/abcd…} under the
 * attachments folder. Content is never altered.
 * <ul>
 * <li>an upload is streamed to a temporary file in {@code tmp/} of the same folder while
 * it is hashed, then moved atomically to its address, so a reader never sees a partial
 * file</li>
 * <li>an upload over the limit, empty, or cut off midway leaves nothing behind</li>
 * <li>content already stored is not written twice</li>
 * </ul>
 */
class AttachmentStore {

	/** A SHA-256 in lower-case hex. */
	static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	static final String TEMPORARY = "tmp";

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	private final long maxSize;

	AttachmentStore(Path root, long maxSize) {
		this.root = root;
		this.maxSize = maxSize;
	}

	/**
	 * Stores an upload.
	 * @param upload the upload
	 * @return where it went
	 * @throws IntakeRefused naming {@code files} when it is empty, too large or cut off
	 */
	Stored store(Upload upload) {
		Path temporary = createTemporary();
		try {
			Written written = write(upload, temporary);
			if (written.size() == 0) {
				throw IntakeRefused.of("files", "attachment.error.empty");
			}
			Path target = path(written.sha256());
			Files.createDirectories(target.getParent());
			boolean created = moveIntoPlace(temporary, target);
			return new Stored(written.sha256(), written.size(), written.mediaType(), created);
		}
		catch (IOException ex) {
			throw IntakeRefused.of("files", "attachment.error.interrupted");
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	/**
	 * Where content with this hash lies.
	 * @param sha256 the hash in lower-case hex
	 * @return the path
	 */
	Path path(String sha256) {
		if (!SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256");
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	/**
	 * Removes a stored file.
	 * @param sha256 its hash
	 */
	void delete(String sha256) {
		deleteQuietly(path(sha256));
	}

	/** Removes temporary files left by a crash. */
	void clearTemporary() {
		Path folder = this.root.resolve(TEMPORARY);
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
			files.forEach(AttachmentStore::deleteQuietly);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot clear " + folder, ex);
		}
	}

	Path root() {
		return this.root;
	}

	private Written write(Upload upload, Path temporary) throws IOException {
		MessageDigest digest = sha256();
		byte[] head = new byte[ContentSniffer.HEAD_LENGTH];
		int headLength = 0;
		long size = 0;
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = new DigestInputStream(upload.content().open(), digest);
				OutputStream out = Files.newOutputStream(temporary)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				size += read;
				if (size > this.maxSize) {
					throw IntakeRefused.tooLarge("files", "attachment.error.tooLarge");
				}
				int copy = Math.min(read, head.length - headLength);
				System.arraycopy(buffer, 0, head, headLength, copy);
				headLength += copy;
				out.write(buffer, 0, read);
			}
		}
		String mediaType = ContentSniffer.mediaType(head, headLength);
		return new Written(HexFormat.of().formatHex(digest.digest()), size, mediaType);
	}

	private boolean moveIntoPlace(Path temporary, Path target) throws IOException {
		if (Files.exists(target)) {
			return false;
		}
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			return false;
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("the attachments folder must be on one file system", ex);
		}
	}

	private Path createTemporary() {
		try {
			Path folder = Files.createDirectories(this.root.resolve(TEMPORARY));
			return Files.createTempFile(folder, "upload-", ".part");
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write to the attachments folder", ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// left for the sweep at the next start
		}
	}

	/**
	 * Content that was stored.
	 *
	 * @param sha256 its hash
	 * @param size its size in bytes
	 * @param mediaType its detected type
	 * @param created whether this upload wrote the file (rather than finding it there)
	 */
	record Stored(String sha256, long size, String mediaType, boolean created) {
	}

	private record Written(String sha256, long size, String mediaType) {
	}

}
