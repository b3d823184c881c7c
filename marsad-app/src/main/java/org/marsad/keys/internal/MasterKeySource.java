package org.marsad.keys.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.marsad.keys.MasterKey;
import org.marsad.keys.MasterKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Where the master key comes from.
 * <ul>
 * <li>{@code MARSAD_MASTER_KEY} (property {@code marsad.master-key}) when set: base64 of
 * 32 bytes; nothing is written to disk</li>
 * <li>otherwise {@code keys/master.key} under the data folder, generated on first
 * use</li>
 * <li>a rotation stages the new key as {@code keys/master.key.next} and promotes it after
 * the keyring was re-wrapped; {@link #pending()} lets a start complete a rotation that
 * stopped in between</li>
 * </ul>
 */
class MasterKeySource implements MasterKeys {

	private static final Logger log = LoggerFactory.getLogger(MasterKeySource.class);

	private final Path dataFolder;

	private final String environmentKey;

	private MasterKey current;

	MasterKeySource(Path dataFolder, String environmentKey) {
		this.dataFolder = dataFolder;
		this.environmentKey = StringUtils.hasText(environmentKey) ? environmentKey : null;
	}

	@Override
	public synchronized MasterKey current() {
		if (this.current == null) {
			this.current = load();
		}
		return this.current;
	}

	@Override
	public String source() {
		return fromEnvironment() ? "environment (MARSAD_MASTER_KEY)" : file().toString();
	}

	@Override
	public Path install(Path dataFolder, MasterKey key) {
		Path target = KeyFiles.folder(dataFolder).resolve(KeyFiles.CURRENT);
		KeyFiles.write(target, key);
		return target;
	}

	boolean fromEnvironment() {
		return this.environmentKey != null;
	}

	/** Whether a key is there to load, without creating one. */
	boolean present() {
		return fromEnvironment() || Files.isRegularFile(file());
	}

	/** Reads the key again, after another process may have rotated it. */
	synchronized MasterKey reload() {
		this.current = load();
		return this.current;
	}

	/** A key staged by a rotation that did not finish, if any. */
	Optional<MasterKey> pending() {
		Path next = next();
		return (!fromEnvironment() && Files.isRegularFile(next)) ? Optional.of(KeyFiles.read(next)) : Optional.empty();
	}

	void stage(MasterKey key) {
		KeyFiles.write(next(), key);
	}

	/**
	 * Makes the staged key the current one. Another process (a server completing the
	 * rotation at start) may have done it first; that is fine as long as the file then
	 * holds the expected key.
	 * @param expected the staged key
	 */
	synchronized void promote(MasterKey expected) {
		try {
			if (Files.isRegularFile(next())) {
				KeyFiles.move(next(), file());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot move the new master key into place", ex);
		}
		MasterKey promoted = KeyFiles.read(file());
		if (!promoted.equals(expected)) {
			throw new IllegalStateException("the master key file changed during the rotation");
		}
		this.current = promoted;
		log.info("Master key {} is now in {}", promoted.id(), file());
	}

	void discardPending() {
		try {
			Files.deleteIfExists(next());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove " + next(), ex);
		}
	}

	Path file() {
		return KeyFiles.folder(this.dataFolder).resolve(KeyFiles.CURRENT);
	}

	private Path next() {
		return KeyFiles.folder(this.dataFolder).resolve(KeyFiles.NEXT);
	}

	private MasterKey load() {
		if (this.environmentKey != null) {
			try {
				return MasterKey.parse(this.environmentKey);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("MARSAD_MASTER_KEY is not a master key (base64 of 32 bytes)");
			}
		}
		Path file = file();
		if (Files.isRegularFile(file)) {
			return KeyFiles.read(file);
		}
		MasterKey created = MasterKey.generate();
		KeyFiles.write(file, created);
		log.info("Created the master key {} in {}; keep a copy apart from the data and its backups", created.id(),
				file);
		return created;
	}

}
