package org.marsad.text.places;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.text.PlaceMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recogniser over the full gazetteer: starter, OpenSyria admin units and the Syrian
 * Archive's ~6,000 communities, merged in that order.
 */
class SyrianArchiveGazetteerTests {

	private static Gazetteer gazetteer;

	private static PlaceRecognizer recognizer;

	@BeforeAll
	static void load() throws IOException {
		Path archive = SharedData.require("gazetteer/syrian-archive/locations.json");
		Path openSyria = SharedData.require("gazetteer/open-syria");
		Gazetteer admin = Gazetteer.builder().addAll(OpenSyriaFormat.read(openSyria)).build();
		gazetteer = Gazetteer.merge(Gazetteer.starter(), admin,
				Gazetteer.builder().addAll(SyrianArchiveFormat.read(archive, admin)).build());
		recognizer = new PlaceRecognizer(gazetteer);
	}

	private static List<PlaceMention> find(String text) {
		return recognizer.find(FoldedText.of(text));
	}

	@Test
	void loadsEveryPlaceOnce() {
		assertThat(gazetteer.size()).isBetween(6300, 6500);
		assertThat(gazetteer.places()).filteredOn((p) -> p.kind() == PlaceKind.SUBDISTRICT).hasSize(272);
	}

	@Test
	void findsVillagesOnlyTheArchiveKnows() {
		assertThat(find("سقطت قذيفة على قرية باصوفان")).singleElement()
			.satisfies((m) -> assertThat(m.place().nameAr()).isEqualTo("باصوفان"));
	}

	@Test
	void choosesNamesakeWithinMentionedArea() {
		assertThat(find("القصير في ريف حمص")).first().satisfies((m) -> assertThat(m.place().id()).isEqualTo("C2733"));
	}

	@Test
	void choosesNamesakeNearMentionedTown() {
		assertThat(find("قصف على القصير ودرعا")).first()
			.satisfies((m) -> assertThat(m.place().id()).isEqualTo("C6017"));
	}

	@Test
	void prefersTheCuratedTownToItsAdminUnit() {
		assertThat(find("وصلت التعزيزات إلى سراقب")).singleElement()
			.satisfies((m) -> assertThat(m.place().id()).isEqualTo("C3916"));
	}

	@Test
	void readsSettlementQualifierAgainstAnAdminAlias() {
		assertThat(find("قصف على مدينة إدلب")).singleElement()
			.satisfies((m) -> assertThat(m.place().id()).isEqualTo("C3871"));
	}

	@Test
	void ignoresLowerCaseEnglishWordsThatAreVillageNames() {
		assertThat(find("Airstrikes hit Saraqib")).extracting((m) -> m.place().id()).containsExactly("C3916");
	}

	@Test
	void doesNotReadCommonWordsAsVillages() {
		assertThat(find("تظهر الصور أشخاصاً في المدينة")).isEmpty();
	}

	@Test
	void readsCommonWordVillageAfterQualifier() {
		assertThat(find("قصف قرية جروح")).singleElement()
			.satisfies((m) -> assertThat(m.place().kind()).isEqualTo(PlaceKind.VILLAGE));
	}

	@Test
	void choosesVillageWithinMentionedSubdistrict() {
		assertThat(find("قصف على المالكية في ناحية اعزاز")).first()
			.satisfies((m) -> assertThat(m.place().id()).isEqualTo("C1563"));
	}

}
