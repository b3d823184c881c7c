package org.marsad.text.places;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceTableFormatTests {

	private static List<Place> read(String table) throws IOException {
		return PlaceTableFormat.read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void readsEveryColumn() throws IOException {
		List<Place> places = read("C5175\ttown\tSY0902\t34.69\t40.84\tهجين\tHajin\tHajeen|الهجين\n");
		assertThat(places).containsExactly(new Place("C5175", "هجين", "Hajin", PlaceKind.TOWN, 34.69, 40.84, "SY0902",
				List.of("Hajeen", "الهجين")));
	}

	@Test
	void readsEmptyCellsAsUnknown() throws IOException {
		Place place = read("sy-x\tregion\t\t\t\tمنطقة\tArea\t\n").get(0);
		assertThat(place.parentId()).isNull();
		assertThat(place.lat()).isNull();
		assertThat(place.aliases()).isEmpty();
	}

	@Test
	void rejectsShortLinesNamingTheLine() {
		assertThatThrownBy(() -> read("# comment\nC1\ttown\n")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Line 2");
	}

	@Test
	void readsBackWhatItWrites() throws IOException {
		List<Place> places = Gazetteer.starter().places();
		StringWriter out = new StringWriter();
		PlaceTableFormat.write(places, out);
		assertThat(read(out.toString())).isEqualTo(places);
	}

	@Test
	void replacesSeparatorsInsideNames() throws IOException {
		StringWriter out = new StringWriter();
		PlaceTableFormat.write(List.of(new Place("x", "a|b", "c\td", PlaceKind.TOWN, null, null, null, List.of())),
				out);
		assertThat(read(out.toString()).get(0)).extracting(Place::nameAr, Place::nameEn).containsExactly("a b", "c d");
	}

}
