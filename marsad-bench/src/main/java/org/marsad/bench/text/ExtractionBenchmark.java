package org.marsad.bench.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import org.marsad.text.Extraction;
import org.marsad.text.Extractor;

/**
 * Throughput of {@link Extractor#extract} on generated report paragraphs, single thread,
 * against Lucene's {@link ArabicAnalyzer} tokenising the same paragraphs in the same run
 * (a baseline: the cheapest full pass over Arabic text that a search index makes), and a
 * check that extraction time grows linearly with the input (1 KB, 100 KB, 1 MB, 10 MB).
 *
 * <ul>
 * <li>{@code extract} and {@code arabicAnalyzerBaseline}: operations per second, one
 * operation being one paragraph of about 1,000 characters from a fixed set of 10,000
 * (seed 20190131)</li>
 * <li>{@code extractLongText}: milliseconds per text of the given size</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ExtractionBenchmark {

	static final long SEED = 20190131L;

	static final int PARAGRAPHS = 10_000;

	static final int PARAGRAPH_LENGTH = 1_000;

	static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	/**
	 * The extractor, the baseline analyzer and the paragraphs, shared by all benchmarks.
	 */
	@State(Scope.Benchmark)
	public static class Corpus {

		Extractor extractor;

		Analyzer analyzer;

		List<String> paragraphs;

		@Setup(Level.Trial)
		public void setUp() {
			this.extractor = Extractor.standard();
			this.analyzer = new ArabicAnalyzer();
			this.paragraphs = new ReportGenerator(SEED, PARAGRAPH_LENGTH).paragraphs(PARAGRAPHS);
		}

		@TearDown(Level.Trial)
		public void tearDown() {
			this.analyzer.close();
		}

	}

	/** Walks through the paragraphs, one per operation. */
	@State(Scope.Thread)
	public static class Cursor {

		private int next;

		String next(Corpus corpus) {
			String paragraph = corpus.paragraphs.get(this.next);
			this.next = (this.next + 1 == corpus.paragraphs.size()) ? 0 : this.next + 1;
			return paragraph;
		}

	}

	/** One long text of a given size in kilobytes (1,024 characters). */
	@State(Scope.Benchmark)
	public static class LongText {

		@Param({ "1", "100", "1000", "10000" })
		public int kilobytes;

		Extractor extractor;

		String text;

		@Setup(Level.Trial)
		public void setUp() {
			this.extractor = Extractor.standard();
			this.text = new ReportGenerator(SEED, PARAGRAPH_LENGTH).text(this.kilobytes * 1024)
				.substring(0, this.kilobytes * 1024);
		}

	}

	@Benchmark
	public Extraction extract(Corpus corpus, Cursor cursor) {
		return corpus.extractor.extract(cursor.next(corpus), PUBLISHED);
	}

	@Benchmark
	public int arabicAnalyzerBaseline(Corpus corpus, Cursor cursor) {
		int tokens = 0;
		try (TokenStream stream = corpus.analyzer.tokenStream("text", cursor.next(corpus))) {
			stream.reset();
			while (stream.incrementToken()) {
				tokens++;
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	@Benchmark
	@BenchmarkMode(Mode.AverageTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Extraction extractLongText(LongText input) {
		return input.extractor.extract(input.text, PUBLISHED);
	}

}
