package org.marsad.bench.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.marsad.text.Extractor;
import org.marsad.text.places.Gazetteer;
import org.marsad.text.places.SyrianArchiveFormat;

/**
 * Measures what an {@link Extractor} costs to start: the time to build it (cold, in a
 * fresh JVM) and the heap it retains, with the starter gazetteer and with the 5,997
 * places of the Syrian Archive gazetteer added.
 *
 * <p>
 * Usage: {@code java -cp marsad-bench.jar org.marsad.bench.text.ExtractorFootprint
 * [path/to/shared/data]}. Heap is measured as used memory after repeated full garbage
 * collections, before and after building, so it is an estimate (±1 MB). Start-up is given
 * in wall-clock time and in processor time of the process.
 */
public final class ExtractorFootprint {

	private static final String LOCATIONS = "gazetteer/syrian-archive/locations.json";

	private ExtractorFootprint() {
	}

	public static void main(String[] args) throws IOException {
		long started = System.nanoTime();
		Extractor starter = Extractor.standard();
		starter.extract("خرج 300 شخص من الباغوز يوم أمس", LocalDate.of(2019, 1, 31));
		long firstResult = System.nanoTime() - started;
		System.out.printf("start-up (build standard extractor + first extraction, cold): %d ms%n",
				firstResult / 1_000_000);
		System.out.printf("processor time of the whole process from JVM start to the first extraction: %d ms%n",
				processorNanos() / 1_000_000);
		System.out.printf("heap retained by the standard extractor: %.1f MB%n", retained(Extractor::standard));
		Path data = Path.of((args.length > 0) ? args[0] : "../shared/data").resolve(LOCATIONS);
		if (!Files.exists(data)) {
			System.out.println("Syrian Archive gazetteer not found at " + data + "; skipped");
			return;
		}
		Gazetteer full = withArchive(data);
		System.out.printf("places in starter + Syrian Archive gazetteer: %d%n", full.size());
		long building = System.nanoTime();
		Extractor.builder().gazetteer(full).build();
		System.out.printf("build with starter + Syrian Archive gazetteer (warm JVM): %d ms%n",
				(System.nanoTime() - building) / 1_000_000);
		System.out.printf("heap retained by an extractor with that gazetteer (gazetteer included): %.1f MB%n",
				retained(() -> Extractor.builder().gazetteer(withArchive(data)).build()));
	}

	/**
	 * Processor time of every thread of the process (compiler, collector and class
	 * loading included), which on a loaded machine says more about start-up than the wall
	 * clock does; -1 when the platform does not tell.
	 */
	private static long processorNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	private static Gazetteer withArchive(Path data) {
		try {
			return Gazetteer.merge(Gazetteer.starter(),
					Gazetteer.builder().addAll(SyrianArchiveFormat.read(data)).build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double retained(java.util.function.Supplier<Object> build) {
		long before = usedAfterGc();
		Object kept = build.get();
		long after = usedAfterGc();
		if (kept.hashCode() == 0) {
			System.out.print("");
		}
		return (after - before) / (1024.0 * 1024.0);
	}

	private static long usedAfterGc() {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 4; i++) {
			System.gc();
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
