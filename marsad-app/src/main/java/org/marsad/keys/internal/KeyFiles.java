package org.marsad.keys.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.marsad.keys.MasterKey;

/**
 * Key files with owner-only permissions: the folder {@code rwx------}, files
 * {@code rw-------}, each file created with those permissions (never widened and then
 * narrowed) and moved into place atomically, so that no reader sees a partial key.
 */
final class KeyFiles {

	static final String FOLDER = "keys";

	static final String CURRENT = "master.key";

	static final String NEXT = "master.key.next";

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private KeyFiles() {
	}

	static Path folder(Path dataFolder) {
		return dataFolder.resolve(FOLDER);
	}

	static MasterKey read(Path file) {
		try {
			return MasterKey.parse(Files.readString(file, StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the master key file " + file, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("the master key file " + file + " holds no master key");
		}
	}

	/**
	 * Writes a key file atomically with owner-only permissions.
	 * @param file the file
	 * @param key the key
	 */
	static void write(Path file, MasterKey key) {
		try {
			createFolder(file.getParent());
			Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
			Files.deleteIfExists(temporary);
			if (POSIX) {
				Files.createFile(temporary,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(temporary, key.encoded() + "\n", StandardCharsets.US_ASCII);
			move(temporary, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the master key file " + file, ex);
		}
	}

	static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void createFolder(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			return;
		}
		if (POSIX) {
			Files.createDirectories(folder,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		else {
			Files.createDirectories(folder);
		}
	}

}
