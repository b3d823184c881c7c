package org.marsad.catalogue.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.catalogue.CatalogueConflict;
import org.marsad.catalogue.GazetteerFormat;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message keys the catalogue computes at run time (kinds, origins, refusals) exist in
 * both languages.
 */
class CatalogueMessagesTests {

	private static final Properties ARABIC = read("messages_ar.properties");

	private static final Properties ENGLISH = read("messages_en.properties");

	static Stream<String> keys() {
		Stream<String> kinds = Stream.of(PlaceKind.values()).map((kind) -> "place.kind." + kind.code());
		Stream<String> origins = Stream
			.concat(Stream.of("starter", "curated"), Stream.of(GazetteerFormat.values()).map(GazetteerFormat::code))
			.map((origin) -> "catalogue.origin." + origin);
		Stream<String> refusals = Stream
			.of("id", "nameRequired", "name", "alias", "tooManyAliases", "kind", "lat", "lon", "coordinatesPaired",
					"parentUnknown", "parentLoop", "page", "size", "version", "value", "body")
			.map((code) -> "catalogue.error." + code);
		Stream<String> conflicts = Stream.of(CatalogueConflict.STALE, CatalogueConflict.IN_USE,
				CatalogueConflict.HAS_CHILDREN, CatalogueConflict.TAKEN);
		return Stream
			.of(kinds, origins, refusals, conflicts,
					Stream.of("draft.error.textRequired", "draft.error.textTooLarge", "draft.error.body",
							"draft.error.id"))
			.flatMap((keys) -> keys);
	}

	@ParameterizedTest
	@MethodSource("keys")
	void bothLanguagesHaveTheKey(String key) {
		assertThat(List.of(ARABIC.containsKey(key), ENGLISH.containsKey(key))).as(key).containsOnly(true);
	}

	private static Properties read(String name) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n").resolve(name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
