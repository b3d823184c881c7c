package org.marsad.search.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.search.IndexInUse;
import org.marsad.search.RecordKind;
import org.marsad.search.Reindexing;
import org.marsad.search.ReportDocument;
import org.marsad.search.SearchDocument;
import org.marsad.search.SearchFeed;
import org.marsad.search.SearchQuery;
import org.marsad.search.Viewer;
import org.marsad.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A rebuild replaces the index only when complete: until then, and whenever it fails or
 * is cut short, the index in use serves as before.
 */
class RebuildTests {

	private static final Viewer ANALYST = Viewer.of(Role.ANALYST);

	private static final ReportDocument OLD = report("اعتقال ثلاثة شبان على حاجز الجسر");

	@TempDir
	Path folder;

	private LuceneSearch search;

	@BeforeEach
	void indexOldReport() {
		this.search = new LuceneSearch(this.folder);
		this.search.index(OLD);
	}

	@AfterEach
	void close() throws IOException {
		this.search.close();
	}

	@Test
	void replacesTheIndexWithTheFeedsRecords() {
		ReportDocument rebuilt = report("قصف على مدرسة في دير الزور");
		assertThat(this.search.rebuild(List.of(feed(List.of(rebuilt))), Reindexing.Progress.NONE)).isEqualTo(1);
		assertThat(found("مدرسه")).isEqualTo(1);
		assertThat(found("اعتقال")).isZero();
	}

	@Test
	void keepsServingTheOldIndexWhenARebuildFails() {
		SearchFeed failing = new ListFeed(List.of(report("قصف على مدرسة"), report("نزوح عائلات"))) {

			@Override
			public void forEach(Consumer<? super SearchDocument> action) {
				super.forEach(action);
				throw new IllegalStateException("database gone");
			}

		};
		assertThatIllegalStateException().isThrownBy(() -> this.search.rebuild(List.of(failing), (done, total) -> {
		}));
		assertThat(found("اعتقال")).isEqualTo(1);
		assertThat(found("مدرسة")).isZero();
	}

	@Test
	void leavesNoTraceOfAFailedRebuild() throws IOException {
		SearchFeed failing = new ListFeed(List.of()) {

			@Override
			public void forEach(Consumer<? super SearchDocument> action) {
				throw new IllegalStateException("database gone");
			}

		};
		assertThatIllegalStateException()
			.isThrownBy(() -> this.search.rebuild(List.of(failing), Reindexing.Progress.NONE));
		assertThat(generations()).hasSize(1);
	}

	@Test
	void keepsTheOldIndexWhenProgressReportingStopsTheRebuild() throws IOException {
		Reindexing.Progress interrupted = (done, total) -> {
			if (done > 0) {
				throw new IllegalStateException("interrupted");
			}
		};
		List<SearchDocument> many = Stream.generate(() -> (SearchDocument) report("نزوح عائلات")).limit(600).toList();
		assertThatIllegalStateException().isThrownBy(() -> this.search.rebuild(List.of(feed(many)), interrupted));
		this.search.close();
		this.search = new LuceneSearch(this.folder);
		assertThat(found("اعتقال")).isEqualTo(1);
		assertThat(this.search.count()).isEqualTo(1);
	}

	@Test
	void keepsTheOldIndexWhenClosedDuringARebuild() throws Exception {
		CountDownLatch reading = new CountDownLatch(1);
		CountDownLatch closed = new CountDownLatch(1);
		SearchFeed slow = new ListFeed(List.of(report("قصف على مدرسة"), report("نزوح عائلات"))) {

			@Override
			public void forEach(Consumer<? super SearchDocument> action) {
				action.accept(report("قصف على مدرسة"));
				reading.countDown();
				await(closed);
				action.accept(report("نزوح عائلات"));
			}

		};
		CompletableFuture<Long> rebuild = CompletableFuture
			.supplyAsync(() -> this.search.rebuild(List.of(slow), Reindexing.Progress.NONE));
		assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
		this.search.close();
		closed.countDown();
		assertThat(rebuild).failsWithin(10, TimeUnit.SECONDS)
			.withThrowableThat()
			.withCauseInstanceOf(AlreadyClosedException.class);
		this.search = new LuceneSearch(this.folder);
		assertThat(found("اعتقال")).isEqualTo(1);
		assertThat(found("مدرسة")).isZero();
	}

	@Test
	void servesTheOldIndexWhileRebuilding() {
		long[] seen = new long[2];
		SearchFeed watching = new ListFeed(List.of(report("قصف على مدرسة"))) {

			@Override
			public void forEach(Consumer<? super SearchDocument> action) {
				super.forEach(action);
				seen[0] = found("اعتقال");
				seen[1] = found("مدرسة");
			}

		};
		this.search.rebuild(List.of(watching), Reindexing.Progress.NONE);
		assertThat(seen).containsExactly(1, 0);
	}

