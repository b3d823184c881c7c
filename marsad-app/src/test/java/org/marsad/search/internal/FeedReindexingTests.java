package org.marsad.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.intake.Channel;
import org.marsad.intake.Correction;
import org.marsad.intake.NewReport;
import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;
import org.marsad.intake.Report;
import org.marsad.intake.ReportFilter;
import org.marsad.intake.ReportStatus;
import org.marsad.intake.ReportSummary;
import org.marsad.intake.Reports;
import org.marsad.intake.UnknownRecord;
import org.marsad.intake.Upload;
import org.marsad.search.Confidentiality;
import org.marsad.search.EventDocument;
import org.marsad.search.RecordKind;
import org.marsad.search.SearchDocument;
import org.marsad.search.SearchFeed;
import org.marsad.search.SearchQuery;
import org.marsad.search.Viewer;
import org.marsad.security.Role;

import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Healing and reindexing from the report feed, with reports held in memory as intake
 * gives them.
 */
class FeedReindexingTests {

	@TempDir
	Path data;

	private final StoredReports reports = new StoredReports();

	@Test
	void rebuildsMissingIndexFromDatabase() throws IOException {
		this.reports.add("قصف على مدرسة في دير الزور");
		this.reports.add("اعتقال ثلاثة شبان على حاجز");
		try (LuceneSearch search = new LuceneSearch(this.data.resolve("index"))) {
			assertThat(reindexing(search).heal()).isTrue();
			assertThat(search.count()).isEqualTo(2);
		}
	}

	@Test
	void leavesCurrentIndexAlone() throws IOException {
		this.reports.add("قصف على مدرسة في دير الزور");
		try (LuceneSearch search = new LuceneSearch(this.data.resolve("index"))) {
			FeedReindexing reindexing = reindexing(search);
			reindexing.heal();
			assertThat(reindexing.heal()).isFalse();
		}
	}

	@Test
	void healsIndexDeletedWhileStopped() throws IOException {
		this.reports.add("قصف على مدرسة في دير الزور");
		Path folder = this.data.resolve("index");
		try (LuceneSearch search = new LuceneSearch(folder)) {
			reindexing(search).heal();
		}
		delete(folder);
		try (LuceneSearch search = new LuceneSearch(folder)) {
			reindexing(search).heal();
			assertThat(search.query(SearchQuery.of("مدرسه"), Viewer.of(Role.VIEWER)).total()).isEqualTo(1);
		}
	}

	@Test
	void catchesUpWithReportsStoredWhileStopped() throws IOException {
		this.reports.add("قصف على مدرسة في دير الزور");
		Path folder = this.data.resolve("index");
		try (LuceneSearch search = new LuceneSearch(folder)) {
			reindexing(search).heal();
		}
		this.reports.add("اعتقال ثلاثة شبان على حاجز");
		try (LuceneSearch search = new LuceneSearch(folder)) {
			assertThat(reindexing(search).heal()).isTrue();
			assertThat(search.count()).isEqualTo(2);
		}
	}

	@Test
	void reportsProgressOfReindexing() throws IOException {
		this.reports.add("قصف على مدرسة في دير الزور");
		this.reports.add("اعتقال ثلاثة شبان على حاجز");
		List<List<Long>> progress = new ArrayList<>();
		try (LuceneSearch search = new LuceneSearch(this.data.resolve("index"))) {
			assertThat(reindexing(search).reindex((done, total) -> progress.add(List.of(done, total)))).isEqualTo(2);
		}
		assertThat(progress).first().isEqualTo(List.of(0L, 2L));
		assertThat(progress).last().isEqualTo(List.of(2L, 2L));
	}

