package org.marsad.text.places;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class OchaCodCsvFormatTests {

	private static final String TABLE = """
			\uFEFFadmin0Name_en,admin0Pcode,admin1Name_en,admin1Name_ar,admin1Pcode,admin2Name_en,admin2Name_ar,admin2Pcode,admin2AltName1_en,admin3Name_en,admin3Name_ar,admin3Pcode,Latitude,Longitude
			Syrian Arab Republic,SY,Deir-ez-Zor,دير الزور,SY09,Abu Kamal,البوكمال,SY0902,Albu Kamal,Abu Kamal,مركز البوكمال,SY090200,34.45,40.91
			Syrian Arab Republic,SY,Deir-ez-Zor,دير الزور,SY09,Abu Kamal,البوكمال,SY0902,,"Hajin, town",هجين,SY090201,34.69,40.84
			""";

	private static List<Place> read() throws IOException {
		return OchaCodCsvFormat.read(new StringReader(TABLE));
	}

	@Test
	void readsEachUnitOnce() throws IOException {
		assertThat(read()).extracting(Place::id).containsExactly("SY", "SY09", "SY0902", "SY090200", "SY090201");
	}

	@Test
	void givesKindsByLevel() throws IOException {
		assertThat(read()).extracting(Place::kind)
			.containsExactly(PlaceKind.COUNTRY, PlaceKind.GOVERNORATE, PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT,
					PlaceKind.SUBDISTRICT);
	}

	@Test
	void linksEachLevelToTheOneAbove() throws IOException {
		assertThat(read()).extracting(Place::parentId).containsExactly(null, "SY", "SY09", "SY0902", "SY0902");
	}

	@Test
	void putsCoordinatesOnTheDeepestLevelOnly() throws IOException {
		List<Place> places = read();
		assertThat(places.get(3).lat()).isEqualTo(34.45);
		assertThat(places.get(2).lat()).isNull();
	}

	@Test
	void readsQuotedFieldsAndAlternateNames() throws IOException {
		List<Place> places = read();
		assertThat(places.get(4).nameEn()).isEqualTo("Hajin, town");
		assertThat(places.get(2).aliases()).containsExactly("Albu Kamal");
	}

}
