package org.marsad.catalogue.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.catalogue.PlaceChange;
import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceRulesTests {

	private static List<Problem> problems(PlaceChange change) {
		List<Problem> problems = new ArrayList<>();
		PlaceRules.read(change, null, problems);
		return problems;
	}

	private static PlaceChange village(Double lat, Double lon) {
		return new PlaceChange("C5678", "الباغوز فوقاني", "Al-Baghuz Fawqani", "village", lat, lon, "SY0903",
				List.of());
	}

	@Test
	void acceptsAVillageWithCoordinates() {
		assertThat(problems(village(34.454, 40.958))).isEmpty();
	}

	@Test
	void refusesLatitudeBeyondThePoles() {
		assertThat(problems(village(91.0, 40.0))).containsExactly(new Problem("lat", "catalogue.error.lat"));
	}

	@Test
	void refusesLongitudeBeyondTheDateLine() {
		assertThat(problems(village(34.0, -180.5))).containsExactly(new Problem("lon", "catalogue.error.lon"));
	}

	@Test
	void refusesALatitudeThatIsNotANumber() {
		assertThat(problems(village(Double.NaN, 40.0))).contains(new Problem("lat", "catalogue.error.lat"));
	}

	@Test
	void wantsBothCoordinatesOrNeither() {
		assertThat(problems(village(34.0, null)))
			.containsExactly(new Problem("lon", "catalogue.error.coordinatesPaired"));
		assertThat(problems(village(null, null))).isEmpty();
	}

	@Test
	void wantsANameInOneLanguage() {
		assertThat(problems(new PlaceChange(null, " ", "\t", "town", null, null, null, List.of())))
			.containsExactly(new Problem("nameAr", "catalogue.error.nameRequired"));
	}

	@Test
	void acceptsAnEnglishNameAlone() {
		assertThat(problems(new PlaceChange(null, null, "Tanf", "feature", null, null, null, List.of()))).isEmpty();
	}

	@Test
	void refusesAnUnknownKindOnce() {
		assertThat(problems(new PlaceChange(null, "هجين", null, "hamlet", null, null, null, List.of())))
			.containsExactly(new Problem("kind", "catalogue.error.kind"));
	}

	@Test
	void refusesAMissingKind() {
		assertThat(problems(new PlaceChange(null, "هجين", null, "", null, null, null, List.of())))
			.containsExactly(new Problem("kind", "catalogue.error.kind"));
	}

	@Test
	void readsTheKindInAnyCase() {
		assertThat(problems(new PlaceChange(null, "هجين", null, " Town ", null, null, null, List.of()))).isEmpty();
	}

	@Test
	void refusesAnIdWithSpaces() {
		assertThat(problems(new PlaceChange("my place", "هجين", null, "town", null, null, null, List.of())))
			.containsExactly(new Problem("id", "catalogue.error.id"));
	}

	@Test
	void makesAnIdWhenNoneIsTyped() {
		Place place = PlaceRules.read(new PlaceChange("  ", "هجين", null, "town", null, null, null, List.of()), null,
				new ArrayList<>());
		assertThat(place.id()).startsWith(PlaceRules.GENERATED_PREFIX)
			.hasSize(PlaceRules.GENERATED_PREFIX.length() + 10);
	}

	@Test
	void aPlaceIsNotItsOwnParent() {
		assertThat(problems(new PlaceChange("C1", "هجين", null, "town", null, null, "C1", List.of())))
			.containsExactly(new Problem("parentId", "catalogue.error.parentLoop"));
	}

	@Test
	void refusesANameWithALineBreak() {
		assertThat(problems(new PlaceChange(null, "هجين\nالسوسة", null, "town", null, null, null, List.of())))
			.containsExactly(new Problem("nameAr", "catalogue.error.name"));
	}

	@Test
	void refusesAnAliasWithTheSeparatorOfTables() {
		assertThat(problems(new PlaceChange(null, "هجين", null, "town", null, null, null, List.of("Hajin|Hajeen"))))
			.containsExactly(new Problem("aliases", "catalogue.error.alias"));
	}

	@Test
	void cleansAliases() {
		Place place = PlaceRules.read(
				new PlaceChange(null, " هجين ", null, "town", null, null, "", List.of(" Hajin", "", "Hajin", "هجين ")),
				null, new ArrayList<>());
		assertThat(place.nameAr()).isEqualTo("هجين");
		assertThat(place.parentId()).isNull();
		assertThat(place.aliases()).containsExactly("Hajin", "هجين");
		assertThat(place.kind()).isEqualTo(PlaceKind.TOWN);
	}

	@Test
	void everyStarterPlaceKeepsTheRules() {
		assertThat(StarterCatalogueMigration.starterPlaces(Timestamps.now())).isNotEmpty();
		assertThat(StarterCatalogueMigration.starterActors(Timestamps.now())).isNotEmpty();
	}

}
