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
import org.marsad.search.RecordKind;
import org.marsad.search.ReportDocument;
import org.marsad.search.SearchFeed;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResults;
import org.marsad.search.SearchResults.FacetCount;
import org.marsad.search.SearchResults.SearchHit;
import org.marsad.search.SearchResults.SnippetPart;
import org.marsad.search.Viewer;
import org.marsad.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LuceneSearchTests {

	private static final UUID ARREST = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final UUID SCHOOL = UUID.fromString("00000000-0000-0000-0000-000000000002");

	private static final UUID CAMP = UUID.fromString("00000000-0000-0000-0000-000000000003");

	private static final String ARREST_TEXT = "أفاد مراسلنا بإعتقال ثلاثة شبّان من أبناء قرية الباغوز على حاجز الجسر، "
			+ "واقتيادهم إلى جهة مجهولة.";

	private static final String SCHOOL_TEXT = "قُصِفَت المدرسة الابتدائيّة في دير الزور صباح يوم ٥ آذار، "
			+ "وأصيب ١٢ طالباً بجروح.";

	private static final String CAMP_TEXT = "Around 3,370 people leaving the pocket were taken to al-Hol camp.";

	private static final Viewer ANALYST = Viewer.of(Role.ANALYST);

	private static final Viewer VIEWER = Viewer.of(Role.VIEWER);

	@TempDir
	Path folder;

	private LuceneSearch search;

	@BeforeEach
	void indexReports() {
		this.search = new LuceneSearch(this.folder);
		this.search.index(new ReportDocument(ARREST, "اعتقالات في الباغوز", ARREST_TEXT, "ar", "message", "new",
				"أبو عمر", Instant.parse("2019-03-01T08:00:00Z")));
		this.search.index(new ReportDocument(SCHOOL, "قصف مدرسة", SCHOOL_TEXT, "ar", "call", "coded", "الراصد ٧",
				Instant.parse("2019-03-05T10:00:00Z")));
		this.search.index(new ReportDocument(CAMP, "Leaving the pocket", CAMP_TEXT, "en", "message", "new", "أبو عمر",
				Instant.parse("2019-03-10T12:00:00Z")));
	}

	@AfterEach
	void close() throws IOException {
		this.search.close();
	}

	private List<UUID> ids(String query) {
		return ids(SearchQuery.of(query), ANALYST);
	}

	private List<UUID> ids(SearchQuery query, Viewer viewer) {
		return this.search.query(query, viewer).hits().stream().map((hit) -> UUID.fromString(hit.id())).toList();
	}

	@Test
	void findsWordWrittenWithoutHamza() {
		assertThat(ids("اعتقال")).containsExactly(ARREST);
	}

	@Test
	void findsWordWrittenWithTehMarbutaAsHeh() {
		assertThat(ids("مدرسه")).containsExactly(SCHOOL);
	}

	@Test
	void findsWordWrittenWithDiacriticsAndTatweel() {
		assertThat(ids("قـصـف")).containsExactly(SCHOOL);
	}

	@Test
	void findsWordBehindConjunctionAndArticle() {
		assertThat(ids("جسر")).containsExactly(ARREST);
	}

	@Test
	void requiresEveryWord() {
		assertThat(ids("اعتقال مدرسة")).isEmpty();
	}

	@Test
	void matchesEitherWordJoinedByOr() {
		assertThat(ids("اعتقال OR مدرسة")).containsExactlyInAnyOrder(ARREST, SCHOOL);
	}

	@Test
	void findsPhraseInOrder() {
		assertThat(ids("\"دير الزور\"")).containsExactly(SCHOOL);
	}

	@Test
	void missesPhraseOfWordsApart() {
		assertThat(ids("\"المدرسة دير\"")).isEmpty();
	}

	@Test
	void findsWordByPrefix() {
		assertThat(ids("ابتدا*")).containsExactly(SCHOOL);
	}

	@Test
	void findsMisspelledWordByFuzzyMatch() {
		assertThat(ids("leavimg~")).containsExactly(CAMP);
	}

	@Test
	void searchesTitleByPrefix() {
		assertThat(ids("title:مدرسة")).containsExactly(SCHOOL);
	}

	@Test
	void filtersByDateRangeWithBothDaysIncluded() {
		SearchQuery query = SearchQuery.of("").between(LocalDate.parse("2019-03-05"), LocalDate.parse("2019-03-10"));
		assertThat(ids(query, ANALYST)).containsExactly(CAMP, SCHOOL);
	}

	@Test
	void filtersByLanguage() {
		SearchQuery query = SearchQuery.of("").filter("language", "en");
		assertThat(ids(query, ANALYST)).containsExactly(CAMP);
	}

	@Test
	void countsFacetValuesOverEveryMatch() {
		SearchResults results = this.search.query(SearchQuery.of(""), ANALYST);
		assertThat(results.facets().get("language")).containsExactlyInAnyOrder(new FacetCount("ar", 2),
				new FacetCount("en", 1));
		assertThat(results.facets().get("channel")).containsExactlyInAnyOrder(new FacetCount("message", 2),
				new FacetCount("call", 1));
	}

	@Test
	void countsSourcesForAnalysts() {
		SearchResults results = this.search.query(SearchQuery.of(""), ANALYST);
		assertThat(results.facets().get("source")).containsExactlyInAnyOrder(new FacetCount("أبو عمر", 2),
				new FacetCount("الراصد ٧", 1));
	}

	@Test
	void pagesThroughHitsNewestFirst() {
		SearchResults second = this.search.query(SearchQuery.of("").page(1, 2), ANALYST);
		assertThat(second.total()).isEqualTo(3);
		assertThat(second.hits()).extracting(SearchHit::id).containsExactly(ARREST.toString());
	}

	@Test
	void highlightsMatchInOriginalText() {
		SearchHit hit = this.search.query(SearchQuery.of("اعتقال"), ANALYST).hits().get(0);
		List<SnippetPart> marked = hit.snippet()
			.stream()
			.flatMap((snippet) -> snippet.parts().stream())
			.filter(SnippetPart::highlighted)
			.toList();
		assertThat(marked).extracting(SnippetPart::text).containsExactly("بإعتقال");
	}

	@Test
	void highlightsWordsFoundByPrefix() {
		assertThat(marked("ابتدا*")).containsExactly("الابتدائيّة");
	}

	@Test
	void highlightsWordsFoundByFuzzyMatch() {
		assertThat(marked("leavimg~")).containsExactly("leaving");
	}

	private List<String> marked(String query) {
		return this.search.query(SearchQuery.of(query), ANALYST)
			.hits()
			.get(0)
			.snippet()
			.stream()
			.flatMap((snippet) -> snippet.parts().stream())
			.filter(SnippetPart::highlighted)
			.map(SnippetPart::text)
			.toList();
	}

	@Test
	void snippetOffsetsPointIntoOriginalText() {
		SearchHit hit = this.search.query(SearchQuery.of("مدرسة"), ANALYST).hits().get(0);
		for (SnippetPart part : hit.snippet().get(0).parts()) {
			assertThat(SCHOOL_TEXT.substring(part.start(), part.end())).isEqualTo(part.text());
		}
	}

	@Test
	void returnsSourceToAnalyst() {
		assertThat(this.search.query(SearchQuery.of("مدرسة"), ANALYST).hits().get(0).source()).isEqualTo("الراصد ٧");
	}

	@Test
	void hidesSourceFromViewer() {
		SearchResults results = this.search.query(SearchQuery.of("مدرسة"), VIEWER);
		assertThat(results.hits().get(0).source()).isNull();
		assertThat(results.facets()).doesNotContainKey("source");
	}

	@Test
	void refusesSourceFieldToViewer() {
		assertThatExceptionOfType(BadQuery.class).isThrownBy(() -> ids(SearchQuery.of("source:\"أبو عمر\""), VIEWER))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("q"));
	}

	@Test
	void searchesSourceFieldForAnalyst() {
		assertThat(ids("source:\"أبو عمر\"")).containsExactlyInAnyOrder(ARREST, CAMP);
	}

	@Test
	void findsNothingForAnonymous() {
		assertThat(this.search.query(SearchQuery.of("مدرسة"), Viewer.ANONYMOUS).hits()).isEmpty();
	}

	@Test
	void refusesUnbalancedQueryNamingQ() {
		assertThatExceptionOfType(BadQuery.class).isThrownBy(() -> ids("\"دير الزور"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("q"));
	}

	@Test
	void refusesUnknownField() {
		assertThatExceptionOfType(BadQuery.class).isThrownBy(() -> ids("secret:قصف"));
	}

	@Test
	void replacesReportIndexedAgain() {
		this.search.index(new ReportDocument(SCHOOL, "قصف مدرسة", "نص مصحح عن القصف", "ar", "call", "coded", null,
				Instant.parse("2019-03-05T10:00:00Z")));
		assertThat(this.search.count()).isEqualTo(3);
	}

	@Test
	void keepsIndexAcrossReopening() throws IOException {
		this.search.close();
		this.search = new LuceneSearch(this.folder);
		assertThat(ids("اعتقال")).containsExactly(ARREST);
	}

	@Test
	void knowsHowManyReportsItHoldsAndTheLatestReceipt() {
		assertThat(this.search.state(RecordKind.REPORT))
			.isEqualTo(new SearchFeed.State(3, Instant.parse("2019-03-10T12:00:00Z")));
	}

	@Test
	void holdsNothingOfAKindNeverIndexed() {
		assertThat(this.search.state(RecordKind.EVENT)).isEqualTo(SearchFeed.State.EMPTY);
	}

	@Test
	void forgetsDeletedReport() {
		this.search.delete(RecordKind.REPORT, ARREST);
		assertThat(ids("اعتقال")).isEmpty();
		assertThat(this.search.count()).isEqualTo(2);
	}

}
