package org.marsad.bench.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.marsad.text.Extractor;
import org.marsad.text.json.ExtractionJson;
import org.marsad.text.places.Gazetteer;
import org.marsad.text.places.SyrianArchiveFormat;

/**
 * Writes the extraction JSON of a fixed set of texts, one line each, so that two builds
 * of the text engine can be compared byte for byte: a change meant to make extraction
 * faster must not change what it finds.
 *
 * <ul>
 * <li>the 10,000 paragraphs of {@link ExtractionBenchmark}'s corpus</li>
 * <li>every line, and every whole file, of the folders given (the gold set, the shared
 * reports and the peer specs)</li>
 * <li>each text with the standard extractor and with one that holds the starter gazetteer
 * merged with the Syrian Archive's 5,997 places</li>
 * </ul>
 *
 * <p>
 * Usage: {@code java -cp marsad-bench.jar org.marsad.bench.text.ExtractionSnapshot
 * SHARED_DATA [FOLDER…] > snapshot.jsonl}, then {@code cmp} the snapshots of the two
 * builds.
 */
public final class ExtractionSnapshot {

	private static final String LOCATIONS = "gazetteer/syrian-archive/locations.json";

	private ExtractionSnapshot() {
	}

	public static void main(String[] args) throws IOException {
		Path data = Path.of(args[0]);
		List<String> texts = new ArrayList<>(
				new ReportGenerator(ExtractionBenchmark.SEED, ExtractionBenchmark.PARAGRAPH_LENGTH)
					.paragraphs(ExtractionBenchmark.PARAGRAPHS));
		for (int i = 1; i < args.length; i++) {
			addTexts(Path.of(args[i]), texts);
		}
		Gazetteer full = Gazetteer.merge(Gazetteer.starter(),
				Gazetteer.builder().addAll(SyrianArchiveFormat.read(data.resolve(LOCATIONS))).build());
		List<Extractor> extractors = List.of(Extractor.standard(), Extractor.builder().gazetteer(full).build());
		try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
			for (Extractor extractor : extractors) {
				for (String text : texts) {
					out.write(ExtractionJson.write(extractor.extract(text, ExtractionBenchmark.PUBLISHED)));
					out.write('\n');
				}
			}
		}
	}

	private static void addTexts(Path folder, List<String> texts) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			try {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				texts.add(content);
				texts.addAll(content.lines().toList());
			}
			catch (IOException | UncheckedIOException ex) {
				System.err.println("skipped (not UTF-8 text): " + file);
			}
		}
	}

}
