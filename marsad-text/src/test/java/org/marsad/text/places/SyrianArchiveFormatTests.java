package org.marsad.text.places;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class SyrianArchiveFormatTests {

	@Test
	void readsEveryLocation() throws IOException {
		List<Place> places = SyrianArchiveFormat.read(SharedData.require("gazetteer/syrian-archive/locations.json"));
		assertThat(places).hasSize(5997);
		assertThat(places).extracting(Place::id).doesNotHaveDuplicates();
	}

	@Test
	void takesCommunityNameAndPcode() throws IOException {
		List<Place> places = SyrianArchiveFormat.read(SharedData.require("gazetteer/syrian-archive/locations.json"));
		assertThat(places).filteredOn((p) -> p.id().equals("C5175")).singleElement().satisfies((p) -> {
			assertThat(p.nameAr()).isEqualTo("هجين");
			assertThat(p.nameEn()).isEqualTo("Hajin");
			assertThat(p.kind()).isEqualTo(PlaceKind.TOWN);
			assertThat(p.lat()).isCloseTo(34.687, org.assertj.core.data.Offset.offset(0.01));
		});
	}

	@Test
	void dropsSubdistrictInParentheses() throws IOException {
		List<Place> places = SyrianArchiveFormat.read(SharedData.require("gazetteer/syrian-archive/locations.json"));
		assertThat(places).filteredOn((p) -> p.id().equals("C2338"))
			.singleElement()
			.satisfies((p) -> assertThat(p.nameEn()).isEqualTo("Duma"));
	}

	@Test
	void readsArchiveSpotsAsFeaturesWithinTheirArea() throws IOException {
		List<Place> places = SyrianArchiveFormat.read(SharedData.require("gazetteer/syrian-archive/locations.json"));
		assertThat(places).filteredOn((p) -> p.id().equals("syrian-archive-5623")).singleElement().satisfies((p) -> {
			assertThat(p.nameAr()).isEqualTo("دوار ابو فراس الحمداني");
			assertThat(p.kind()).isEqualTo(PlaceKind.FEATURE);
			assertThat(p.parentId()).isEqualTo("SY0200");
		});
	}

	@Test
	void givesCommunitiesTheSubdistrictOfAnAdminGazetteer() throws IOException {
		Gazetteer admin = Gazetteer.builder()
			.addAll(OpenSyriaFormat.read(SharedData.require("gazetteer/open-syria")))
			.build();
		List<Place> places = SyrianArchiveFormat.read(SharedData.require("gazetteer/syrian-archive/locations.json"),
				admin);
		assertThat(places).filteredOn((p) -> p.id().equals("C5175"))
			.singleElement()
			.satisfies((p) -> assertThat(admin.byId(p.parentId())).get().extracting(Place::nameEn).isEqualTo("Hajin"));
		assertThat(places).filteredOn((p) -> p.parentId() != null).hasSizeGreaterThan(5900);
	}

	@Test
	void readsCityNamedLikeItsSubdistrictAsTown() throws IOException {
		List<Place> places = SyrianArchiveFormat.read(SharedData.require("gazetteer/syrian-archive/locations.json"));
		assertThat(places).filteredOn((p) -> p.id().equals("C1001"))
			.singleElement()
			.satisfies((p) -> assertThat(p.kind()).isEqualTo(PlaceKind.TOWN));
	}

}
