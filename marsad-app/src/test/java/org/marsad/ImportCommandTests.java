package org.marsad;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.marsad.console.ConsoleCommand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./marsad import gazetteer}: arguments, messages and exit status, against an
 * embedded database in a folder of its own.
 */
class ImportCommandTests {

	static final String FIXTURES = "src/test/resources/fixtures/gazetteer/";

	@TempDir
	Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		return ImportCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	int importFixture(String file, String... options) {
		String[] args = new String[4 + options.length];
		args[0] = "gazetteer";
		args[1] = FIXTURES + file;
		args[2] = "--data";
		args[3] = this.data.toString();
		System.arraycopy(options, 0, args, 4, options.length);
		this.out.reset();
		this.err.reset();
		return run(args);
	}

	String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void importsATableAndSaysWhatItDid() {
		assertThat(importFixture("places.tsv")).isEqualTo(ImportCommand.OK);
		assertThat(out()).contains("(table): 3 places read").contains("added      3").contains("rejected   0");
		assertThat(importFixture("places.tsv", "--format", "table")).isEqualTo(ImportCommand.OK);
		assertThat(out()).contains("unchanged  3").contains("added      0");
	}

	@Test
	void aRejectedRowStopsTheImportAndNamesTheRow() {
		assertThat(importFixture("bad-row.tsv")).isEqualTo(ImportCommand.REJECTED);
		assertThat(out()).contains("Not imported").contains("row 2 (test-bad-2): lat: The latitude");
		assertThat(err()).contains("nothing was imported");
		assertThat(importFixture("bad-row.tsv", "--skip-rejected")).isEqualTo(ImportCommand.OK);
		assertThat(out()).contains("added      2").contains("rejected   1");
	}

	@Test
	void auditsEveryPlaceItWritesAndTheChainVerifies() throws Exception {
		assertThat(importFixture("places.tsv")).isEqualTo(ImportCommand.OK);
		assertThat(auditedPlaces()).containsExactlyInAnyOrder("created place test-hajin-east by import",
				"created place test-sousa-farms by import", "created place test-kishma by import");
		assertThat(auditVerify()).isEqualTo(ConsoleCommand.DONE);
	}

	@Test
	void aRejectedImportAuditsNothing() throws Exception {
		assertThat(importFixture("bad-row.tsv")).isEqualTo(ImportCommand.REJECTED);
		assertThat(auditedPlaces()).isEmpty();
		assertThat(auditVerify()).isEqualTo(ConsoleCommand.DONE);
	}

	@Test
	void aMissingFileIsAnError() {
		assertThat(importFixture("nowhere.tsv")).isEqualTo(ImportCommand.USAGE);
		assertThat(err()).contains("nowhere.tsv: no such file");
	}

	@Test
	void aMalformedFileIsAnError() {
		assertThat(importFixture("malformed.tsv")).isEqualTo(ImportCommand.USAGE);
		assertThat(err()).contains("not a valid table file").contains("Line 3");
	}

	@Test
	void aDatabaseThatCannotBeOpenedIsAnError() throws Exception {
		Path notAFolder = java.nio.file.Files.writeString(this.data.resolve("not-a-folder"), "x");
		assertThat(run("gazetteer", FIXTURES + "places.tsv", "--data", notAFolder.toString()))
			.isEqualTo(ImportCommand.USAGE);
		assertThat(err()).contains("cannot open the database");
	}

	@Test
	void refusesWrongArguments() {
		assertThat(run()).isEqualTo(ImportCommand.USAGE);
		assertThat(run("places", "x.tsv")).isEqualTo(ImportCommand.USAGE);
		assertThat(run("gazetteer")).isEqualTo(ImportCommand.USAGE);
		assertThat(run("gazetteer", "x.tsv", "--format", "kml")).isEqualTo(ImportCommand.USAGE);
		assertThat(run("gazetteer", "x.tsv", "--data")).isEqualTo(ImportCommand.USAGE);
		assertThat(err()).contains("usage: marsad import gazetteer FILE");
	}

	private List<String> auditedPlaces() throws Exception {
		List<String> entries = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(
				"jdbc:h2:file:" + this.data.resolve("db/marsad")
						+ ";AUTO_SERVER=TRUE;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"sa", "");
				Statement sql = connection.createStatement();
				ResultSet rows = sql.executeQuery(
						"SELECT action, record_id, actor FROM audit_entry WHERE record_kind = 'place' ORDER BY seq")) {
			while (rows.next()) {
				entries.add(rows.getString(1) + " place " + rows.getString(2) + " by " + rows.getString(3));
			}
		}
		return entries;
	}

	private int auditVerify() {
		return new Commands(new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))
			.run("audit", new String[] { "verify", "--data", this.data.toString() });
	}

}
