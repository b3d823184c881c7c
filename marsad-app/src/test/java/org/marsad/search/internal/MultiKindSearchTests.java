package org.marsad.search.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.BadQuery;
import org.marsad.search.CatalogueEntry;
import org.marsad.search.Confidentiality;
import org.marsad.search.EventDocument;
import org.marsad.search.PersonDocument;
import org.marsad.search.RecordKind;
import org.marsad.search.ReportDocument;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResults;
import org.marsad.search.SearchResults.FacetCount;
import org.marsad.search.SearchResults.SearchHit;
import org.marsad.search.SearchResults.Snippet;
import org.marsad.search.SearchResults.SnippetPart;
import org.marsad.search.Viewer;
import org.marsad.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reports, events and persons in one index, built from documents as the events and
 * persons modules will give them.
 */
class MultiKindSearchTests {

	private static final UUID REPORT = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final UUID DISPLACEMENT = UUID.fromString("00000000-0000-0000-0000-000000000011");

	private static final UUID ARRESTS = UUID.fromString("00000000-0000-0000-0000-000000000012");

	private static final UUID WITNESS = UUID.fromString("00000000-0000-0000-0000-000000000021");

	private static final UUID DETAINEE = UUID.fromString("00000000-0000-0000-0000-000000000022");

	private static final CatalogueEntry SYRIA = CatalogueEntry.of("SY", "سوريا", "Syria");

	private static final CatalogueEntry DEIR_EZ_ZOR = new CatalogueEntry("SY09", "دير الزور", "Deir ez-Zor",
			List.of("دير الزور المحافظة"));

	private static final CatalogueEntry BAGHOUZ = CatalogueEntry.of("C5134", "الباغوز", "Al-Baghuz Fawqani");

	private static final CatalogueEntry HAJIN = CatalogueEntry.of("C5129", "هجين", "Hajin");

	private static final CatalogueEntry SDF = new CatalogueEntry("sdf", "قوات سوريا الديمقراطية",
			"Syrian Democratic Forces", List.of("قسد", "SDF"));

	private static final CatalogueEntry ISIS = new CatalogueEntry("isis", "تنظيم الدولة الإسلامية", "Islamic State",
			List.of("داعش"));

	private static final String DISPLACEMENT_AR = "خروج أكثر من ٣٠٠٠ شخص من الباغوز باتجاه نقاط تجمّع قسد، "
			+ "ونُقلت العائلات إلى مخيّم الهول.";

	private static final String ARRESTS_AR = "اعتقال عشرات الرجال في هجين بعد أن تعرّف عليهم الأهالي.";

	private static final Viewer ANALYST = Viewer.of(Role.ANALYST);

	private static final Viewer VIEWER = Viewer.of(Role.VIEWER);

	@TempDir
	Path folder;

	private LuceneSearch search;

	@BeforeEach
	void indexRecords() {
		this.search = new LuceneSearch(this.folder);
		this.search.index(new ReportDocument(REPORT, "خروج من الباغوز", "وصلت عشرات العائلات من الباغوز إلى الهول.",
				"ar", "message", "new", "أبو عمر", Instant.parse("2019-03-02T08:00:00Z")));
		this.search.index(new EventDocument(DISPLACEMENT, "displacement", null, LocalDate.parse("2019-03-01"),
				LocalDate.parse("2019-03-03"), DISPLACEMENT_AR, "More than 3,000 people left al-Baghouz.",
				List.of(BAGHOUZ, DEIR_EZ_ZOR, SYRIA), List.of(SDF), "fair", Confidentiality.PUBLISHABLE,
				Instant.parse("2019-03-04T10:00:00Z")));
		this.search.index(new EventDocument(ARRESTS, "violence_against_civilians", "arrests",
				LocalDate.parse("2019-03-10"), LocalDate.parse("2019-03-10"), ARRESTS_AR, null,
				List.of(HAJIN, DEIR_EZ_ZOR, SYRIA), List.of(SDF, ISIS), "single_source", Confidentiality.INTERNAL,
				Instant.parse("2019-03-11T10:00:00Z")));
		this.search.index(new PersonDocument(WITNESS, List.of("محمد الأحمد", "محمّد الاحمد"),
				List.of("Mohammed al-Ahmad"), "male", "SY", List.of(BAGHOUZ, DEIR_EZ_ZOR, SYRIA),
				Confidentiality.PUBLISHABLE, Instant.parse("2019-03-05T00:00:00Z")));
		this.search.index(new PersonDocument(DETAINEE, List.of("خالد بن الوليد العلي"), List.of(), "male", "IQ",
				List.of(HAJIN, DEIR_EZ_ZOR, SYRIA), Confidentiality.INTERNAL, Instant.parse("2019-03-12T00:00:00Z")));
	}

