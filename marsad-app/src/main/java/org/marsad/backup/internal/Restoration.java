package org.marsad.backup.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.audit.ChainCheck;
import org.marsad.backup.ArchiveRefused;
import org.marsad.backup.BackupKey;
import org.marsad.keys.MasterKey;
import org.marsad.keys.MasterKeys;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.StringUtils;

/**
 * Restores an archive into an empty data folder and an empty database.
 * <ol>
 * <li>refuse a data folder that holds anything, then a database that holds any table</li>
 * <li>read the whole archive once: decryption, every hash, the manifest; nothing is
 * written yet</li>
 * <li>create the schema with the migrations, up to the archive's version (the next start
 * migrates further)</li>
 * <li>in one transaction: empty what the migrations filled, read the archive again and
 * insert every row (each entry checked against the verified manifest), put the stored
 * files in place, verify the audit chain, record the restore in it, commit</li>
 * <li>put the master key in place (the one in a passphrase archive, or the one given),
 * unless {@code MARSAD_MASTER_KEY} is set</li>
 * </ol>
 * If anything fails, the transaction rolls back, the schema is cleaned and the data
 * folder emptied again, so a corrected restore can start over.
 */
class Restoration {

	private final DataSource dataSource;

	private final TransactionOperations transactions;

	private final AuditLog audit;

	private final MasterKeys masters;

	private final Environment environment;

	Restoration(DataSource dataSource, TransactionOperations transactions, AuditLog audit, MasterKeys masters,
			Environment environment) {
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.audit = audit;
		this.masters = masters;
		this.environment = environment;
	}

	Manifest restore(Path file, BackupKey key, Path dataFolder) {
		requireEmpty(dataFolder);
		Manifest verified = ArchiveReader.read(file, key, null, (name, content) -> {
		});
		requireEmptyDatabase();
		try {
			migrate(verified.schemaVersion());
			Manifest restored = this.transactions.execute((status) -> load(file, key, verified, dataFolder));
			return restored;
		}
		catch (RuntimeException ex) {
			undo(dataFolder);
			throw (ex instanceof ArchiveRefused refused) ? refused
					: new ArchiveRefused("the restore failed and was undone: " + ex.getMessage(), ex);
		}
	}

