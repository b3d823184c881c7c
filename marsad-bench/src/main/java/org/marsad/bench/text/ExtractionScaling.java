package org.marsad.bench.text;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.marsad.text.Extractor;

/**
 * Whether extraction time grows linearly with the length of a text, in processor time of
 * the measuring thread, which a machine shared with other work disturbs far less than
 * wall-clock time ({@link ExtractionBenchmark#extractLongText} measures the same in
 * wall-clock time with JMH).
 *
 * <ul>
 * <li>texts of 1 KB, 100 KB, 1 MB and 10 MB (1,024 characters a KB), paragraphs of
 * {@link ReportGenerator} joined by line breaks</li>
 * <li>each size is extracted until at least 2 processor-seconds are spent on it, after
 * the same amount of warm-up on a 100 KB text</li>
 * <li>prints milliseconds per text and per KB; linear time gives the same time per KB for
 * every size</li>
 * </ul>
 *
 * <p>
 * Usage:
 * {@code java -Xmx2g -cp marsad-bench.jar org.marsad.bench.text.ExtractionScaling}.
 */
public final class ExtractionScaling {

	private static final int[] KILOBYTES = { 1, 100, 1_000, 10_000 };

	private static final long MIN_NANOS = 2_000_000_000L;

	private static final int KB = 1024;

	private static final double NANOS_PER_MILLI = 1e6;

	private ExtractionScaling() {
	}

	public static void main(String[] args) {
		Extractor extractor = Extractor.standard();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		String warmUp = text(100);
		measure(extractor, threads, warmUp);
		for (int kilobytes : KILOBYTES) {
			double millis = measure(extractor, threads, text(kilobytes));
			System.out.printf("%,6d KB: %10.2f ms a text, %.3f ms a KB%n", kilobytes, millis, millis / kilobytes);
		}
	}

	private static String text(int kilobytes) {
		return new ReportGenerator(ExtractionBenchmark.SEED, ExtractionBenchmark.PARAGRAPH_LENGTH).text(kilobytes * KB)
			.substring(0, kilobytes * KB);
	}

	/** Processor milliseconds per extraction of the text. */
	private static double measure(Extractor extractor, ThreadMXBean threads, String text) {
		long spent = 0;
		int runs = 0;
		long sink = 0;
		while (spent < MIN_NANOS) {
			long start = threads.getCurrentThreadCpuTime();
			sink += extractor.extract(text, ExtractionBenchmark.PUBLISHED).figures().size();
			spent += threads.getCurrentThreadCpuTime() - start;
			runs++;
		}
		if (sink < 0) {
			System.out.print("");
		}
		return spent / NANOS_PER_MILLI / runs;
	}

}