	@Test
	void namesTheNewIndexOnlyOnceComplete() throws IOException {
		String before = Files.readString(this.folder.resolve(IndexFolder.CURRENT));
		String[] during = new String[1];
		SearchFeed watching = new ListFeed(List.of(report("قصف على مدرسة"))) {

			@Override
			public void forEach(Consumer<? super SearchDocument> action) {
				super.forEach(action);
				during[0] = read(RebuildTests.this.folder.resolve(IndexFolder.CURRENT));
			}

		};
		this.search.rebuild(List.of(watching), Reindexing.Progress.NONE);
		assertThat(during[0]).isEqualTo(before);
		assertThat(Files.readString(this.folder.resolve(IndexFolder.CURRENT))).isNotEqualTo(before);
		assertThat(generations()).hasSize(1);
	}

	@Test
	void keepsRecordsIndexedWhileRebuilding() {
		ReportDocument meanwhile = report("وصول قافلة مساعدات");
		SearchFeed busy = new ListFeed(List.of(report("قصف على مدرسة"))) {

			@Override
			public void forEach(Consumer<? super SearchDocument> action) {
				super.forEach(action);
				RebuildTests.this.search.index(meanwhile);
			}

		};
		this.search.rebuild(List.of(busy), Reindexing.Progress.NONE);
		assertThat(found("قافلة")).isEqualTo(1);
		assertThat(found("مدرسة")).isEqualTo(1);
	}

	@Test
	void keepsDeletionsMadeWhileRebuilding() {
		ReportDocument voided = report("قصف على مدرسة");
		SearchFeed busy = new ListFeed(List.of(voided)) {

			@Override
			public void forEach(Consumer<? super SearchDocument> action) {
				super.forEach(action);
				RebuildTests.this.search.delete(RecordKind.REPORT, voided.id());
			}

		};
		this.search.rebuild(List.of(busy), Reindexing.Progress.NONE);
		assertThat(found("مدرسة")).isZero();
	}

	@Test
	void removesWhatAnInterruptedRebuildLeft() throws IOException {
		this.search.close();
		Path leftover = Files.createDirectory(this.folder.resolve("generation-99"));
		Files.writeString(leftover.resolve("_0.cfs"), "half written");
		this.search = new LuceneSearch(this.folder);
		assertThat(leftover).doesNotExist();
		assertThat(found("اعتقال")).isEqualTo(1);
	}

	@Test
	void startsEmptyOverAnIndexOfTheOlderLayout() throws IOException {
		Path legacy = this.folder.resolve("legacy");
		try (FSDirectory directory = FSDirectory.open(legacy);
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			Document document = new Document();
			document.add(new StringField("id", "1", Field.Store.YES));
			writer.addDocument(document);
		}
		try (LuceneSearch opened = new LuceneSearch(legacy)) {
			assertThat(opened.count()).isZero();
		}
		try (Stream<Path> files = Files.list(legacy)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.noneMatch((name) -> name.startsWith("segments") || name.startsWith("_"));
		}
	}

	@Test
	void refusesASecondOpeningOfTheSameFolder() {
		assertThatExceptionOfType(IndexInUse.class).isThrownBy(() -> new LuceneSearch(this.folder));
	}

	@Test
	void reportsProgressAgainstTheTotalOfEveryFeed() {
		List<SearchDocument> many = Stream.generate(() -> (SearchDocument) report("نزوح عائلات")).limit(1200).toList();
		List<long[]> told = new ArrayList<>();
		this.search.rebuild(List.of(feed(many)), (done, total) -> told.add(new long[] { done, total }));
		assertThat(told).extracting((pair) -> pair[1]).containsOnly(1200L);
		assertThat(told).extracting((pair) -> pair[0]).containsExactly(0L, 500L, 1000L, 1200L);
	}

	private long found(String words) {
		return this.search.query(SearchQuery.of(words), ANALYST).total();
	}

	private List<Path> generations() throws IOException {
		try (Stream<Path> children = Files.list(this.folder)) {
			return children.filter(Files::isDirectory).toList();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ReportDocument report(String text) {
		return new ReportDocument(UUID.randomUUID(), null, text, "ar", "message", "new", null,
				Instant.parse("2019-03-01T08:00:00Z"));
	}

	private static SearchFeed feed(List<SearchDocument> documents) {
		return new ListFeed(documents);
	}

	/** Reports from a list. */
	private static class ListFeed implements SearchFeed {

		private final List<? extends SearchDocument> documents;

		ListFeed(List<? extends SearchDocument> documents) {
			this.documents = documents;
		}

		@Override
		public RecordKind kind() {
			return RecordKind.REPORT;
		}

		@Override
		public State state() {
			return new State(this.documents.size(), null);
		}

		@Override
		public void forEach(Consumer<? super SearchDocument> action) {
			this.documents.forEach(action);
		}

	}

}
