package org.marsad.text.places;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTests {

	private static Place place(String id, String nameAr, Double lat, String parent, String... aliases) {
		return new Place(id, nameAr, null, PlaceKind.TOWN, lat, null, parent, List.of(aliases));
	}

	@Test
	void shipsStarterWithAllGovernorates() {
		Gazetteer starter = Gazetteer.starter();
		assertThat(starter.places()).filteredOn((p) -> p.kind() == PlaceKind.GOVERNORATE).hasSize(14);
		assertThat(starter.size()).isBetween(80, 150);
	}

	@Test
	void starterParentsAreAllInTheStarter() {
		Gazetteer starter = Gazetteer.starter();
		assertThat(starter.places()).filteredOn((p) -> p.parentId() != null)
			.allSatisfy((p) -> assertThat(starter.byId(p.parentId())).isPresent());
	}

	@Test
	void starterHoldsBothTheCampAndTheTownOfAlHol() {
		Gazetteer starter = Gazetteer.starter();
		assertThat(starter.places()).filteredOn((p) -> p.nameAr().endsWith("الهول"))
			.extracting(Place::kind)
			.containsExactlyInAnyOrder(PlaceKind.TOWN, PlaceKind.CAMP);
	}

	@Test
	void keepsFirstEntryFieldsForTheSameId() {
		Gazetteer gazetteer = Gazetteer.builder()
			.add(place("C1", "هجين", 34.6, null))
			.add(place("C1", "الهجين", 35.0, null))
			.build();
		assertThat(gazetteer.byId("C1")).get().extracting(Place::nameAr, Place::lat).containsExactly("هجين", 34.6);
	}

	@Test
	void fillsMissingFieldsFromLaterEntries() {
		Gazetteer gazetteer = Gazetteer.builder()
			.add(place("C1", "هجين", null, null))
			.add(place("C1", "هجين", 34.6, "SY0902"))
			.build();
		assertThat(gazetteer.byId("C1")).get().extracting(Place::lat, Place::parentId).containsExactly(34.6, "SY0902");
	}

	@Test
	void mergeUnitesAliases() {
		Gazetteer first = Gazetteer.builder().add(place("C1", "هجين", null, null, "Hajin")).build();
		Gazetteer second = Gazetteer.builder().add(place("C1", "هجين", null, null, "Hajeen", "Hajin")).build();
		assertThat(Gazetteer.merge(first, second).byId("C1")).get()
			.extracting(Place::aliases)
			.isEqualTo(List.of("Hajin", "Hajeen"));
	}

	@Test
	void followsParentsToAncestors() {
		Gazetteer gazetteer = Gazetteer.builder()
			.add(place("SY09", "دير الزور", null, null))
			.add(place("SY0902", "البوكمال", null, "SY09"))
			.add(place("C5175", "هجين", null, "SY0902"))
			.build();
		assertThat(gazetteer.isWithin(gazetteer.byId("C5175").orElseThrow(), "SY09")).isTrue();
	}

	@Test
	void survivesParentCycles() {
		Gazetteer gazetteer = Gazetteer.builder()
			.add(place("A", "أ", null, "B"))
			.add(place("B", "ب", null, "A"))
			.build();
		assertThat(gazetteer.isWithin(gazetteer.byId("A").orElseThrow(), "C")).isFalse();
	}

}
