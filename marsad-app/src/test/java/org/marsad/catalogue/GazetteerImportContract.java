package org.marsad.catalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Gazetteer imports: every format the text engine reads, all or nothing, and how imported
 * rows meet what the catalogue holds; run on H2 ({@link GazetteerImportTests}) and
 * PostgreSQL ({@link GazetteerImportPostgresIntegrationTests}). The OpenSyria and Syrian
 * Archive files come from {@code shared/data} and are skipped when it is absent.
 */
@RecordApplicationEvents
abstract class GazetteerImportContract extends CatalogueContract {

	static final Path FIXTURES = Path.of("src/test/resources/fixtures/gazetteer");

	@Autowired
	GazetteerImports imports;

	@Autowired
	Places places;

	@Autowired
	ApplicationEvents events;

	ImportOutcome importing(Path file, GazetteerFormat format, boolean skipRejected) {
		return as(Role.COORDINATOR, () -> this.imports.importFile(file, format, skipRejected));
	}

	ImportOutcome importing(String fixture) {
		return importing(FIXTURES.resolve(fixture), null, false);
	}

	boolean within(String placeId, String ancestorId) {
		return as(Role.VIEWER, () -> this.places.isWithin(placeId, ancestorId));
	}

	@Test
	void importsATableAndLinksItsPlacesToTheCatalogue() {
		ImportOutcome outcome = importing("places.tsv");
		assertThat(outcome.format()).isEqualTo(GazetteerFormat.TABLE);
		assertThat(outcome.read()).isEqualTo(3);
		assertThat(outcome.added() + outcome.unchanged()).isEqualTo(3);
		assertThat(outcome.stored()).isTrue();
		assertThat(within("test-sousa-farms", "SY09")).isTrue();
		Place kishma = as(Role.VIEWER, () -> this.places.get("test-kishma"));
		assertThat(kishma.origin()).isEqualTo("table");
		assertThat(as(Role.VIEWER, () -> this.places.list(new PlaceQuery("كشمه", null, null), 0, 10)).items())
			.extracting(Place::id)
			.contains("test-kishma");
	}

	@Test
	void anImportTellsWhichPlacesChanged(@TempDir Path folder) throws IOException {
		String id = "test-" + UUID.randomUUID().toString().substring(0, 8);
		Path table = folder.resolve("new.tsv");
		Files.writeString(table, id + "\tvillage\tSY0902\t34.5\t40.9\tالمجاودة\tAl-Mujawada\t\n",
				StandardCharsets.UTF_8);
		importing(table, null, false);
		assertThat(this.events.stream(CatalogueChanged.class))
			.anySatisfy((changed) -> assertThat(changed.placeIds()).containsExactly(id));
	}

	@Test
	void importingTheSameFileAgainChangesNothing() {
		importing("places.tsv");
		String before = snapshot();
		ImportOutcome again = importing("places.tsv");
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.added() + again.updated()).isZero();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aBadRowInTheMiddleLeavesTheCatalogueAsItWas() {
		String before = snapshot();
		assertThatThrownBy(() -> importing("bad-row.tsv")).isInstanceOfSatisfying(ImportRefused.class, (refused) -> {
			assertThat(refused.outcome().stored()).isFalse();
			assertThat(refused.outcome().rejected()).singleElement().satisfies((rejection) -> {
				assertThat(rejection.row()).isEqualTo(2);
				assertThat(rejection.id()).isEqualTo("test-bad-2");
				assertThat(rejection.reason()).startsWith("lat: The latitude");
			});
		});
		assertThat(snapshot()).isEqualTo(before);
		assertThat(as(Role.VIEWER, () -> this.places.getAll(List.of("test-bad-1", "test-bad-3")))).isEmpty();
	}

	@Test
	void skippingRejectedRowsStoresTheOthers() {
		ImportOutcome outcome = importing(FIXTURES.resolve("bad-row.tsv"), GazetteerFormat.TABLE, true);
		assertThat(outcome.added()).isEqualTo(2);
		assertThat(outcome.rejected()).hasSize(1);
		assertThat(as(Role.VIEWER, () -> this.places.getAll(List.of("test-bad-1", "test-bad-2", "test-bad-3"))))
			.extracting(Place::id)
			.containsExactly("test-bad-1", "test-bad-3");
	}

