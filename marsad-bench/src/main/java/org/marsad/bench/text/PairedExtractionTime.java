package org.marsad.bench.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

import org.marsad.text.Extractor;

/**
 * The ratio of {@link Extractor#extract} to Lucene's {@link ArabicAnalyzer} on the same
 * paragraphs as {@link ExtractionBenchmark}, measured in processor time of the measuring
 * thread and in alternating blocks, for a machine shared with other work: wall-clock
 * throughput (JMH) then swings with the load, while two measurements taken in turns, a
 * few milliseconds apart, see the same machine.
 *
 * <ul>
 * <li>blocks of 200 paragraphs, extraction then analysis, in turns</li>
 * <li>the first 10 processor-seconds of the measuring thread warm the code up and are not
 * counted: on a loaded machine a warm-up in wall-clock time may end before the compiler
 * has had the processor to compile the extractor, and the run would then time interpreted
 * code</li>
 * <li>the run ends when the blocks counted have taken the given processor-seconds</li>
 * <li>prints paragraphs per processor-second for each and their ratio</li>
 * </ul>
 *
 * <p>
 * Usage: {@code java -cp marsad-bench.jar org.marsad.bench.text.PairedExtractionTime
 * [processor-seconds]} (default 60).
 */
public final class PairedExtractionTime {

	private static final int BLOCK = 200;

	private static final long WARM_UP_NANOS = 10_000_000_000L;

	private static final double NANOS_PER_SECOND = 1e9;

	private PairedExtractionTime() {
	}

	public static void main(String[] args) {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 60;
		Extractor extractor = Extractor.standard();
		List<String> paragraphs = new ReportGenerator(ExtractionBenchmark.SEED, ExtractionBenchmark.PARAGRAPH_LENGTH)
			.paragraphs(ExtractionBenchmark.PARAGRAPHS);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long extractNanos = 0;
		long analyzeNanos = 0;
		long counted = 0;
		long sink = 0;
		long budget = seconds * (long) NANOS_PER_SECOND;
		long warm = threads.getCurrentThreadCpuTime() + WARM_UP_NANOS;
		try (Analyzer analyzer = new ArabicAnalyzer()) {
			for (int next = 0; extractNanos + analyzeNanos < budget; next = (next + BLOCK) % paragraphs.size()) {
				long start = threads.getCurrentThreadCpuTime();
				for (int i = 0; i < BLOCK; i++) {
					sink += extractor.extract(paragraphs.get(next + i), ExtractionBenchmark.PUBLISHED).figures().size();
				}
				long extracted = threads.getCurrentThreadCpuTime();
				for (int i = 0; i < BLOCK; i++) {
					sink += tokens(analyzer, paragraphs.get(next + i));
				}
				long analyzed = threads.getCurrentThreadCpuTime();
				if (start > warm) {
					extractNanos += extracted - start;
					analyzeNanos += analyzed - extracted;
					counted += BLOCK;
				}
			}
		}
		double extractRate = counted * NANOS_PER_SECOND / extractNanos;
		double analyzeRate = counted * NANOS_PER_SECOND / analyzeNanos;
		System.out.printf(
				"paragraphs per processor-second: extract %.0f, ArabicAnalyzer %.0f; ratio %.2f (%d paragraphs, %d)%n",
				extractRate, analyzeRate, analyzeRate / extractRate, counted, sink % 2);
	}

	private static int tokens(Analyzer analyzer, String text) {
		int tokens = 0;
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
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

}
