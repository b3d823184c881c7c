package org.marsad;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.marsad.console.ConsoleCommand;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.keys.MasterKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console commands on an embedded database in a data folder of their own, as
 * {@code ./marsad keys …} and {@code ./marsad audit …} run them.
 */
class CommandsTests {

	@TempDir
	Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void schema() {
		Marsad.localDatabaseServer();
		Flyway.configure().dataSource(url(), "sa", "").locations("classpath:db/migration").load().migrate();
	}

	@Test
	void keysStatusCreatesTheKeyringOnFirstUse() {
		assertThat(run("keys", "status")).isEqualTo(ConsoleCommand.DONE);
		assertThat(output()).contains("Master key").contains(this.data.resolve("keys/master.key").toString());
	}

	@Test
	void keysRotateReplacesTheMasterKeyAndIsAudited() {
		run("keys", "status");
		String before = MasterKey.parse(read(this.data.resolve("keys/master.key"))).id();
		assertThat(run("keys", "rotate", "--new-data-key")).isEqualTo(ConsoleCommand.DONE);
		String after = MasterKey.parse(read(this.data.resolve("keys/master.key"))).id();
		assertThat(after).isNotEqualTo(before);
		assertThat(output()).contains("Master key " + before + " replaced by " + after).contains("New data key");
		this.out.reset();
		assertThat(run("audit", "verify")).isEqualTo(ConsoleCommand.DONE);
		assertThat(output()).contains("intact: 1 entries");
	}

	@Test
	void keysGeneratePrintsAMasterKey() {
		assertThat(run("keys", "generate")).isEqualTo(ConsoleCommand.DONE);
		assertThat(MasterKey.parse(output().strip())).isNotNull();
	}

	@Test
	void auditVerifySaysWhichEntryWasEdited() throws Exception {
		run("keys", "rotate");
		run("keys", "rotate");
		this.out.reset();
		sql("UPDATE audit_entry SET actor = 'someone' WHERE seq = 1");
		assertThat(run("audit", "verify")).isEqualTo(ConsoleCommand.FAILED);
		assertThat(output()).contains("ALTERED at entry 1").contains("BROKEN");
	}

	@Test
	void auditVerifyChecksANotedEntry() {
		run("keys", "rotate");
		assertThat(run("audit", "verify", "--expect", "1:" + "0".repeat(64))).isEqualTo(ConsoleCommand.FAILED);
		assertThat(output()).contains("WITNESS at entry 1");
	}

	@Test
	void backupAndRestoreThroughTheConsole(@TempDir Path elsewhere) throws Exception {
		run("keys", "rotate");
		Path archive = elsewhere.resolve("marsad.bak");
		assertThat(run("backup", archive.toString())).as(this.err.toString(StandardCharsets.UTF_8))
			.isEqualTo(ConsoleCommand.DONE);
		assertThat(output()).contains("Wrote " + archive).contains("restoring needs that key");
		Path restored = elsewhere.resolve("restored");
		ConsoleRun run = ConsoleRun.of("restore", archive.toString(), "--data", restored.toString(), "--key-file",
				this.data.resolve("keys/master.key").toString());
		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out()).contains("every hash and the audit chain verified");
		assertThat(restored.resolve("keys/master.key")).hasSameTextualContentAs(this.data.resolve("keys/master.key"));
		assertThat(ConsoleRun.of("audit", "verify", "--data", restored.toString()).out()).contains("intact: 2 entries");
	}

	@Test
	void aBackupNeverOverwritesAnArchive(@TempDir Path elsewhere) throws Exception {
		Path archive = java.nio.file.Files.writeString(elsewhere.resolve("marsad.bak"), "older");
		assertThat(run("backup", archive.toString())).isEqualTo(ConsoleCommand.FAILED);
		assertThat(archive).hasContent("older");
	}

	@Test
	void wrongUsageSaysHow() {
		assertThat(run("keys", "shred")).isEqualTo(ConsoleCommand.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("keys rotate");
	}

	private int run(String command, String... args) {
		String[] all = new String[args.length + 2];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--data";
		all[args.length + 1] = this.data.toString();
		return new Commands(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run(command, all);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String url() {
		return "jdbc:h2:file:" + this.data.resolve("db/marsad")
				+ ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	private void sql(String statement) throws Exception {
		try (Connection connection = DriverManager.getConnection(url(), "sa", "");
				Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	private static String read(Path file) {
		try {
			return java.nio.file.Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
