package org.marsad.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ConsoleRun;
import org.marsad.settings.MarsadProperties;
import org.marsad.intake.Reports;
import org.marsad.intake.Sources;
import org.marsad.keys.MasterKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backups written while the application serves, restored into a fresh data folder and
 * database, and compared with the original: every table, every stored file, the audit
 * chain and the master key. Run on H2 ({@link BackupRestoreTests}) and PostgreSQL
 * ({@link BackupRestorePostgresIntegrationTests}); subclasses say where a restore goes.
 */
@SpringBootTest
abstract class BackupRestoreContract {

	static final String PASSPHRASE = "نخلة في صحراء الجزيرة ٢٠٢٦";

	@Autowired
	Backups backups;

	@Autowired
	Sources sources;

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MarsadProperties properties;

	@Autowired
	MasterKeys masters;

	@TempDir
	Path folder;

	/** Arguments that point a restore at a fresh, empty database. */
	abstract List<String> freshDatabase(Path dataFolder);

	/** A connection to the database a restore with those arguments wrote. */
	abstract Connection restoredDatabase(Path dataFolder) throws Exception;

	@Test
	void restoresEverythingUnderAPassphrase() throws Exception {
		RecordSample.write(this.sources, this.reports, this.jdbc, "أ");
		Path archive = this.folder.resolve("marsad.bak");
		this.backups.write(archive, new BackupKey.Passphrase(PASSPHRASE.toCharArray()));
		Path restored = this.folder.resolve("restored");
		ConsoleRun run = restore(archive, restored, "--passphrase", "--marsad.backup-passphrase=" + PASSPHRASE);
		assertThat(run.status()).as(run.err()).isZero();
		assertSameAsOriginal(restored);
		assertThat(Files.readString(restored.resolve("keys/master.key")).strip())
			.isEqualTo(this.masters.current().encoded());
	}

	@Test
	void restoresEverythingUnderTheMasterKey() throws Exception {
		RecordSample.write(this.sources, this.reports, this.jdbc, "ب");
		Path archive = this.folder.resolve("marsad.bak");
		this.backups.write(archive, new BackupKey.MasterKeyed(this.masters.current()));
		Path restored = this.folder.resolve("restored");
		Path keyFile = this.properties.data().resolve("keys/master.key");
		ConsoleRun run = restore(archive, restored, "--key-file", keyFile.toString());
		assertThat(run.status()).as(run.err()).isZero();
		assertSameAsOriginal(restored);
	}