	private Manifest load(Path file, BackupKey key, Manifest verified, Path dataFolder) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			boolean h2 = ArchiveWriter.isH2(connection);
			List<Schema.Table> tables = Schema.read(connection);
			empty(connection, tables);
			Map<String, Schema.Table> byName = new TreeMap<>();
			tables.forEach((table) -> byName.put(table.name().toLowerCase(Locale.ROOT), table));
			MasterKey[] archived = new MasterKey[1];
			ArchiveReader.read(file, key, verified, (name, content) -> {
				if (name.startsWith(Manifest.TABLES)) {
					tableEntry(connection, byName, content, h2);
				}
				else if (name.startsWith(Manifest.ATTACHMENTS)) {
					store(dataFolder, name.substring(Manifest.ATTACHMENTS.length()), content);
				}
				else if (name.equals(Manifest.MASTER_KEY)) {
					archived[0] = MasterKey.parse(new String(content.readAllBytes(), StandardCharsets.US_ASCII));
				}
			});
			ChainCheck check = this.audit.verify();
			if (!check.intact()) {
				throw new ArchiveRefused("the audit chain in the archive is broken: " + check.breaks().get(0).detail());
			}
			this.audit.record(AuditRecord.of("restored", "backup", file.getFileName().toString(), null,
					Map.of("createdAt", verified.createdAt().toString(), "schemaVersion", verified.schemaVersion(),
							"entries", verified.entries().size())));
			installMasterKey(dataFolder, (archived[0] != null) ? archived[0]
					: (key instanceof BackupKey.MasterKeyed keyed) ? keyed.masterKey() : null);
			return verified;
		}
		catch (SQLException ex) {
			throw new ArchiveRefused("the database refused the archive's rows: " + ex.getMessage(), ex);
		}
	}

	private static void tableEntry(Connection connection, Map<String, Schema.Table> tables, InputStream content,
			boolean h2) throws IOException {
		try {
			TableImport.load(connection, tables, content, h2);
		}
		catch (SQLException ex) {
			throw new ArchiveRefused("the database refused the archive's rows: " + ex.getMessage(), ex);
		}
	}

	private static void empty(Connection connection, List<Schema.Table> tables) throws SQLException {
		for (int i = tables.size() - 1; i >= 0; i--) {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("DELETE FROM " + Schema.quote(tables.get(i).name()));
			}
		}
	}

	private static void store(Path dataFolder, String sha256, InputStream content) throws IOException {
		Path target = dataFolder.resolve("attachments")
			.resolve(sha256.substring(0, 2))
			.resolve(sha256.substring(2, 4))
			.resolve(sha256);
		Path temporary = Files.createDirectories(dataFolder.resolve("attachments").resolve("tmp"))
			.resolve(sha256 + ".part");
		Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
		Files.createDirectories(target.getParent());
		Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
	}

	private void installMasterKey(Path dataFolder, MasterKey key) {
		if (key != null && !StringUtils.hasText(this.environment.getProperty("marsad.master-key"))) {
			this.masters.install(dataFolder, key);
		}
	}

	private void migrate(String version) {
		Flyway flyway = flyway().target(version).load();
		boolean known = Arrays.stream(flyway.info().all())
			.anyMatch((info) -> info.getVersion() != null && info.getVersion().getVersion().equals(version));
		if (!known) {
			throw new ArchiveRefused("the archive comes from schema version " + version
					+ ", which this Marsad does not know: restore it with a Marsad at least as new");
		}
		flyway.migrate();
	}

	private FluentConfiguration flyway() {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(this.dataSource)
			.locations(this.environment.getProperty("spring.flyway.locations", "classpath:db/migration").split(","));
		String schemas = this.environment.getProperty("spring.flyway.schemas");
		if (StringUtils.hasText(schemas)) {
			configuration.schemas(schemas.split(",")).createSchemas(true);
		}
		return configuration;
	}

	private void requireEmpty(Path dataFolder) {
		if (Files.isDirectory(dataFolder)) {
			try (Stream<Path> entries = Files.list(dataFolder)) {
				if (entries.findAny().isPresent()) {
					throw new ArchiveRefused("the data folder " + dataFolder
							+ " is not empty: restore only into an empty or new folder");
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + dataFolder, ex);
			}
		}
		else if (Files.exists(dataFolder)) {
			throw new ArchiveRefused(dataFolder + " is not a folder");
		}
	}

	private void requireEmptyDatabase() {
		try (Connection connection = this.dataSource.getConnection()) {
			if (!Schema.isEmpty(connection)) {
				throw new ArchiveRefused("the database is not empty: restore only into an empty database");
			}
		}
		catch (SQLException ex) {
			throw new ArchiveRefused("cannot reach the database: " + ex.getMessage(), ex);
		}
	}

	/** Cleans the schema and empties the data folder again, as they were before. */
	private void undo(Path dataFolder) {
		try {
			flyway().cleanDisabled(false).load().clean();
		}
		catch (RuntimeException ex) {
			// the folder below is emptied regardless; the message of the failure says why
		}
		boolean fileDatabase = false;
		try (Connection connection = this.dataSource.getConnection()) {
			fileDatabase = ArchiveWriter.isH2(connection)
					&& connection.getMetaData().getURL().startsWith("jdbc:h2:file:");
			if (fileDatabase) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SHUTDOWN");
				}
			}
		}
		catch (SQLException ex) {
			// nothing more to close
		}
		if (fileDatabase) {
			closePool();
		}
		deleteContents(dataFolder);
	}

	/**
	 * Closes the connection pool after the embedded database was shut down: a pool left
	 * open replaces the closed connections in the background, and each new connection
	 * creates the database files again inside the folder being emptied. Restores run from
	 * the console command, in a context of their own that ends with them.
	 */
	private void closePool() {
		try {
			if (this.dataSource.isWrapperFor(Closeable.class)) {
				this.dataSource.unwrap(Closeable.class).close();
			}
		}
		catch (SQLException | IOException ex) {
			// the folder is emptied regardless; a file left behind is reported there
		}
	}

	private static void deleteContents(Path folder) {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).filter((path) -> !path.equals(folder)).forEach((path) -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ArchiveRefused("the restore failed and " + folder + " could not be emptied again: remove it");
		}
	}

}