	@AfterEach
	void close() throws IOException {
		this.search.close();
	}

	private List<UUID> ids(SearchQuery query, Viewer viewer) {
		return this.search.query(query, viewer).hits().stream().map((hit) -> UUID.fromString(hit.id())).toList();
	}

	private List<UUID> ids(String words) {
		return ids(SearchQuery.of(words), ANALYST);
	}

	@Test
	void findsEventByWordsOfItsArabicDescriptionWrittenWithoutHamzaOrShadda() {
		assertThat(ids("اكثر مخيم تجمع")).containsExactly(DISPLACEMENT);
	}

	@Test
	void findsEventByWordOfItsEnglishDescription() {
		assertThat(ids("people")).containsExactly(DISPLACEMENT);
	}

	@Test
	void findsEventsByNameOfAnAncestorOfTheirPlace() {
		assertThat(ids(SearchQuery.of("\"دير الزور\"").filter("kind", "event"), ANALYST))
			.containsExactlyInAnyOrder(DISPLACEMENT, ARRESTS);
	}

	@Test
	void findsEventByLatinSpellingOfItsPlace() {
		assertThat(ids(SearchQuery.of("Hajin").filter("kind", "event"), ANALYST)).containsExactly(ARRESTS);
	}

	@Test
	void findsEventsByAliasOfTheirActor() {
		assertThat(ids(SearchQuery.of("داعش"), ANALYST)).containsExactly(ARRESTS);
	}

	@Test
	void filtersEventsByAncestorPlaceId() {
		assertThat(ids(SearchQuery.of("").filter("kind", "event").filter("place", "SY09"), ANALYST))
			.containsExactlyInAnyOrder(DISPLACEMENT, ARRESTS);
	}

	@Test
	void filtersByActorId() {
		assertThat(ids(SearchQuery.of("").filter("actor", "isis"), ANALYST)).containsExactly(ARRESTS);
	}

	@Test
	void filtersEventsByDaysOverlappingTheirInterval() {
		SearchQuery query = SearchQuery.of("")
			.filter("kind", "event")
			.between(LocalDate.parse("2019-03-03"), LocalDate.parse("2019-03-05"));
		assertThat(ids(query, ANALYST)).containsExactly(DISPLACEMENT);
	}

	@Test
	void filtersByKind() {
		assertThat(ids(SearchQuery.of("الباغوز").filter("kind", "report"), ANALYST)).containsExactly(REPORT);
	}

	@Test
	void findsAllKindsByOneWord() {
		assertThat(ids("الباغوز")).containsExactlyInAnyOrder(REPORT, DISPLACEMENT, WITNESS);
	}

	@Test
	void countsKinds() {
		assertThat(this.search.query(SearchQuery.of(""), ANALYST).facets().get("kind")).containsExactlyInAnyOrder(
				new FacetCount("report", 1), new FacetCount("event", 2), new FacetCount("person", 2));
	}

