package org.marsad.bench.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The search benchmark at a size a test can afford: it runs to the end and prints every
 * figure; the numbers themselves are not checked here.
 */
class SearchBenchmarkTests {

	private final ByteArrayOutputStream written = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.written, true, StandardCharsets.UTF_8);

	@Test
	void printsIndexingRatioAndQueryPercentiles(@TempDir Path folder) throws IOException {
		int status = SearchBenchmark.run(new String[] { "--reports", "300", "--rounds", "1", "--queries", "60",
				"--warmup", "6", "--folder", folder.resolve("bench").toString() }, this.out);
		String printed = this.written.toString(StandardCharsets.UTF_8);
		assertThat(status).isZero();
		assertThat(printed).contains("300 reports").contains("ratio (StandardAnalyzer throughput / Marsad throughput");
		assertThat(printed).containsPattern("p50 +[0-9.]+ ms  p95 +[0-9.]+ ms");
		assertThat(printed).contains("phrase").contains("fuzzy").contains("dates");
	}

	@Test
	void removesItsIndexesUnlessKept(@TempDir Path folder) throws IOException {
		SearchBenchmark.run(new String[] { "--reports", "50", "--rounds", "1", "--queries", "6", "--warmup", "0",
				"--folder", folder.resolve("bench").toString() }, this.out);
		assertThat(folder.resolve("bench")).doesNotExist();
	}

	@Test
	void refusesAnUnknownOption() throws IOException {
		assertThat(SearchBenchmark.run(new String[] { "--documents", "5" }, this.out)).isEqualTo(2);
		assertThat(this.written.toString(StandardCharsets.UTF_8)).contains("unknown option --documents");
	}

	@Test
	void readsTheDocumentCount() {
		assertThat(SearchBenchmarkOptions.parse(new String[] { "--reports", "2000" }).reports()).isEqualTo(2000);
	}

	@Test
	void alternatesTheAnalysesOverRounds(@TempDir Path folder) throws IOException {
		SearchBenchmark.run(new String[] { "--reports", "50", "--rounds", "2", "--queries", "6", "--warmup", "0",
				"--folder", folder.resolve("bench").toString() }, this.out);
		assertThat(this.written.toString(StandardCharsets.UTF_8)).containsSubsequence("round 1  StandardAnalyzer",
				"round 1  Marsad analyzers", "round 2  Marsad analyzers", "round 2  StandardAnalyzer");
	}

	@Test
	void refusesNoReports() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SearchBenchmarkOptions.parse(new String[] { "--reports", "0" }));
	}

}
