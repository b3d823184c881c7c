package org.marsad.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.marsad.search.IndexInUse;

/**
 * The index folder: Lucene indexes ("generations") side by side, a file naming the one in
 * use, and a lock so that one process at a time opens it.
 * <ul>
 * <li>A rebuild writes a new generation beside the one in use and then names it in
 * {@value #CURRENT}, replacing that file by an atomic rename: a reader of the folder sees
 * the old generation or the new one, never a part of one.</li>
 * <li>Whatever the file does not name is left over from an interrupted rebuild, a
 * replaced generation or an older layout, and is removed when the folder is opened.</li>
 * <li>The lock ({@value #LOCK}, a native file lock) is held while the folder is open: a
 * second process, such as {@code ./marsad reindex} beside a running server, is refused
 * rather than allowed to replace the index under the server.</li>
 * </ul>
 */
final class IndexFolder implements Closeable {

	static final String CURRENT = "current";

	static final String LOCK = "marsad.lock";

	private static final String GENERATION = "generation-";

	private static final Pattern GENERATION_NAME = Pattern.compile(Pattern.quote(GENERATION) + "(\\d+)");

	/** Files of an index written straight into the folder, as before generations. */
	private static final Pattern LEGACY_FILE = Pattern.compile("(pending_)?segments(_\\w+)?|write\\.lock|_.+");

	private final Path root;

	private final Directory lockDirectory;

	private final Lock lock;

	private IndexFolder(Path root, Directory lockDirectory, Lock lock) {
		this.root = root;
		this.lockDirectory = lockDirectory;
		this.lock = lock;
	}

	/**
	 * Opens the folder, creating it when missing, and takes its lock.
	 * @param root the folder
	 * @return the open folder
	 * @throws IndexInUse when another process holds the lock
	 * @throws UncheckedIOException when the folder cannot be created or locked
	 */
	static IndexFolder open(Path root) {
		try {
			Files.createDirectories(root);
			Directory directory = FSDirectory.open(root);
			try {
				return new IndexFolder(root, directory, directory.obtainLock(LOCK));
			}
			catch (LockObtainFailedException ex) {
				directory.close();
				throw new IndexInUse(root);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The folder. */
	Path root() {
		return this.root;
	}

	/**
	 * The generation in use.
	 * @return its folder, or empty when none is named or the one named is missing
	 */
	Optional<Path> current() throws IOException {
		Path pointer = this.root.resolve(CURRENT);
		String name;
		try {
			name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		if (!GENERATION_NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path generation = this.root.resolve(name);
		return Files.isDirectory(generation) ? Optional.of(generation) : Optional.empty();
	}

	/**
	 * Creates the folder of a new generation, numbered after every one present.
	 * @return the empty folder
	 */
	Path next() throws IOException {
		long highest = 0;
		for (Path generation : generations()) {
			Matcher matcher = GENERATION_NAME.matcher(generation.getFileName().toString());
			if (matcher.matches()) {
				highest = Math.max(highest, Long.parseLong(matcher.group(1)));
			}
		}
		return Files.createDirectory(this.root.resolve(GENERATION + (highest + 1)));
	}

	/**
	 * Makes a generation the one in use, in one atomic step, durable when this returns.
	 * @param generation a folder given by {@link #next()}, holding a committed index
	 */
	void point(Path generation) throws IOException {
		Path written = this.root.resolve(CURRENT + ".next");
		Files.writeString(written, generation.getFileName().toString(), StandardCharsets.UTF_8);
		force(written);
		Files.move(written, this.root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
		force(this.root);
	}

	/**
	 * Removes every generation but the one given, and files of the older layout.
	 * @param kept the generation in use
	 */
	void removeAllBut(Path kept) throws IOException {
		for (Path generation : generations()) {
			if (!generation.equals(kept)) {
				remove(generation);
			}
		}
		try (Stream<Path> files = Files.list(this.root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (LEGACY_FILE.matcher(file.getFileName().toString()).matches()) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/**
	 * Removes a generation's folder and everything in it.
	 * @param generation the folder
	 */
	static void remove(Path generation) throws IOException {
		if (!Files.exists(generation)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(generation)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private List<Path> generations() throws IOException {
		try (Stream<Path> children = Files.list(this.root)) {
			return children.filter(Files::isDirectory)
				.filter((child) -> GENERATION_NAME.matcher(child.getFileName().toString()).matches())
				.toList();
		}
	}

	private static void force(Path path) throws IOException {
		boolean folder = Files.isDirectory(path);
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			if (!folder) {
				throw ex;
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.lock.close();
		}
		finally {
			this.lockDirectory.close();
		}
	}

}
