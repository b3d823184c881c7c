package org.marsad.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Keeps uploaded sheets in the data folder ({@code imports/<id>}), under the sheet's
 * random id: the sender's file name never becomes a path. A file is written beside its
 * final name and moved there only when complete, so a broken upload leaves nothing
 * behind.
 */
final class SheetFiles {

	private static final int HEAD = 8;

	private final Path folder;

	private final long maxBytes;

	SheetFiles(Path folder, long maxBytes) {
		this.folder = folder;
		this.maxBytes = maxBytes;
	}

	/**
	 * Stores an upload.
	 * @param id the sheet's id
	 * @param content the bytes
	 * @return what was stored
	 * @throws SheetUnreadable for an empty or oversized file, or a legacy workbook
	 */
	Stored store(UUID id, InputStream content) {
		Path part = this.folder.resolve(id + ".part");
		try {
			Files.createDirectories(this.folder);
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] head = new byte[HEAD];
			int headLength = 0;
			long size = 0;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256)) {
				byte[] buffer = new byte[64 * 1024];
				int read;
				while ((read = content.read(buffer)) > 0) {
					size += read;
					if (size > this.maxBytes) {
						throw new SheetUnreadable("import.error.tooLarge", 0);
					}
					int copied = Math.min(HEAD - headLength, read);
					System.arraycopy(buffer, 0, head, headLength, copied);
					headLength += copied;
					out.write(buffer, 0, read);
				}
			}
			if (size == 0) {
				throw new SheetUnreadable("import.error.empty", 0);
			}
			SheetFormat format = SheetFormat.recognise(head, headLength);
			Files.move(part, path(id), StandardCopyOption.ATOMIC_MOVE);
			return new Stored(format, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			delete(part);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			delete(part);
			throw ex;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Where a stored sheet is. */
	Path path(UUID id) {
		return this.folder.resolve(id.toString());
	}

	/** Removes a stored sheet, if it is there. */
	void delete(UUID id) {
		delete(path(id));
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Nothing refers to the file; the next upload of the same id cannot happen.
		}
	}

	/**
	 * What was stored.
	 *
	 * @param format the format recognised from the first bytes
	 * @param size the size in bytes
	 * @param sha256 the SHA-256 of the bytes, in hexadecimal
	 */
	record Stored(SheetFormat format, long size, String sha256) {
	}

}