	@Test
	void rejectsPlacesWhoseParentsLoop() {
		String before = snapshot();
		assertThatThrownBy(() -> importing("loop.tsv")).isInstanceOfSatisfying(ImportRefused.class,
				(refused) -> assertThat(refused.outcome().rejected()).hasSize(2));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void importsAnOchaCodTable() {
		ImportOutcome outcome = importing("ocha-cod.csv");
		assertThat(outcome.format()).isEqualTo(GazetteerFormat.OCHA_COD);
		assertThat(outcome.read()).isEqualTo(5);
		assertThat(within("SY090201", "SY0902")).isTrue();
		assertThat(within("SY090201", "SY")).isTrue();
	}

	@Test
	void importsAGeoNamesDump() {
		ImportOutcome outcome = importing("SY.txt");
		assertThat(outcome.format()).isEqualTo(GazetteerFormat.GEONAMES);
		assertThat(outcome.read()).isEqualTo(4);
		assertThat(within("geonames:173800", "geonames:170792")).isTrue();
		assertThat(as(Role.VIEWER, () -> this.places.get("geonames:173800")).nameAr()).isEqualTo("الباغوز فوقاني");
	}

	@Test
	void aPlaceWrittenByPeopleKeepsItsValuesAndGainsTheFilesNames(@TempDir Path folder) throws IOException {
		Place before = as(Role.VIEWER, () -> this.places.get("C5184"));
		Path table = folder.resolve("baghuz.tsv");
		Files.writeString(table, "C5184\ttown\tSY0902\t34.46\t40.95\tباغوز فوقاني\tBaghouz Fawqani\tباغوز الفوقاني\n",
				StandardCharsets.UTF_8);
		ImportOutcome outcome = importing(table, null, false);
		assertThat(outcome.updated()).isEqualTo(1);
		Place after = as(Role.VIEWER, () -> this.places.get("C5184"));
		assertThat(after.nameAr()).isEqualTo(before.nameAr());
		assertThat(after.kind()).isEqualTo(before.kind());
		assertThat(after.parentId()).isEqualTo("sy-baghuz");
		assertThat(after.origin()).isEqualTo("starter");
		assertThat(after.aliases()).contains("باغوز الفوقاني").containsAll(before.aliases());
		assertThat(after.version()).isEqualTo(before.version() + 1);
	}

	@Test
	void anUnreadableFileChangesNothing() {
		String before = snapshot();
		assertThatThrownBy(() -> importing("broken.json")).isInstanceOf(GazetteerUnreadable.class);
		assertThatThrownBy(() -> importing("nowhere.tsv")).isInstanceOf(GazetteerUnreadable.class);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void onlyCoordinatorsImport() {
		assertThatThrownBy(() -> as(Role.DOCUMENTER,
				() -> this.imports.importFile(FIXTURES.resolve("places.tsv"), GazetteerFormat.TABLE, false)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void importsOpenSyriaAndThenTheSyrianArchive() {
		Path openSyria = SharedGazetteers.require(SharedGazetteers.OPEN_SYRIA);
		Path archive = SharedGazetteers.require(SharedGazetteers.SYRIAN_ARCHIVE);
		ImportOutcome admin = importing(openSyria, null, false);
		assertThat(admin.format()).isEqualTo(GazetteerFormat.OPEN_SYRIA);
		assertThat(admin.read()).isEqualTo(14 + 62 + 272);
		assertThat(admin.rejected()).isEmpty();
		assertThat(admin.added() + admin.updated() + admin.unchanged()).isEqualTo(admin.read());
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM place p JOIN place_ancestor a ON a.place_id = p.id AND a.ancestor_id = 'SY' "
					+ "WHERE p.kind = 'subdistrict'")
			.query(Long.class)
			.single()).isEqualTo(272);

		ImportOutcome communities = importing(archive, null, false);
		assertThat(communities.format()).isEqualTo(GazetteerFormat.SYRIAN_ARCHIVE);
		assertThat(communities.read()).isEqualTo(5997);
		assertThat(communities.rejected()).isEmpty();
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM place p JOIN place_ancestor a ON a.place_id = p.id AND a.ancestor_id = 'SY' "
					+ "WHERE p.origin = 'syrian-archive' AND a.depth >= 3")
			.query(Long.class)
			.single()).isGreaterThan(5000L);
		assertThat(rows("place_ancestor")).isGreaterThan(rows("place"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM place_ancestor WHERE depth = 0").query(Long.class).single())
			.isEqualTo(rows("place"));
	}

}
