package org.marsad.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.marsad.search.RecordKind;
import org.marsad.search.Reindexing;
import org.marsad.search.ReportDocument;
import org.marsad.search.SearchDocument;
import org.marsad.search.SearchFeed;
import org.marsad.search.internal.LuceneSearch;
import org.marsad.text.analysis.NameAnalyzer;
import org.marsad.text.analysis.NameKeyAnalyzer;
import org.marsad.text.analysis.ReportTextAnalyzer;

/**
 * Indexes a corpus the way the application rebuilds its index
 * ({@link LuceneSearch#rebuild} on one thread, then closing the writer, which waits for
 * merges), with one set of analyzers for the same report fields.
 *
 * @param name what the analysis is called in the output
 * @param prose the analyzer of words (a report's text and title)
 * @param names the analyzer of names (places, actors, persons)
 * @param textNames the analyzer of a report's text read as names
 */
record IndexingRun(String name, Analyzer prose, Analyzer names, Analyzer textNames) {

	/**
	 * Marsad's analysis: {@link ReportTextAnalyzer}, {@link NameAnalyzer} and
	 * {@link NameKeyAnalyzer}.
	 */
	static IndexingRun marsad() {
		return new IndexingRun("Marsad analyzers", new ReportTextAnalyzer(), new NameAnalyzer(), new NameKeyAnalyzer());
	}

	/** The baseline: Lucene's {@link StandardAnalyzer} for every field. */
	static IndexingRun standard() {
		StandardAnalyzer standard = new StandardAnalyzer();
		return new IndexingRun("StandardAnalyzer", standard, standard, standard);
	}

	/**
	 * Indexes reports into a folder and times it.
	 * @param reports the reports
	 * @param folder an empty folder
	 * @return the time and the size on disk
	 */
	Result index(List<ReportDocument> reports, Path folder) {
		long cpu = processCpuNanos();
		long start = System.nanoTime();
		try (LuceneSearch search = new LuceneSearch(folder, this.prose, this.names, this.textNames)) {
			search.rebuild(List.of(new Feed(reports)), Reindexing.Progress.NONE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long nanos = System.nanoTime() - start;
		return new Result(this.name, reports.size(), nanos, processCpuNanos() - cpu, size(folder));
	}

	/**
	 * The processor time of this process so far, every thread (indexing, merging, garbage
	 * collection) included: less disturbed than wall-clock time by other work on a shared
	 * machine.
	 */
	static long processCpuNanos() {
		return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * Runs the texts through the analyzers alone, as the index does for the text field
	 * and its names field, consuming every token.
	 * @param reports the reports
	 * @return the time and the tokens
	 */
	Analysis analyse(List<ReportDocument> reports) {
		long start = System.nanoTime();
		long tokens = 0;
		for (ReportDocument report : reports) {
			tokens += tokens(this.prose, "text", report.text());
			tokens += tokens(this.textNames, "text.names", report.text());
		}
		return new Analysis(System.nanoTime() - start, tokens);
	}

	private static long tokens(Analyzer analyzer, String field, String text) {
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			stream.reset();
			long count = 0;
			while (stream.incrementToken()) {
				count++;
			}
			stream.end();
			return count;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The time indexing took, over one or more rounds.
	 *
	 * @param name the analysis
	 * @param documents how many reports, over every round
	 * @param nanos how long, from opening the index to closing it, over every round
	 * @param cpuNanos the processor time of the process meanwhile
	 * @param indexBytes the size of the index folder afterwards
	 */
	record Result(String name, int documents, long nanos, long cpuNanos, long indexBytes) {

		/** Reports indexed per second. */
		double perSecond() {
			return this.documents / (this.nanos / 1e9);
		}

		/** Reports indexed per second of processor time. */
		double perCpuSecond() {
			return this.documents / (this.cpuNanos / 1e9);
		}

		/**
		 * This result and another round of the same analysis.
		 * @param round the other round
		 * @return both together
		 */
		Result and(Result round) {
			return new Result(this.name, this.documents + round.documents, this.nanos + round.nanos,
					this.cpuNanos + round.cpuNanos, Math.max(this.indexBytes, round.indexBytes));
		}

	}

	/**
	 * The time analysis alone took.
	 *
	 * @param nanos how long
	 * @param tokens how many tokens came out
	 */
	record Analysis(long nanos, long tokens) {
	}

	/** The reports as a feed. */
	private record Feed(List<ReportDocument> reports) implements SearchFeed {

		@Override
		public RecordKind kind() {
			return RecordKind.REPORT;
		}

		@Override
		public State state() {
			return new State(this.reports.size(), null);
		}

		@Override
		public void forEach(Consumer<? super SearchDocument> action) {
			this.reports.forEach(action);
		}

	}

}
