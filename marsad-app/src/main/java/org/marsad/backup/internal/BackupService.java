package org.marsad.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.backup.BackupKey;
import org.marsad.backup.Backups;
import org.marsad.keys.MasterKeys;

import org.springframework.transaction.support.TransactionOperations;

/**
 * The {@link Backups} use cases. A written archive is recorded in the audit log (who took
 * it, when, and a digest of its manifest), after the snapshot, so the archive does not
 * hold its own entry.
 */
class BackupService implements Backups {

	private final ArchiveWriter writer;

	private final Restoration restoration;

	private final MasterKeys masters;

	private final AuditLog audit;

	private final TransactionOperations transactions;

	BackupService(ArchiveWriter writer, Restoration restoration, MasterKeys masters, AuditLog audit,
			TransactionOperations transactions) {
		this.writer = writer;
		this.restoration = restoration;
		this.masters = masters;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Override
	public Written write(Path file, BackupKey key) {
		Manifest manifest = this.writer.write(file, key,
				(key instanceof BackupKey.Passphrase) ? this.masters.current() : null);
		this.transactions.executeWithoutResult((status) -> this.audit.record(AuditRecord.of("written", "backup",
				file.getFileName().toString(), null, Map.of("createdAt", manifest.createdAt().toString(), "entries",
						manifest.entries().stream().map((entry) -> entry.name() + " " + entry.sha256()).toList()))));
		return written(manifest, file);
	}

	@Override
	public Header inspect(Path file) {
		ArchiveHeader header = ArchiveReader.header(file);
		return new Header(header.passphrase(), header.masterKeyId());
	}

	@Override
	public Written verify(Path file, BackupKey key) {
		return written(ArchiveReader.read(file, key, null, (name, content) -> {
		}), file);
	}

	@Override
	public Written restore(Path file, BackupKey key, Path dataFolder) {
		return written(this.restoration.restore(file, key, dataFolder), file);
	}

	private static Written written(Manifest manifest, Path file) {
		try {
			return new Written(manifest.createdAt(), manifest.schemaVersion(), manifest.tables(), manifest.rows(),
					manifest.attachments(), Files.size(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