	@Test
	void aBackupTakenDuringWritesIsConsistent() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		List<Future<?>> work = new ArrayList<>();
		for (int writer = 0; writer < 2; writer++) {
			String tag = "w" + writer;
			work.add(writers.submit(() -> {
				int n = 0;
				while (running.get()) {
					RecordSample.write(this.sources, this.reports, this.jdbc, tag + "-" + n++);
				}
				return null;
			}));
		}
		Thread.sleep(1500);
		Path archive = this.folder.resolve("busy.bak");
		this.backups.write(archive, new BackupKey.Passphrase(PASSPHRASE.toCharArray()));
		running.set(false);
		for (Future<?> done : work) {
			done.get(60, TimeUnit.SECONDS);
		}
		writers.shutdown();
		Path restored = this.folder.resolve("restored");
		ConsoleRun run = restore(archive, restored, "--marsad.backup-passphrase=" + PASSPHRASE);
		assertThat(run.status()).as(run.err()).isZero();
		try (Connection connection = restoredDatabase(restored)) {
			JdbcClient copy = JdbcClient
				.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
			long reports = copy.sql("SELECT COUNT(*) FROM report").query(Long.class).single();
			assertThat(copy.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'created' AND record_kind = 'report'")
				.query(Long.class)
				.single()).isEqualTo(reports);
			assertThat(copy
				.sql("SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM report_version v "
						+ "WHERE v.report_id = r.id AND v.version = r.current_version)")
				.query(Long.class)
				.single()).isZero();
			for (String sha : copy.sql("SELECT DISTINCT sha256 FROM attachment").query(String.class).list()) {
				String hash = sha.strip();
				assertThat(restored.resolve("attachments")
					.resolve(hash.substring(0, 2))
					.resolve(hash.substring(2, 4))
					.resolve(hash)).exists();
			}
		}
	}

	@Test
	void refusesAFolderThatIsNotEmpty() throws Exception {
		Path archive = this.folder.resolve("marsad.bak");
		this.backups.write(archive, new BackupKey.Passphrase(PASSPHRASE.toCharArray()));
		Path restored = Files.createDirectories(this.folder.resolve("restored"));
		Files.writeString(restored.resolve("notes.txt"), "ملاحظات");
		ConsoleRun run = restore(archive, restored, "--marsad.backup-passphrase=" + PASSPHRASE);
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("not empty");
		try (var entries = Files.list(restored)) {
			assertThat(entries.toList()).containsExactly(restored.resolve("notes.txt"));
		}
	}

	@Test
	void refusesAWrongPassphraseAndLeavesNothing() throws Exception {
		Path archive = this.folder.resolve("marsad.bak");
		this.backups.write(archive, new BackupKey.Passphrase(PASSPHRASE.toCharArray()));
		Path restored = this.folder.resolve("restored");
		ConsoleRun run = restore(archive, restored, "--marsad.backup-passphrase=نخلة في صحراء أخرى");
		assertThat(run.err()).contains("does not open");
		assertEmpty(restored);
	}

	@Test
	void refusesAnAlteredArchiveAndLeavesNothing() throws Exception {
		RecordSample.write(this.sources, this.reports, this.jdbc, "ج");
		Path archive = this.folder.resolve("marsad.bak");
		this.backups.write(archive, new BackupKey.Passphrase(PASSPHRASE.toCharArray()));
		byte[] bytes = Files.readAllBytes(archive);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(archive, bytes);
		Path restored = this.folder.resolve("restored");
		ConsoleRun run = restore(archive, restored, "--marsad.backup-passphrase=" + PASSPHRASE);
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("altered");
		assertEmpty(restored);
	}

	@Test
	void refusesACutArchiveAndLeavesNothing() throws Exception {
		RecordSample.write(this.sources, this.reports, this.jdbc, "د");
		Path archive = this.folder.resolve("marsad.bak");
		this.backups.write(archive, new BackupKey.Passphrase(PASSPHRASE.toCharArray()));
		byte[] bytes = Files.readAllBytes(archive);
		Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length - 100));
		Path restored = this.folder.resolve("restored");
		ConsoleRun run = restore(archive, restored, "--marsad.backup-passphrase=" + PASSPHRASE);
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).containsAnyOf("cut off", "altered");
		assertEmpty(restored);
	}

	@Test
	void refusesAnArchiveWhoseAuditChainIsBrokenAndLeavesNothing() throws Exception {
		RecordSample.write(this.sources, this.reports, this.jdbc, "هـ");
		long seq = this.jdbc.sql("SELECT MAX(seq) FROM audit_entry").query(Long.class).single();
		String actor = this.jdbc.sql("SELECT actor FROM audit_entry WHERE seq = :seq")
			.param("seq", seq)
			.query(String.class)
			.single();
		this.jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = :seq").param("seq", seq).update();
		Path archive = this.folder.resolve("marsad.bak");
		try {
			this.backups.write(archive, new BackupKey.Passphrase(PASSPHRASE.toCharArray()));
		}
		finally {
			this.jdbc.sql("UPDATE audit_entry SET actor = :actor WHERE seq = :seq")
				.param("actor", actor)
				.param("seq", seq)
				.update();
		}
		Path restored = this.folder.resolve("restored");
		ConsoleRun run = restore(archive, restored, "--marsad.backup-passphrase=" + PASSPHRASE);
		assertThat(run.status()).isEqualTo(1);
		assertThat(run.err()).contains("audit chain").contains("entry " + seq);
		assertEmpty(restored);
	}

	@Test
	void verifyOnlyWritesNothing() throws Exception {
		Path archive = this.folder.resolve("marsad.bak");
		this.backups.write(archive, new BackupKey.Passphrase(PASSPHRASE.toCharArray()));
		Path restored = this.folder.resolve("restored");
		ConsoleRun run = restore(archive, restored, "--verify-only", "--marsad.backup-passphrase=" + PASSPHRASE);
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("complete and intact");
		assertThat(restored).doesNotExist();
	}

	void assertSameAsOriginal(Path restored) throws Exception {
		Map<String, List<String>> original;
		try (Connection connection = this.dataSource.getConnection()) {
			original = DatabaseContent.tables(connection);
		}
		Map<String, List<String>> copy;
		try (Connection connection = restoredDatabase(restored)) {
			copy = DatabaseContent.tables(connection);
		}
		assertThat(copy.keySet()).isEqualTo(original.keySet());
		for (String table : original.keySet()) {
			if (table.startsWith("audit_")) {
				continue;
			}
			assertThat(copy.get(table)).as(table).isEqualTo(original.get(table));
		}
		assertThat(withoutBackupEntries(copy.get("audit_entry")))
			.isEqualTo(withoutBackupEntries(original.get("audit_entry")));
		assertThat(DatabaseContent.files(restored.resolve("attachments")))
			.isEqualTo(DatabaseContent.files(this.properties.attachments()));
		ConsoleRun verify = ConsoleRun.of("audit", withDatabase(restored, "verify").toArray(String[]::new));
		assertThat(verify.out()).as(verify.err()).contains("intact");
	}

	private static List<String> withoutBackupEntries(List<String> entries) {
		return entries.stream().filter((entry) -> !entry.contains("record_kind=backup")).toList();
	}

	ConsoleRun restore(Path archive, Path dataFolder, String... options) {
		List<String> args = withDatabase(dataFolder, archive.toString());
		args.addAll(List.of(options));
		return ConsoleRun.of("restore", args.toArray(String[]::new));
	}

	List<String> withDatabase(Path dataFolder, String first) {
		List<String> args = new ArrayList<>(List.of(first, "--data", dataFolder.toString()));
		args.addAll(freshDatabase(dataFolder));
		return args;
	}

	static void assertEmpty(Path folder) throws Exception {
		if (Files.exists(folder)) {
			try (var entries = Files.list(folder)) {
				assertThat(entries.toList()).isEmpty();
			}
		}
	}

}
