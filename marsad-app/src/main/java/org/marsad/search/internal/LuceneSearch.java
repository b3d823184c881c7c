package org.marsad.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.search.ReportDocument;
import org.marsad.search.Search;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResults;
import org.marsad.search.Viewer;

/**
 * The embedded Lucene index: one {@link IndexWriter}, near-real-time searchers, a commit
 * after every change so that the index on disk follows the database.
 * <ul>
 * <li>Each commit carries the number of documents and the latest receipt time
 * ({@link IndexState}); at start they are compared with the database to tell whether the
 * index is behind.</li>
 * <li>A rebuild replaces by id, so a report read twice while reports arrive is kept
 * once.</li>
 * <li>Lucene commits are atomic: a crash while indexing leaves the previous commit, which
 * is then behind and rebuilt at the next start. The database is never written here.</li>
 * </ul>
 */
final class LuceneSearch implements Search, Closeable {

	private static final int PROGRESS_EVERY = 500;

	private final Directory directory;

	private final Analyzer analyzer = ReportFields.analyzer();

	private final FacetsConfig facets = ReportFields.facets();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final QueryReading reading = new QueryReading(this.analyzer);

	private final HitReading hits;

	private final Object commits = new Object();

	private volatile IndexState state;

	/**
	 * Opens the index in a folder, creating it when missing.
	 * @param folder the index folder
	 * @throws UncheckedIOException when the folder cannot be opened
	 */
	LuceneSearch(Path folder) {
		try {
			this.directory = FSDirectory.open(folder);
			this.writer = openWriter(this.directory, this.analyzer);
			this.state = IndexState.read(this.writer);
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.hits = new HitReading(this.analyzer, this.facets);
	}

	@Override
	public void index(ReportDocument report) {
		synchronized (this.commits) {
			try {
				this.writer.updateDocument(new Term(ReportFields.ID, report.id().toString()),
						this.facets.build(ReportFields.document(report)));
				commit(this.state.including(report.receivedAt().toEpochMilli()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	public SearchResults query(SearchQuery query, Viewer viewer) {
		if (!viewer.mayRead()) {
			return SearchResults.none(query);
		}
		Query words = this.reading.words(query.text(), viewer);
		Query filtered = this.reading.filtered(query, words, viewer);
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return this.hits.read(searcher, query, filtered, viewer);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void rebuild(Iterable<ReportDocument> reports, Consumer<Long> progress) {
		synchronized (this.commits) {
			try {
				this.writer.deleteAll();
				IndexState rebuilt = IndexState.EMPTY;
				long done = 0;
				for (ReportDocument report : reports) {
					this.writer.updateDocument(new Term(ReportFields.ID, report.id().toString()),
							this.facets.build(ReportFields.document(report)));
					rebuilt = rebuilt.including(report.receivedAt().toEpochMilli());
					done++;
					if (done % PROGRESS_EVERY == 0) {
						progress.accept(done);
					}
				}
				commit(rebuilt);
				progress.accept(done);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	@Override
	public long count() {
		try {
			this.searchers.maybeRefreshBlocking();
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return searcher.getIndexReader().numDocs();
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Whether the last commit agrees with the database.
	 * @param reports how many reports the database holds
	 * @param lastReceivedAt the latest receipt time there, epoch milliseconds, or
	 * {@link Long#MIN_VALUE} when there are none
	 * @return whether the index holds as many reports up to the same time
	 */
	boolean isCurrent(long reports, long lastReceivedAt) {
		IndexState current = this.state;
		return current.documents() == reports && current.lastReceivedAt() == lastReceivedAt && count() == reports;
	}

	/**
	 * Opens the writer on the existing index, or on a new empty one when the existing one
	 * cannot be read: it is rebuilt from the database, which is the record.
	 */
	private static IndexWriter openWriter(Directory directory, Analyzer analyzer) throws IOException {
		try {
			return new IndexWriter(directory,
					new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		}
		catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException ex) {
			return new IndexWriter(directory,
					new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		}
	}

	private void commit(IndexState next) throws IOException {
		this.searchers.maybeRefreshBlocking();
		IndexSearcher searcher = this.searchers.acquire();
		IndexState counted;
		try {
			counted = next.counting(searcher.getIndexReader().numDocs());
		}
		finally {
			this.searchers.release(searcher);
		}
		this.writer.setLiveCommitData(counted.userData().entrySet());
		this.writer.commit();
		this.state = counted;
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	/**
	 * What a commit says about the index.
	 *
	 * @param documents how many documents it holds
	 * @param lastReceivedAt the latest receipt time indexed, epoch milliseconds
	 */
	record IndexState(long documents, long lastReceivedAt) {

		static final IndexState EMPTY = new IndexState(0, Long.MIN_VALUE);

		private static final String DOCUMENTS = "marsad.documents";

		private static final String LAST_RECEIVED_AT = "marsad.lastReceivedAt";

		static IndexState read(IndexWriter writer) throws IOException {
			if (!DirectoryReader.indexExists(writer.getDirectory())) {
				return new IndexState(-1, Long.MIN_VALUE);
			}
			List<IndexCommit> commits = DirectoryReader.listCommits(writer.getDirectory());
			Map<String, String> data = commits.get(commits.size() - 1).getUserData();
			if (!data.containsKey(DOCUMENTS) || !data.containsKey(LAST_RECEIVED_AT)) {
				return new IndexState(-1, Long.MIN_VALUE);
			}
			return new IndexState(Long.parseLong(data.get(DOCUMENTS)), Long.parseLong(data.get(LAST_RECEIVED_AT)));
		}

		IndexState including(long receivedAt) {
			return new IndexState(this.documents, Math.max(this.lastReceivedAt, receivedAt));
		}

		IndexState counting(long count) {
			return new IndexState(count, this.lastReceivedAt);
		}

		Map<String, String> userData() {
			return Map.of(DOCUMENTS, Long.toString(this.documents), LAST_RECEIVED_AT,
					Long.toString(this.lastReceivedAt));
		}

	}

}
