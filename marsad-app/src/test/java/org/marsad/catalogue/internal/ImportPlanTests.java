package org.marsad.catalogue.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.catalogue.GazetteerFormat;
import org.marsad.catalogue.ImportOutcome;
import org.marsad.catalogue.Place;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class ImportPlanTests {

	private static final Instant THEN = Instant.parse("2019-01-31T10:00:00Z");

	private static Place stored(String id, String nameAr, String origin, Double lat, List<String> aliases) {
		return new Place(id, nameAr, null, PlaceKind.TOWN, lat, (lat != null) ? 40.9 : null, "SY09", aliases, origin, 3,
				THEN, "someone");
	}

	private static org.marsad.text.Place read(String id, String nameAr, Double lat, List<String> aliases) {
		return new org.marsad.text.Place(id, nameAr, null, PlaceKind.VILLAGE, lat, (lat != null) ? 40.9 : null,
				"SY0903", aliases);
	}

	private static ImportPlan plan(Place... stored) {
		Map<String, Place> byId = new HashMap<>();
		for (Place place : stored) {
			byId.put(place.id(), place);
		}
		return new ImportPlan(GazetteerFormat.SYRIAN_ARCHIVE, byId, Instant.now(), "import", (p) -> p.code());
	}

	@Test
	void addsANewPlaceWithTheFormatAsOrigin() {
		ImportPlan plan = plan();
		plan.add(1, read("C5678", "الباغوز", 34.45, List.of()));
		assertThat(plan.added()).singleElement().satisfies((place) -> {
			assertThat(place.origin()).isEqualTo("syrian-archive");
			assertThat(place.version()).isEqualTo(1);
		});
	}

	@Test
	void anImportedPlaceTakesTheFilesValues() {
		ImportPlan plan = plan(stored("C5678", "باغوز", "open-syria", 34.0, List.of("Baghouz")));
		plan.add(1, read("C5678", "الباغوز", 34.45, List.of("الباغوز فوقاني")));
		Place updated = plan.updated().get(0);
		assertThat(updated.nameAr()).isEqualTo("الباغوز");
		assertThat(updated.kind()).isEqualTo(PlaceKind.VILLAGE);
		assertThat(updated.lat()).isEqualTo(34.45);
		assertThat(updated.aliases()).containsExactlyInAnyOrder("Baghouz", "الباغوز فوقاني");
		assertThat(updated.origin()).isEqualTo("syrian-archive");
		assertThat(updated.version()).isEqualTo(4);
	}

	@Test
	void whatTheFileLeavesEmptyKeepsItsStoredValue() {
		ImportPlan plan = plan(stored("C5678", "الباغوز", "open-syria", 34.0, List.of()));
		plan.add(1, read("C5678", null, null, List.of()));
		assertThat(plan.updated().get(0).nameAr()).isEqualTo("الباغوز");
		assertThat(plan.updated().get(0).lat()).isEqualTo(34.0);
	}

	@Test
	void aPlaceWrittenByPeopleKeepsItsValuesAndGainsNames() {
		ImportPlan plan = plan(stored("C5678", "الباغوز", "curated", null, List.of("Baghuz")));
		plan.add(1, read("C5678", "باغوز فوقاني", 34.45, List.of("Al-Baghuz Fawqani")));
		Place updated = plan.updated().get(0);
		assertThat(updated.nameAr()).isEqualTo("الباغوز");
		assertThat(updated.kind()).isEqualTo(PlaceKind.TOWN);
		assertThat(updated.parentId()).isEqualTo("SY09");
		assertThat(updated.lat()).isEqualTo(34.45);
		assertThat(updated.aliases()).containsExactly("Baghuz", "Al-Baghuz Fawqani");
		assertThat(updated.origin()).isEqualTo("curated");
	}

	@Test
	void aPlaceAsStoredIsUnchanged() {
		ImportPlan plan = plan(new Place("C5678", "الباغوز", null, PlaceKind.VILLAGE, 34.45, 40.9, "SY0903",
				List.of("Baghuz"), "syrian-archive", 1, THEN, "import"));
		plan.add(1, read("C5678", "الباغوز", 34.45, List.of("Baghuz")));
		ImportOutcome outcome = plan.outcome(true);
		assertThat(outcome.unchanged()).isEqualTo(1);
		assertThat(outcome.updated()).isZero();
	}

	@Test
	void rejectsARowThatBreaksTheRules() {
		ImportPlan plan = plan();
		plan.add(1, read("C1", "هجين", 34.0, List.of()));
		plan.add(2, read("C2", "السوسة", 134.0, List.of()));
		assertThat(plan.outcome(false).rejected()).singleElement().satisfies((rejection) -> {
			assertThat(rejection.row()).isEqualTo(2);
			assertThat(rejection.id()).isEqualTo("C2");
			assertThat(rejection.reason()).isEqualTo("lat: catalogue.error.lat");
		});
	}

	@Test
	void rejectsAnIdRepeatedInTheFile() {
		ImportPlan plan = plan();
		plan.add(1, read("C1", "هجين", null, List.of()));
		plan.add(2, read("C1", "هجين الشرقي", null, List.of()));
		assertThat(plan.outcome(false).rejected()).singleElement()
			.satisfies((rejection) -> assertThat(rejection.reason()).contains("row 1"));
	}

	@Test
	void rejectsPlacesWhoseParentsLoop() {
		ImportPlan plan = plan();
		plan.add(1, new org.marsad.text.Place("A", "أ", null, PlaceKind.REGION, null, null, "B", List.of()));
		plan.add(2, new org.marsad.text.Place("B", "ب", null, PlaceKind.REGION, null, null, "A", List.of()));
		plan.add(3, new org.marsad.text.Place("C", "ج", null, PlaceKind.TOWN, null, null, "A", List.of()));
		plan.rejectLoops(Map.of());
		assertThat(plan.outcome(false).rejected()).extracting(ImportOutcome.Rejection::id).containsExactly("A", "B");
		assertThat(plan.added()).extracting(Place::id).containsExactly("C");
	}

}
