package org.marsad.keys.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.marsad.keys.FieldAddress;
import org.marsad.keys.MasterKey;
import org.marsad.keys.ProtectedFields;
import org.marsad.keys.ProtectedText;
import org.marsad.keys.ProtectionFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionOperations;

/**
 * The data keys, unwrapped in memory, and the sealing of protected values with them.
 * <ul>
 * <li>loaded once, in a transaction of its own (a first data key created on the way
 * survives a rollback of the caller)</li>
 * <li>a value sealed under a key this process does not hold (made by a rotation in
 * another process) makes it read the keyring again, with the master key read again
 * too</li>
 * <li>at most every {@link #REFRESH} it checks which data key is active, so that servers
 * seal with a key made by a rotation in another process</li>
 * <li>the associated data binds a value to its table, column, row and key id</li>
 * </ul>
 */
class Keyring implements ProtectedFields {

	static final Duration REFRESH = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(Keyring.class);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MasterKeySource masters;

	private final DataKeyRepository repository;

	private final TransactionOperations separate;

	private final Clock clock;

	private volatile State state;

	Keyring(MasterKeySource masters, DataKeyRepository repository, TransactionOperations separate, Clock clock) {
		this.masters = masters;
		this.repository = repository;
		this.separate = separate;
		this.clock = clock;
	}

	@Override
	public ProtectedText seal(String clear, FieldAddress address) {
		if (clear == null) {
			return null;
		}
		State current = sealingState();
		String id = current.activeId();
		byte[] sealed = Gcm.seal(current.keys().get(id), clear.getBytes(StandardCharsets.UTF_8),
				associated(address, id));
		return new ProtectedText(ProtectedText.PREFIX + id + ":" + ENCODER.encodeToString(sealed));
	}

