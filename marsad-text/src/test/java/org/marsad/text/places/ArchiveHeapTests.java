package org.marsad.text.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recogniser over the ~6,000-place Syrian Archive gazetteer must fit in a 64 MB heap:
 * a JVM limited to that heap loads it and finds a place.
 */
class ArchiveHeapTests {

	private static final String HEAP_LIMIT = "-Xmx64m";

	@Test
	void loadsTheArchiveWithinSixtyFourMegabytesOfHeap() throws IOException, InterruptedException {
		Path archive = SharedData.require("gazetteer/syrian-archive/locations.json");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, HEAP_LIMIT, "-cp", System.getProperty("java.class.path"),
				ArchiveLoad.class.getName(), archive.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		assertThat(process.waitFor()).as(output).isZero();
		assertThat(output.split(" ")).startsWith("5997", "C5175");
	}

}
