package org.marsad.text.gold;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.marsad.text.Extraction;
import org.marsad.text.Extractor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the engine on the gold set (76 Arabic and 10 English report paragraphs written
 * by the team, see {@code gold-ar.txt}), printing precision, recall and F1 per kind.
 *
 * <p>
 * Matching rules ({@link GoldKeys}):
 * <ul>
 * <li>figures match when qualifier, low, best, high, unit, category and nationality
 * agree</li>
 * <li>dates match when first and last day agree</li>
 * <li>places and actors match by id; a place or actor named several times in a paragraph
 * counts once</li>
 * <li>counts are multisets per paragraph, summed over the set (micro average)</li>
 * </ul>
 * Thresholds (F1): figures 0.9, dates 0.9, places 0.9, actors 0.95.
 */
class GoldSetTests {

	private static final Map<String, Score> scores = new LinkedHashMap<>();

	@BeforeAll
	static void score() throws IOException {
		List<GoldParagraph> paragraphs = new ArrayList<>(GoldParagraph.read("/org/marsad/text/gold/gold-ar.txt"));
		paragraphs.addAll(GoldParagraph.read("/org/marsad/text/gold/gold-en.txt"));
		Extractor extractor = Extractor.standard();
		for (String kind : List.of("figures", "dates", "places", "actors")) {
			scores.put(kind, new Score());
		}
		for (GoldParagraph paragraph : paragraphs) {
			Extraction found = extractor.extract(paragraph.text(), paragraph.published());
			compare(paragraph, "figures", paragraph.figures(), keys(found.figures(), GoldKeys::figure));
			compare(paragraph, "dates", paragraph.dates(), keys(found.dates(), (d) -> d.from() + " " + d.to()));
			compare(paragraph, "places", distinct(paragraph.places()),
					distinct(keys(found.places(), (p) -> p.place().id())));
			compare(paragraph, "actors", distinct(paragraph.actors()),
					distinct(keys(found.actors(), (a) -> a.actorId())));
		}
		System.out.println("Gold set: " + paragraphs.size() + " paragraphs");
		scores.forEach((kind, score) -> System.out.println("  " + kind + ": " + score));
	}

	private static void compare(GoldParagraph paragraph, String kind, List<String> gold, List<String> found) {
		int matched = scores.get(kind).add(gold, found);
		if (matched != gold.size() || matched != found.size()) {
			System.out.println(paragraph.id() + " " + kind + ": expected " + gold + ", found " + found);
		}
	}

	private static <M> List<String> keys(List<M> mentions, Function<M, String> key) {
		return mentions.stream().map(key).toList();
	}

	private static List<String> distinct(List<String> keys) {
		return keys.stream().distinct().toList();
	}

	@Test
	void figuresReachTheirThreshold() {
		assertThat(scores.get("figures").f1()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void datesReachTheirThreshold() {
		assertThat(scores.get("dates").f1()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void placesReachTheirThreshold() {
		assertThat(scores.get("places").f1()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void actorsReachTheirThreshold() {
		assertThat(scores.get("actors").f1()).isGreaterThanOrEqualTo(0.95);
	}

}