	@Test
	void countsEventTypesAndVerification() {
		SearchResults results = this.search.query(SearchQuery.of("").filter("kind", "event"), ANALYST);
		assertThat(results.facets().get("type")).containsExactlyInAnyOrder(new FacetCount("displacement", 1),
				new FacetCount("violence_against_civilians", 1));
		assertThat(results.facets().get("verification")).containsExactlyInAnyOrder(new FacetCount("fair", 1),
				new FacetCount("single_source", 1));
	}

	@Test
	void countsPlacesWithTheirAncestorsAndNames() {
		SearchResults results = this.search.query(SearchQuery.of("").filter("kind", "event"), ANALYST);
		assertThat(results.facets().get("place")).contains(new FacetCount("SY09", 2, "دير الزور"),
				new FacetCount("C5134", 1, "الباغوز"), new FacetCount("C5129", 1, "هجين"));
	}

	@Test
	void countsActorsWithTheirNames() {
		SearchResults results = this.search.query(SearchQuery.of("").filter("kind", "event"), ANALYST);
		assertThat(results.facets().get("actor")).containsExactlyInAnyOrder(
				new FacetCount("sdf", 2, "قوات سوريا الديمقراطية"),
				new FacetCount("isis", 1, "تنظيم الدولة الإسلامية"));
	}

	@Test
	void returnsEventFieldsInHit() {
		SearchHit hit = this.search.query(SearchQuery.of("مخيم"), ANALYST).hits().get(0);
		assertThat(hit.kind()).isEqualTo("event");
		assertThat(hit.type()).isEqualTo("displacement");
		assertThat(hit.status()).isEqualTo("fair");
		assertThat(hit.dateFrom()).isEqualTo("2019-03-01");
		assertThat(hit.dateTo()).isEqualTo("2019-03-03");
		assertThat(hit.place()).isEqualTo("الباغوز");
		assertThat(hit.internal()).isFalse();
	}

	@Test
	void highlightsEventDescriptionNamingTheField() {
		SearchHit hit = this.search.query(SearchQuery.of("مخيم"), ANALYST).hits().get(0);
		Snippet snippet = hit.snippet().get(0);
		assertThat(snippet.field()).isEqualTo("description_ar");
		assertThat(snippet.parts()).filteredOn(SnippetPart::highlighted)
			.extracting(SnippetPart::text)
			.containsExactly("مخيّم");
		for (SnippetPart part : snippet.parts()) {
			assertThat(DISPLACEMENT_AR.substring(part.start(), part.end())).isEqualTo(part.text());
		}
	}

	@Test
	void findsPersonByNameWithoutShaddaOrHamza() {
		assertThat(ids(SearchQuery.of("محمد احمد").filter("kind", "person"), ANALYST)).containsExactly(WITNESS);
	}

	@Test
	void findsPersonByLatinSpellingOfArabicName() {
		assertThat(ids(SearchQuery.of("Khalid").filter("kind", "person"), ANALYST)).containsExactly(DETAINEE);
	}

	@Test
	void findsPersonByArabicSpellingOfLatinName() {
		assertThat(ids(SearchQuery.of("الاحمد").filter("kind", "person"), ANALYST)).containsExactly(WITNESS);
	}

	@Test
	void titlesPersonHitWithFirstName() {
		SearchHit hit = this.search
			.query(SearchQuery.of("").filter("kind", "person").filter("nationality", "SY"), ANALYST)
			.hits()
			.get(0);
		assertThat(hit.title()).isEqualTo("محمد الأحمد");
		assertThat(hit.place()).isEqualTo("الباغوز");
	}

	@Test
	void showsInternalEventToStaffMarkedInternal() {
		SearchHit hit = this.search.query(SearchQuery.of("هجين").filter("kind", "event"), ANALYST).hits().get(0);
		assertThat(hit.internal()).isTrue();
	}

	@Test
	void hidesInternalEventFromViewer() {
		assertThat(this.search.query(SearchQuery.of("هجين"), VIEWER).total()).isZero();
	}

