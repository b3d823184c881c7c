package org.marsad.text.places;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class GeoNamesFormatTests {

	private static final String DUMP = String.join("\n",
			line("163843", "Syria", "Syria", "Siria,Syrie,Сирия,سوريا", "35", "38", "A", "PCLI", "00", "", "22514743"),
			line("170792", "Deir ez-Zor Governorate", "Deir ez-Zor Governorate", "Dayr az Zawr,محافظة دير الزور",
					"35.16667", "40.28333", "A", "ADM1", "07", "", "1239000"),
			line("173800", "Al Baghuz Fawqani", "Al Baghuz Fawqani", "Baghouz,الباغوز فوقاني,باغوز", "34.459", "40.946",
					"P", "PPL", "07", "", "10649"),
			line("7910000", "Al Hawl Camp", "Al Hawl Camp", "مخيم الهول", "36.38", "41.15", "S", "CMPRF", "08", "",
					"0"));

	private static String line(String id, String name, String ascii, String alternates, String lat, String lon,
			String featureClass, String featureCode, String admin1, String admin2, String population) {
		return String.join("\t", id, name, ascii, alternates, lat, lon, featureClass, featureCode, "SY", "", admin1,
				admin2, "", "", population, "", "200", "Asia/Damascus", "2024-01-01");
	}

	private static List<Place> read() throws IOException {
		return GeoNamesFormat.read(new StringReader(DUMP));
	}

	@Test
	void takesFirstArabicAlternateAsArabicName() throws IOException {
		assertThat(read().get(2).nameAr()).isEqualTo("الباغوز فوقاني");
	}

	@Test
	void keepsOnlyArabicAndLatinAliases() throws IOException {
		assertThat(read().get(0).aliases()).containsExactly("Siria", "Syrie");
	}

	@Test
	void mapsFeatureCodesToKinds() throws IOException {
		assertThat(read()).extracting(Place::kind)
			.containsExactly(PlaceKind.COUNTRY, PlaceKind.GOVERNORATE, PlaceKind.TOWN, PlaceKind.CAMP);
	}

	@Test
	void findsParentByAdminCodes() throws IOException {
		assertThat(read()).extracting(Place::parentId)
			.containsExactly(null, "geonames:163843", "geonames:170792", "geonames:163843");
	}

}
