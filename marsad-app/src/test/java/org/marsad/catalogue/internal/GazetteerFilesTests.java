package org.marsad.catalogue.internal;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.catalogue.GazetteerFormat;
import org.marsad.catalogue.GazetteerUnreadable;
import org.marsad.catalogue.SharedGazetteers;
import org.marsad.text.Place;
import org.marsad.text.places.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerFilesTests {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/gazetteer");

	private static List<Place> read(String file, GazetteerFormat format) {
		return GazetteerFiles.read(FIXTURES.resolve(file), format, () -> Gazetteer.builder().build());
	}

	@ParameterizedTest
	@CsvSource({ "places.tsv, TABLE", "ocha-cod.csv, OCHA_COD", "SY.txt, GEONAMES", "broken.json, SYRIAN_ARCHIVE",
			"latin1.csv, OCHA_COD" })
	void recognisesTheFormat(String file, GazetteerFormat format) {
		assertThat(GazetteerFiles.detect(FIXTURES.resolve(file))).isEqualTo(format);
	}

	@Test
	void recognisesAnOpenSyriaFolderAndItsFiles() {
		Path openSyria = SharedGazetteers.require(SharedGazetteers.OPEN_SYRIA);
		assertThat(GazetteerFiles.detect(openSyria)).isEqualTo(GazetteerFormat.OPEN_SYRIA);
		assertThat(GazetteerFiles.detect(openSyria.resolve("districts.json"))).isEqualTo(GazetteerFormat.OPEN_SYRIA);
		assertThat(GazetteerFiles.detect(SharedGazetteers.require(SharedGazetteers.SYRIAN_ARCHIVE)))
			.isEqualTo(GazetteerFormat.SYRIAN_ARCHIVE);
	}

	@Test
	void readsOneOpenSyriaFileWithItsFolder() {
		Path districts = SharedGazetteers.require(SharedGazetteers.OPEN_SYRIA).resolve("districts.json");
		List<Place> places = GazetteerFiles.read(districts, GazetteerFormat.OPEN_SYRIA,
				() -> Gazetteer.builder().build());
		assertThat(places).hasSize(14 + 62 + 272);
	}

	@Test
	void readsEachFormat() {
		assertThat(read("places.tsv", GazetteerFormat.TABLE)).extracting(Place::id)
			.containsExactly("test-hajin-east", "test-sousa-farms", "test-kishma");
		assertThat(read("ocha-cod.csv", GazetteerFormat.OCHA_COD)).extracting(Place::id).contains("SY090201");
		assertThat(read("SY.txt", GazetteerFormat.GEONAMES)).extracting(Place::id).contains("geonames:173800");
	}

	@Test
	void aMissingFileIsUnreadable() {
		assertThatThrownBy(() -> GazetteerFiles.detect(FIXTURES.resolve("nowhere.json")))
			.isInstanceOf(GazetteerUnreadable.class)
			.hasMessageContaining("nowhere.json")
			.hasMessageContaining("no such file");
		assertThatThrownBy(() -> read("nowhere.tsv", GazetteerFormat.TABLE)).isInstanceOf(GazetteerUnreadable.class)
			.hasMessageContaining("no such file");
	}

	@Test
	void textOfNoKnownFormatIsUnreadable() {
		assertThatThrownBy(() -> GazetteerFiles.detect(FIXTURES.resolve("notes.txt")))
			.isInstanceOf(GazetteerUnreadable.class)
			.hasMessageContaining("--format");
	}

	@Test
	void truncatedJsonIsUnreadable() {
		assertThatThrownBy(() -> read("broken.json", GazetteerFormat.SYRIAN_ARCHIVE))
			.isInstanceOf(GazetteerUnreadable.class)
			.hasMessageContaining("not a valid syrian-archive file");
	}

	@Test
	void aShortTableLineIsUnreadableWithItsLineNumber() {
		assertThatThrownBy(() -> read("malformed.tsv", GazetteerFormat.TABLE)).isInstanceOf(GazetteerUnreadable.class)
			.hasMessageContaining("Line 3");
	}

	@Test
	void textThatIsNotUtf8IsUnreadable() {
		assertThatThrownBy(() -> read("latin1.csv", GazetteerFormat.OCHA_COD)).isInstanceOf(GazetteerUnreadable.class)
			.hasMessageContaining("not UTF-8");
	}

	@Test
	void aFileWithoutPlacesIsUnreadable() {
		assertThatThrownBy(() -> read("empty.tsv", GazetteerFormat.TABLE)).isInstanceOf(GazetteerUnreadable.class)
			.hasMessageContaining("no places");
	}

	@Test
	void aFileInTheWrongFormatIsUnreadable() {
		assertThatThrownBy(() -> read("places.tsv", GazetteerFormat.SYRIAN_ARCHIVE))
			.isInstanceOf(GazetteerUnreadable.class);
	}

}
