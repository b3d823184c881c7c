package org.marsad.text.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.text.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTests {

	private static Extractor extractor;

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void buildExtractor() {
		extractor = Extractor.standard();
	}

	private int run(String stdin, String... args) {
		return run(stdin.getBytes(StandardCharsets.UTF_8), args);
	}

	private int run(byte[] stdin, String... args) {
		Clock clock = Clock.fixed(Instant.parse("2019-01-31T10:00:00Z"), ZoneOffset.UTC);
		ExtractCommand command = new ExtractCommand(() -> extractor, clock);
		return command.run(args, new ByteArrayInputStream(stdin),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void readsStandardInputAsOneText() {
		assertThat(run("نزح 300 شخص\nمن الباغوز", "--published", "2019-01-31")).isZero();
		assertThat(out().lines()).hasSize(1);
		assertThat(out()).startsWith("{\"language\":\"ar\",\"published\":\"2019-01-31\",\"numbers\":[");
	}

	@Test
	void printsOneObjectPerInputLineInJsonl() {
		assertThat(run("نزح 300 شخص\r\n\nخرج 20 طفلاً\n", "--format", "jsonl")).isZero();
		assertThat(out().lines()).hasSize(3);
	}

	@Test
	void printsOneObjectPerFile() throws IOException {
		Path first = Files.writeString(this.folder.resolve("a.txt"), "نزح 300 شخص");
		Path second = Files.writeString(this.folder.resolve("b.txt"), "More than 200 families fled.");
		assertThat(run("", first.toString(), second.toString())).isZero();
		assertThat(out().lines()).hasSize(2);
		assertThat(out().lines().skip(1).findFirst().orElseThrow()).startsWith("{\"language\":\"en\"");
	}

	@Test
	void resolvesAgainstTodayWithoutPublished() {
		run("نص");
		assertThat(out()).contains("\"published\":\"2019-01-31\"");
	}

	@Test
	void emptyInputGivesAnEmptyResult() {
		assertThat(run("")).isZero();
		assertThat(out().strip()).isEqualTo("{\"language\":\"other\",\"published\":\"2019-01-31\",\"numbers\":[],"
				+ "\"dates\":[],\"places\":[],\"actors\":[],\"figures\":[],\"events\":[]}");
	}

	@Test
	void refusesInvalidUtf8() throws IOException {
		Path binary = Files.write(this.folder.resolve("bad.txt"), new byte[] { 'a', (byte) 0xC3, (byte) 0x28 });
		assertThat(run("", binary.toString())).isEqualTo(2);
		assertThat(err()).contains("bad.txt").contains("not UTF-8 text");
		assertThat(out()).isEmpty();
	}

	@Test
	void refusesNulBytes() {
		assertThat(run(new byte[] { 'a', 0, 'b' })).isEqualTo(2);
		assertThat(err()).contains("NUL byte");
	}

	@Test
	void reportsMissingFile() {
		assertThat(run("", this.folder.resolve("missing.txt").toString())).isEqualTo(2);
		assertThat(err()).contains("missing.txt");
	}

	@Test
	void refusesAnUnknownFormat() {
		assertThat(run("", "--format", "xml")).isEqualTo(2);
		assertThat(err()).contains("--format is json or jsonl");
	}

	@Test
	void refusesAMalformedDate() {
		assertThat(run("", "--published=31/01/2019")).isEqualTo(2);
		assertThat(err()).contains("YYYY-MM-DD");
	}

	@Test
	void offsetsIndexTheTextAsRead() {
		run("\uFEFFنزحوا من البلدة", "--published", "2019-01-31");
		assertThat(out()).contains("\"events\":[{\"start\":1,\"end\":16,\"type\":\"displacement\"");
	}

}
