package org.marsad.text.places;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.marsad.text.PlaceMention;
import org.marsad.text.normalize.FoldedText;

/**
 * Loads the Syrian Archive gazetteer and builds a recogniser, in a JVM of its own, so
 * that a test can run it under a small heap limit. Prints the place count, the mention
 * found in a probe sentence and the heap in use after a collection.
 */
final class ArchiveLoad {

	private ArchiveLoad() {
	}

	public static void main(String[] args) throws IOException {
		Gazetteer gazetteer = Gazetteer.builder().addAll(SyrianArchiveFormat.read(Path.of(args[0]))).build();
		PlaceRecognizer recognizer = new PlaceRecognizer(gazetteer);
		List<PlaceMention> mentions = recognizer.find(FoldedText.of("نزحت عائلات من هجين"));
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		long usedKb = (runtime.totalMemory() - runtime.freeMemory()) / 1024;
		System.out.println(gazetteer.size() + " " + mentions.get(0).place().id() + " " + usedKb);
	}

}
