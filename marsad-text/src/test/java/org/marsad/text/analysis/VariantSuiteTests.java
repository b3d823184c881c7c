package org.marsad.text.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the variant suite ({@code variant-suite.tsv}) through an in-memory index: every
 * query must find its document with Marsad's analyzers. The recall of Lucene's stock
 * {@link ArabicAnalyzer} on the same pairs is printed beside it for comparison.
 */
class VariantSuiteTests {

	private static final String SUITE = "variant-suite.tsv";

	@Test
	void suiteHasAtLeastTwoHundredPairs() throws IOException {
		assertThat(pairs()).hasSizeGreaterThanOrEqualTo(200);
	}

	@Test
	void findsEveryVariantWithMarsadAnalysis() throws IOException {
		List<VariantPair> pairs = pairs();
		List<VariantPair> ours = misses(new ReportTextAnalyzer(), new NameAnalyzer(), pairs);
		ArabicAnalyzer stockAnalyzer = new ArabicAnalyzer();
		List<VariantPair> stock = misses(stockAnalyzer, stockAnalyzer, pairs);
		print(pairs, ours, stock);
		assertThat(ours).isEmpty();
	}

	@Test
	void findsEveryNameVariantThroughKeysAlone() throws IOException {
		List<VariantPair> names = pairs().stream().filter((pair) -> pair.kind().startsWith("name/")).toList();
		assertThat(misses(new ReportTextAnalyzer(), new NameKeyAnalyzer(), names)).isEmpty();
	}

	private static List<VariantPair> misses(Analyzer text, Analyzer name, List<VariantPair> pairs) throws IOException {
		try (VariantIndex index = new VariantIndex(text, name, pairs)) {
			return index.misses(pairs);
		}
	}

	private static void print(List<VariantPair> pairs, List<VariantPair> ours, List<VariantPair> stock) {
		Map<String, int[]> byKind = new TreeMap<>();
		pairs.forEach((pair) -> byKind.computeIfAbsent(pair.kind(), (kind) -> new int[3])[0]++);
		ours.forEach((pair) -> byKind.get(pair.kind())[1]++);
		stock.forEach((pair) -> byKind.get(pair.kind())[2]++);
		System.out.printf("Variant suite recall, %d pairs: Marsad %.1f%%, stock ArabicAnalyzer %.1f%%%n", pairs.size(),
				recall(pairs.size(), ours.size()), recall(pairs.size(), stock.size()));
		byKind.forEach((kind, counts) -> System.out.printf("  %-22s %4d pairs  Marsad %5.1f%%  stock %5.1f%%%n", kind,
				counts[0], recall(counts[0], counts[1]), recall(counts[0], counts[2])));
		ours.forEach((pair) -> System.out.println("  Marsad misses: " + pair));
	}

	private static double recall(int total, int missed) {
		return 100.0 * (total - missed) / total;
	}

	static List<VariantPair> pairs() throws IOException {
		try (InputStream in = VariantSuiteTests.class.getResourceAsStream(SUITE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("kind\t"))
				.map(VariantPair::parse)
				.toList();
		}
	}

}