	@Test
	void hidesInternalRecordsFromViewersCounts() {
		SearchResults results = this.search.query(SearchQuery.of(""), VIEWER);
		assertThat(results.total()).isEqualTo(3);
		assertThat(results.facets().get("kind")).containsExactlyInAnyOrder(new FacetCount("report", 1),
				new FacetCount("event", 1), new FacetCount("person", 1));
		assertThat(results.facets().get("type")).containsExactly(new FacetCount("displacement", 1));
		assertThat(results.facets().get("actor")).containsExactly(new FacetCount("sdf", 1, "قوات سوريا الديمقراطية"));
	}

	@Test
	void hidesConfidentialityFacetFromViewer() {
		assertThat(this.search.query(SearchQuery.of(""), VIEWER).facets()).doesNotContainKey("confidentiality");
		assertThat(this.search.query(SearchQuery.of(""), ANALYST).facets().get("confidentiality"))
			.containsExactlyInAnyOrder(new FacetCount("internal", 2), new FacetCount("publishable", 2));
	}

	@Test
	void neverHighlightsInternalEventForViewer() {
		SearchResults results = this.search.query(SearchQuery.of("اعتقال OR خروج"), VIEWER);
		assertThat(results.hits()).extracting(SearchHit::id).doesNotContain(ARRESTS.toString());
		assertThat(results.hits()).flatExtracting(SearchHit::snippet)
			.flatExtracting(Snippet::parts)
			.extracting(SnippetPart::text)
			.noneMatch((text) -> text.contains("هجين"));
	}

	@Test
	void hidesInternalPersonFromViewer() {
		assertThat(ids(SearchQuery.of("خالد"), VIEWER)).isEmpty();
	}

	@Test
	void refusesConfidentialityFilterToViewer() {
		assertThatExceptionOfType(BadQuery.class)
			.isThrownBy(() -> this.search.query(SearchQuery.of("").filter("confidentiality", "internal"), VIEWER))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("confidentiality"));
	}

	@Test
	void refusesConfidentialityFieldInWordsToViewer() {
		assertThatExceptionOfType(BadQuery.class)
			.isThrownBy(() -> this.search.query(SearchQuery.of("confidentiality:internal"), VIEWER));
	}

	@Test
	void filtersByConfidentialityForStaff() {
		assertThat(ids(SearchQuery.of("").filter("confidentiality", "internal"), ANALYST))
			.containsExactlyInAnyOrder(ARRESTS, DETAINEE);
	}

	@Test
	void replacesEventIndexedAgain() {
		this.search.index(new EventDocument(ARRESTS, "violence_against_civilians", "arrests",
				LocalDate.parse("2019-03-10"), LocalDate.parse("2019-03-10"), ARRESTS_AR, null, List.of(HAJIN),
				List.of(), "confirmed", Confidentiality.PUBLISHABLE, Instant.parse("2019-03-13T10:00:00Z")));
		assertThat(ids(SearchQuery.of("هجين").filter("kind", "event"), VIEWER)).containsExactly(ARRESTS);
		assertThat(this.search.count()).isEqualTo(5);
	}

	@Test
	void forgetsDeletedEvent() {
		this.search.delete(RecordKind.EVENT, DISPLACEMENT);
		assertThat(ids(SearchQuery.of("مخيم"), ANALYST)).isEmpty();
	}

	@Test
	void deletesOnlyTheKindNamed() {
		this.search.delete(RecordKind.PERSON, REPORT);
		assertThat(this.search.count()).isEqualTo(5);
	}

	@Test
	void knowsTheLatestChangeOfEachKind() {
		assertThat(this.search.state(RecordKind.EVENT).lastChange()).isEqualTo(Instant.parse("2019-03-11T10:00:00Z"));
		assertThat(this.search.state(RecordKind.PERSON).count()).isEqualTo(2);
	}

}
