package org.marsad.text.gold;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One annotated paragraph of the gold set, read from the line format described at the top
 * of {@code gold-ar.txt}.
 *
 * @param id paragraph id
 * @param published publication date
 * @param text the paragraph
 * @param figures expected figures as match keys (see {@link GoldKeys#figure})
 * @param dates expected dates as "from to"
 * @param places expected place ids
 * @param actors expected actor ids
 */
record GoldParagraph(String id, LocalDate published, String text, List<String> figures, List<String> dates,
		List<String> places, List<String> actors) {

	static List<GoldParagraph> read(String resource) throws IOException {
		List<GoldParagraph> paragraphs = new ArrayList<>();
		try (InputStream in = GoldParagraph.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("missing gold resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			Builder current = null;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("== ")) {
					if (current != null) {
						paragraphs.add(current.build());
					}
					current = new Builder(line.substring(3).strip());
				}
				else if (current != null && !line.isBlank() && !line.startsWith("#")) {
					current.read(line);
				}
			}
			if (current != null) {
				paragraphs.add(current.build());
			}
		}
		return paragraphs;
	}

	private static final class Builder {

		private final String id;

		private LocalDate published;

		private String text;

		private final List<String> figures = new ArrayList<>();

		private final List<String> dates = new ArrayList<>();

		private final List<String> places = new ArrayList<>();

		private final List<String> actors = new ArrayList<>();

		Builder(String id) {
			this.id = id;
		}

		void read(String line) {
			int colon = line.indexOf(':');
			String key = line.substring(0, colon);
			String value = line.substring(colon + 1).strip();
			switch (key) {
				case "published" -> this.published = LocalDate.parse(value);
				case "text" -> this.text = value;
				case "figure" -> this.figures.add(GoldKeys.figure(value.split("\\s+")));
				case "date" -> this.dates.add(value.replaceAll("\\s+", " "));
				case "place" -> this.places.add(value);
				case "actor" -> this.actors.add(value);
				default -> throw new IllegalArgumentException(this.id + ": unknown line " + line);
			}
		}

		GoldParagraph build() {
			return new GoldParagraph(this.id, this.published, this.text, this.figures, this.dates, this.places,
					this.actors);
		}

	}

}
