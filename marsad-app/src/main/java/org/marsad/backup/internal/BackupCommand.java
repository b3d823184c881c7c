package org.marsad.backup.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.marsad.console.CommandLine;
import org.marsad.console.ConsoleCommand;
import org.marsad.audit.AuditLog;
import org.marsad.audit.ChainCheck;
import org.marsad.backup.BackupKey;
import org.marsad.backup.Backups;
import org.marsad.keys.MasterKeys;

import org.springframework.core.env.Environment;

/**
 * {@code ./marsad backup FILE [--passphrase]}: writes an archive while the server runs,
 * encrypted under the master key, or under a passphrase (the archive then holds the
 * master key too). It says whether the audit chain was intact: an archive of a broken
 * chain is kept as evidence but will not restore.
 */
class BackupCommand implements ConsoleCommand {

	private final Backups backups;

	private final MasterKeys masters;

	private final AuditLog audit;

	private final Environment environment;

	BackupCommand(Backups backups, MasterKeys masters, AuditLog audit, Environment environment) {
		this.backups = backups;
		this.masters = masters;
		this.audit = audit;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String usage() {
		return "backup FILE [--passphrase]";
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) {
		Path file = Path.of(line.positional(0, "name the archive to write"));
		boolean passphrase = line.flag("--passphrase");
		BackupKey key = passphrase ? Passphrases.read(this.environment, true)
				: new BackupKey.MasterKeyed(this.masters.current());
		ChainCheck chain = this.audit.verify();
		Backups.Written written = this.backups.write(file, key);
		out.println("Wrote " + file + ": " + written.tables() + " tables, " + written.rows() + " rows, "
				+ written.attachments() + " stored files, " + written.bytes() + " bytes; schema version "
				+ written.schemaVersion() + ", snapshot of " + written.createdAt() + ".");
		out.println(passphrase ? "Encrypted under the passphrase; the archive holds the master key."
				: "Encrypted under master key " + this.masters.current().id()
						+ ": restoring needs that key, which the archive does not hold.");
		if (!chain.intact()) {
			err.println("Warning: the audit chain is broken (" + chain.breaks().get(0).detail()
					+ "); the archive keeps it as it is, and a restore will refuse it.");
			return FAILED;
		}
		return DONE;
	}

}
