package org.marsad.keys.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.keys.KeyRotation;
import org.marsad.keys.MasterKey;
import org.marsad.keys.ProtectionFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionOperations;

/**
 * Rotates keys as {@link KeyRotation} describes. Order of steps, so that a stop at any
 * point leaves a keyring that opens:
 * <ol>
 * <li>stage the new master key ({@code master.key.next})</li>
 * <li>re-wrap every data key under it, lock the keyring while doing so, record the
 * rotation in the audit log, commit</li>
 * <li>move the staged key into place (a start that finds the keyring under the staged key
 * does this step itself)</li>
 * <li>with a new data key, re-encrypt the registered values under it, in batches</li>
 * </ol>
 */
class KeyRotator implements KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotator.class);

	private final Keyring keyring;

	private final MasterKeySource masters;

	private final DataKeyRepository repository;

	private final ProtectedValues values;

	private final AuditLog audit;

	private final TransactionOperations transactions;

	private final Clock clock;

	KeyRotator(Keyring keyring, MasterKeySource masters, DataKeyRepository repository, ProtectedValues values,
			AuditLog audit, TransactionOperations transactions, Clock clock) {
		this.keyring = keyring;
		this.masters = masters;
		this.repository = repository;
		this.values = values;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public Rotated rotate(MasterKey newMasterKey, boolean newDataKey) {
		this.keyring.load();
		MasterKey previous = this.masters.current();
		MasterKey next = chooseNext(newMasterKey, previous);
		boolean file = !this.masters.fromEnvironment();
		if (file) {
			this.masters.stage(next);
		}
		Rewrapped rewrapped;
		try {
			rewrapped = this.transactions.execute((status) -> rewrap(previous, next, newDataKey));
		}
		catch (RuntimeException ex) {
			if (file) {
				this.masters.discardPending();
			}
			throw ex;
		}
		if (file) {
			this.masters.promote(next);
		}
		this.keyring.replace(rewrapped.keys(), rewrapped.activeId());
		long reencrypted = newDataKey ? this.values.reencrypt() : 0;
		log.info("Rotated the master key {} to {}: {} data keys re-wrapped, {} values re-encrypted", previous.id(),
				next.id(), rewrapped.count(), reencrypted);
		return new Rotated(previous.id(), next.id(), rewrapped.count(), newDataKey ? rewrapped.activeId() : null,
				reencrypted);
	}

	@Override
	public Status status() {
		Map<String, Long> counts = this.values.countByKey();
		List<DataKey> keys = new ArrayList<>();
		for (DataKeyRepository.StoredKey key : this.repository.all()) {
			keys.add(new DataKey(key.id(), key.active(), key.masterKeyId(), key.createdAt(),
					counts.getOrDefault(key.id(), 0L)));
		}
		return new Status(this.masters.current().id(), this.masters.source(), List.copyOf(keys));
	}

	private MasterKey chooseNext(MasterKey given, MasterKey previous) {
		if (given == null && this.masters.fromEnvironment()) {
			throw new IllegalStateException(
					"the master key comes from MARSAD_MASTER_KEY: give the new one in MARSAD_NEW_MASTER_KEY");
		}
		MasterKey next = (given != null) ? given : MasterKey.generate();
		if (next.equals(previous)) {
			throw new IllegalStateException("the new master key is the one in use");
		}
		return next;
	}

	private Rewrapped rewrap(MasterKey previous, MasterKey next, boolean newDataKey) {
		List<DataKeyRepository.StoredKey> rows = this.repository.lockAll();
		Map<String, byte[]> keys = new HashMap<>();
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		String active = null;
		for (DataKeyRepository.StoredKey row : rows) {
			if (!row.masterKeyId().equals(previous.id())) {
				throw new ProtectionFailed("data key " + row.id() + " is wrapped under master key " + row.masterKeyId()
						+ ", not under the key in use " + previous.id());
			}
			byte[] key = Keyring.unwrap(previous, row.id(), row.wrapped());
			String wrapped = Base64.getEncoder().encodeToString(Keyring.wrap(next, row.id(), key));
			this.repository.rewrap(row.id(), wrapped, next.id());
			keys.put(row.id(), key);
			before.put(row.id(), row.masterKeyId());
			after.put(row.id(), next.id());
			active = row.active() ? row.id() : active;
		}
		if (newDataKey) {
			active = Keyring.newId();
			byte[] key = Keyring.newKey();
			this.repository.insert(new DataKeyRepository.StoredKey(active,
					Base64.getEncoder().encodeToString(Keyring.wrap(next, active, key)), next.id(), true,
					this.clock.instant().truncatedTo(ChronoUnit.MICROS)));
			this.repository.activateOnly(active);
			keys.put(active, key);
			after.put(active, next.id());
		}
		this.audit.record(AuditRecord.of("rotated", "keyring", next.id(), Map.of("wraps", before),
				Map.of("wraps", after, "active", String.valueOf(active))));
		return new Rewrapped(keys, (active != null) ? active : rows.get(rows.size() - 1).id(), rows.size());
	}

	/**
	 * The keyring after re-wrapping.
	 *
	 * @param keys the data keys by id
	 * @param activeId the active one
	 * @param count how many were re-wrapped
	 */
	private record Rewrapped(Map<String, byte[]> keys, String activeId, int count) {
	}

}
