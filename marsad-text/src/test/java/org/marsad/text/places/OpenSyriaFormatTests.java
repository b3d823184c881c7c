package org.marsad.text.places;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class OpenSyriaFormatTests {

	@Test
	void readsAllThreeLevels() throws IOException {
		List<Place> places = OpenSyriaFormat.read(SharedData.require("gazetteer/open-syria"));
		assertThat(places).filteredOn((p) -> p.kind() == PlaceKind.GOVERNORATE).hasSize(14);
		assertThat(places).filteredOn((p) -> p.kind() == PlaceKind.DISTRICT).hasSize(62);
		assertThat(places).filteredOn((p) -> p.kind() == PlaceKind.SUBDISTRICT).hasSize(272);
	}

	@Test
	void usesPcodesForIdsAndParents() throws IOException {
		Gazetteer gazetteer = Gazetteer.builder()
			.addAll(OpenSyriaFormat.read(SharedData.require("gazetteer/open-syria")))
			.build();
		Place abuKamal = gazetteer.byId("SY0902").orElseThrow();
		assertThat(abuKamal.nameAr()).isEqualTo("البوكمال");
		assertThat(abuKamal.parentId()).isEqualTo("SY09");
	}

	@Test
	void placesEverySubdistrictWithinAGovernorate() throws IOException {
		Gazetteer gazetteer = Gazetteer.builder()
			.addAll(OpenSyriaFormat.read(SharedData.require("gazetteer/open-syria")))
			.build();
		assertThat(gazetteer.places()).filteredOn((p) -> p.kind() == PlaceKind.SUBDISTRICT)
			.allSatisfy((p) -> assertThat(gazetteer.places()
				.stream()
				.filter((g) -> g.kind() == PlaceKind.GOVERNORATE)
				.anyMatch((g) -> gazetteer.isWithin(p, g.id()))).isTrue());
	}

	@Test
	void keepsArabicAliases() throws IOException {
		List<Place> places = OpenSyriaFormat.read(SharedData.require("gazetteer/open-syria"));
		assertThat(places).filteredOn((p) -> "SY08".equals(p.id()))
			.singleElement()
			.satisfies((p) -> assertThat(p.aliases()).contains("محافظة الحسكة"));
	}

}