	@Test
	void readsReportsAsAnalystWithoutKeepingThatAuthority() throws IOException {
		this.reports.add("قصف على مدرسة في دير الزور");
		try (LuceneSearch search = new LuceneSearch(this.data.resolve("index"))) {
			reindexing(search).heal();
		}
		assertThat(this.reports.readers).containsOnly(Role.ANALYST.authority());
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void rebuildsWhenTheNewestReportWasIndexedButAnOlderOneWasNot() throws IOException {
		this.reports.add("قصف على مدرسة في دير الزور");
		this.reports.add("اعتقال ثلاثة شبان على حاجز");
		try (LuceneSearch search = new LuceneSearch(this.data.resolve("index"))) {
			search.index(ReportFeed.document(this.reports.stored.get(0)));
			assertThat(reindexing(search).heal()).isTrue();
			assertThat(search.count()).isEqualTo(2);
		}
	}

	@Test
	void healsEachKindAgainstItsOwnFeed() throws IOException {
		this.reports.add("قصف على مدرسة في دير الزور");
		try (LuceneSearch search = new LuceneSearch(this.data.resolve("index"))) {
			FeedReindexing reindexing = new FeedReindexing(List.of(new ReportFeed(this.reports), new EventFeed()),
					search);
			reindexing.heal();
			assertThat(reindexing.isCurrent()).isTrue();
			assertThat(search.state(RecordKind.EVENT).count()).isEqualTo(1);
		}
	}

	private FeedReindexing reindexing(LuceneSearch search) {
		return new FeedReindexing(List.of(new ReportFeed(this.reports)), search);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** One publishable event. */
	private static final class EventFeed implements SearchFeed {

		private static final EventDocument EVENT = new EventDocument(UUID.randomUUID(), "displacement", null,
				LocalDate.parse("2019-03-01"), LocalDate.parse("2019-03-02"), "نزوح من الباغوز", null, List.of(),
				List.of(), "single_source", Confidentiality.PUBLISHABLE, Instant.parse("2019-03-03T00:00:00Z"));

		@Override
		public RecordKind kind() {
			return RecordKind.EVENT;
		}

		@Override
		public State state() {
			return new State(1, EVENT.updatedAt());
		}

		@Override
		public void forEach(Consumer<? super SearchDocument> action) {
			action.accept(EVENT);
		}

	}

	/** Reports held in memory, newest first, as intake lists them. */
	private static final class StoredReports implements Reports {

		private final List<Report> stored = new ArrayList<>();

		private final List<String> readers = new ArrayList<>();

		void add(String text) {
			Instant receivedAt = Instant.parse("2019-03-01T00:00:00Z").plusSeconds(3600L * this.stored.size());
			this.stored.add(0, new Report(UUID.randomUUID(), 1, 1, null, text, "ar", Channel.MESSAGE, receivedAt, null,
					null, "أبو عمر", 2, ReportStatus.NEW, receivedAt, "documenter", List.of(), List.of()));
		}

		private void read() {
			SecurityContextHolder.getContext()
				.getAuthentication()
				.getAuthorities()
				.forEach((authority) -> this.readers.add(authority.getAuthority()));
		}

		@Override
		public Report create(NewReport report, List<Upload> uploads) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Report correct(UUID id, Correction correction) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean markCoded(UUID id) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Report get(UUID id) {
			read();
			return this.stored.stream()
				.filter((report) -> report.id().equals(id))
				.findFirst()
				.orElseThrow(() -> new UnknownRecord("report"));
		}

		@Override
		public Report get(UUID id, int version) {
			return get(id);
		}

		@Override
		public PageOf<ReportSummary> list(ReportFilter filter, PageRequest page) {
			read();
			List<ReportSummary> items = this.stored.stream()
				.skip(page.offset())
				.limit(page.size())
				.map((report) -> new ReportSummary(report.id(), report.title(), report.text(), report.language(),
						report.channel(), report.receivedAt(), report.sourceId(), report.sourcePseudonym(),
						report.credibility(), report.status(), 1, 0))
				.toList();
			return new PageOf<>(items, page.page(), page.size(), this.stored.size());
		}

		@Override
		public StoredFile file(String sha256) {
			throw new UnsupportedOperationException();
		}

	}

}