	@Override
	public String open(ProtectedText sealed, FieldAddress address) {
		if (sealed == null) {
			return null;
		}
		String id = sealed.keyId();
		byte[] key = key(id);
		String body = sealed.stored().substring(ProtectedText.PREFIX.length() + id.length() + 1);
		try {
			return new String(Gcm.open(key, DECODER.decode(body), associated(address, id)), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new ProtectionFailed("the value in " + where(address) + " does not open with data key " + id
					+ ": it was altered or moved");
		}
	}

	/** Reads the keyring, creating the first data key when there is none. */
	synchronized void load() {
		this.state = this.separate.execute((status) -> read(Map.of()));
	}

	/** The id of the data key new values are sealed with. */
	String activeId() {
		return sealingState().activeId();
	}

	/** The unwrapped data keys by id. */
	Map<String, byte[]> keys() {
		return loaded().keys();
	}

	/** Adopts a keyring changed by this process (a rotation). */
	synchronized void replace(Map<String, byte[]> keys, String activeId) {
		this.state = new State(Map.copyOf(keys), activeId, this.clock.instant());
	}

	static byte[] wrap(MasterKey master, String id, byte[] dataKey) {
		return Gcm.seal(master.bytes(), dataKey, wrapping(id));
	}

	static byte[] unwrap(MasterKey master, String id, String wrapped) {
		try {
			return Gcm.open(master.bytes(), Base64.getDecoder().decode(wrapped), wrapping(id));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new ProtectionFailed("data key " + id + " does not open with master key " + master.id());
		}
	}

	static String newId() {
		byte[] id = new byte[4];
		RANDOM.nextBytes(id);
		return "k" + HexFormat.of().formatHex(id);
	}

	static byte[] newKey() {
		byte[] key = new byte[MasterKey.LENGTH];
		RANDOM.nextBytes(key);
		return key;
	}

	private State loaded() {
		State current = this.state;
		if (current == null) {
			load();
			current = this.state;
		}
		return current;
	}

	private State sealingState() {
		State current = loaded();
		if (current.checkedAt().plus(REFRESH).isBefore(this.clock.instant())) {
			current = refreshActive(current);
		}
		return current;
	}

	private synchronized State refreshActive(State seen) {
		if (this.state != seen) {
			return this.state;
		}
		Optional<String> active = this.separate.execute((status) -> this.repository.activeId());
		State next = new State(seen.keys(), seen.activeId(), this.clock.instant());
		if (active.isPresent() && !active.get().equals(seen.activeId())) {
			try {
				State reread = this.separate.execute((status) -> read(seen.keys()));
				next = reread.keys().containsKey(active.get()) ? reread : next;
			}
			catch (ProtectionFailed ex) {
				log.warn("Data key {} is active but cannot be opened here: {}; sealing with {} until restarted",
						active.get(), ex.getMessage(), seen.activeId());
			}
		}
		this.state = next;
		return next;
	}

	private byte[] key(String id) {
		byte[] key = loaded().keys().get(id);
		if (key != null) {
			return key;
		}
		synchronized (this) {
			key = this.state.keys().get(id);
			if (key == null) {
				this.state = this.separate.execute((status) -> read(this.state.keys()));
				key = this.state.keys().get(id);
			}
		}
		if (key == null) {
			throw new ProtectionFailed("no data key " + id + " in the keyring");
		}
		return key;
	}

	private State read(Map<String, byte[]> known) {
		List<DataKeyRepository.StoredKey> rows = this.repository.all();
		if (rows.isEmpty()) {
			return create();
		}
		if (!this.masters.present()) {
			throw new ProtectionFailed("the keyring exists but there is no master key: set MARSAD_MASTER_KEY or put "
					+ "back " + this.masters.file());
		}
		MasterKey master = masterFor(rows);
		Map<String, byte[]> keys = new HashMap<>(known);
		String active = null;
		for (DataKeyRepository.StoredKey row : rows) {
			if (!keys.containsKey(row.id())) {
				if (!row.masterKeyId().equals(master.id())) {
					throw new ProtectionFailed("data key " + row.id() + " is wrapped under master key "
							+ row.masterKeyId() + ", not under " + master.id());
				}
				keys.put(row.id(), unwrap(master, row.id(), row.wrapped()));
			}
			active = row.active() ? row.id() : active;
		}
		if (active == null) {
			active = rows.get(rows.size() - 1).id();
		}
		return new State(Map.copyOf(keys), active, this.clock.instant());
	}

	/**
	 * The master key that wraps the keyring: the current one; else a key staged by an
	 * interrupted rotation, which is then promoted; else the key file read again (another
	 * process rotated it).
	 */
	private MasterKey masterFor(List<DataKeyRepository.StoredKey> rows) {
		MasterKey master = this.masters.current();
		if (wrapsAll(rows, master)) {
			return master;
		}
		Optional<MasterKey> pending = this.masters.pending();
		if (pending.isPresent() && wrapsAll(rows, pending.get())) {
			this.masters.promote(pending.get());
			log.info("Completed an interrupted key rotation: master key {} is in use", pending.get().id());
			return pending.get();
		}
		if (!this.masters.fromEnvironment()) {
			master = this.masters.reload();
		}
		return master;
	}

	private static boolean wrapsAll(List<DataKeyRepository.StoredKey> rows, MasterKey master) {
		return rows.stream().allMatch((row) -> row.masterKeyId().equals(master.id()));
	}

	private State create() {
		MasterKey master = this.masters.current();
		String id = newId();
		byte[] key = newKey();
		this.repository
			.insert(new DataKeyRepository.StoredKey(id, Base64.getEncoder().encodeToString(wrap(master, id, key)),
					master.id(), true, this.clock.instant().truncatedTo(ChronoUnit.MICROS)));
		log.info("Created data key {} under master key {}", id, master.id());
		return new State(Map.of(id, key), id, this.clock.instant());
	}

	private static byte[] associated(FieldAddress address, String keyId) {
		return ("marsad.field.v1\u0000" + address.table() + "\u0000" + address.column() + "\u0000" + address.rowKey()
				+ "\u0000" + keyId)
			.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] wrapping(String id) {
		return ("marsad.data-key.v1\u0000" + id).getBytes(StandardCharsets.UTF_8);
	}

	private static String where(FieldAddress address) {
		return address.table() + "." + address.column() + " of row " + address.rowKey();
	}

	/**
	 * What is loaded.
	 *
	 * @param keys the unwrapped keys by id
	 * @param activeId the key new values are sealed with
	 * @param checkedAt when the active key was last checked
	 */
	private record State(Map<String, byte[]> keys, String activeId, Instant checkedAt) {
	}

}
