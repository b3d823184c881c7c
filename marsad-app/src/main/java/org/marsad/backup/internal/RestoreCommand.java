package org.marsad.backup.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.marsad.console.CommandLine;
import org.marsad.console.ConsoleCommand;
import org.marsad.settings.MarsadProperties;
import org.marsad.backup.BackupKey;
import org.marsad.backup.Backups;
import org.marsad.keys.MasterKey;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code ./marsad restore FILE [--passphrase] [--key-file F] [--verify-only]}: restores
 * an archive into the data folder ({@code --data}), which must be empty, and the database
 * it configures, which must be empty too. An archive under the master key needs it, from
 * {@code --key-file} or {@code MARSAD_MASTER_KEY}. {@code --verify-only} checks the
 * archive and writes nothing.
 */
class RestoreCommand implements ConsoleCommand {

	private final Backups backups;

	private final MarsadProperties properties;

	private final Environment environment;

	RestoreCommand(Backups backups, MarsadProperties properties, Environment environment) {
		this.backups = backups;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String usage() {
		return "restore FILE [--passphrase] [--key-file F] [--verify-only]";
	}

	@Override
	public int run(CommandLine line, PrintStream out, PrintStream err) {
		Path file = Path.of(line.positional(0, "name the archive to restore"));
		if (!Files.isRegularFile(file)) {
			throw new IllegalArgumentException("there is no archive " + file);
		}
		Backups.Header header = this.backups.inspect(file);
		BackupKey key = header.passphrase() ? Passphrases.read(this.environment, false)
				: new BackupKey.MasterKeyed(masterKey(line, header));
		if (line.flag("--verify-only")) {
			Backups.Written verified = this.backups.verify(file, key);
			out.println("The archive " + file + " is complete and intact: " + verified.tables() + " tables, "
					+ verified.rows() + " rows, " + verified.attachments() + " stored files.");
			return DONE;
		}
		Backups.Written restored = this.backups.restore(file, key, this.properties.data());
		out.println("Restored " + file + " into " + this.properties.data() + ": " + restored.tables() + " tables, "
				+ restored.rows() + " rows, " + restored.attachments() + " stored files, schema version "
				+ restored.schemaVersion() + "; every hash and the audit chain verified.");
		return DONE;
	}

	private MasterKey masterKey(CommandLine line, Backups.Header header) {
		String file = line.value("--key-file");
		if (file != null) {
			try {
				return MasterKey.parse(Files.readString(Path.of(file)));
			}
			catch (java.io.IOException ex) {
				throw new IllegalArgumentException("cannot read the key file " + file);
			}
		}
		String configured = this.environment.getProperty("marsad.master-key");
		if (!StringUtils.hasText(configured)) {
			throw new IllegalArgumentException("this archive needs master key " + header.masterKeyId()
					+ ": give it with --key-file F or MARSAD_MASTER_KEY");
		}
		return MasterKey.parse(configured);
	}

}
