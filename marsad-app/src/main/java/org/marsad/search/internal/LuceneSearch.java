package org.marsad.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.marsad.search.IndexInUse;
import org.marsad.search.RecordKind;
import org.marsad.search.Reindexing;
import org.marsad.search.Search;
import org.marsad.search.SearchDocument;
import org.marsad.search.SearchFeed;
import org.marsad.search.SearchQuery;
import org.marsad.search.SearchResults;
import org.marsad.search.Viewer;
import org.marsad.text.analysis.NameAnalyzer;
import org.marsad.text.analysis.NameKeyAnalyzer;
import org.marsad.text.analysis.ReportTextAnalyzer;

/**
 * The embedded Lucene index under one folder ({@link IndexFolder}), every change
 * committed so that the index on disk follows the database.
 * <ul>
 * <li>A record is replaced by kind and id, so one indexed twice is kept once.</li>
 * <li>A rebuild writes a new generation from the feeds while the one in use keeps serving
 * and taking changes, then replaces it in one step ({@link LiveIndex}). A rebuild that
 * fails, or is cut short by {@link #close()} or by the end of the process, leaves the
 * generation in use as it was.</li>
 * <li>The database is never written here.</li>
 * </ul>
 * Public so that the benchmarks of {@code marsad-bench} can measure it; modules use
 * {@link Search}.
 */
public final class LuceneSearch implements Search, Closeable {

	private static final int PROGRESS_EVERY = 500;

	private static final Sort LATEST_CHANGE = new Sort(new SortField(SearchFields.CHANGED, SortField.Type.LONG, true));

	private final LiveIndex index;

	private final QueryReading reading;

	private final HitReading hits;

	private final Object rebuilding = new Object();

	private final ExecutorService searching = searchThreads();

	/**
	 * Opens the index in a folder with Marsad's analysis, creating it when missing.
	 * @param folder the index folder
	 * @throws IndexInUse when another process has it open
	 * @throws UncheckedIOException when the folder cannot be opened
	 */
	public LuceneSearch(Path folder) {
		this(folder, new ReportTextAnalyzer(), new NameAnalyzer(), new NameKeyAnalyzer());
	}

	/**
	 * Opens the index in a folder with other analyzers, such as a baseline to compare
	 * with.
	 * @param folder the index folder
	 * @param prose the analyzer of words
	 * @param names the analyzer of names
	 * @param textNames the analyzer of a report's text read as names
	 */
	public LuceneSearch(Path folder, Analyzer prose, Analyzer names, Analyzer textNames) {
		Analyzer analyzer = SearchFields.analyzer(prose, names, textNames);
		FacetsConfig facets = SearchFields.facets();
		this.reading = new QueryReading(analyzer);
		this.hits = new HitReading(analyzer, facets);
		this.index = new LiveIndex(folder, analyzer, facets, this.searching);
	}

	@Override
	public void index(SearchDocument document) {
		this.index.index(document);
	}

	@Override
	public void delete(RecordKind kind, UUID id) {
		this.index.delete(kind, id);
	}

	@Override
	public SearchResults query(SearchQuery query, Viewer viewer) {
		if (!viewer.mayRead()) {
			return SearchResults.none(query);
		}
		Query filtered = this.reading.filtered(query, this.reading.words(query.text(), viewer), viewer);
		Query highlighted = this.reading.highlighted(query.text(), viewer);
		return this.index.read((searcher) -> this.hits.read(searcher, query, filtered, highlighted, viewer));
	}

	@Override
	public long count() {
		return this.index.read((searcher) -> (long) searcher.getIndexReader().numDocs());
	}

	/**
	 * What the index holds of one kind, to compare with its feed.
	 * @param kind the kind
	 * @return the number of documents and the latest change among them
	 */
	SearchFeed.State state(RecordKind kind) {
		Query ofKind = new TermQuery(new Term(SearchFields.KIND, kind.code()));
		return this.index.read((searcher) -> {
			int count = searcher.count(ofKind);
			if (count == 0) {
				return SearchFeed.State.EMPTY;
			}
			TopFieldDocs latest = searcher.search(ofKind, 1, LATEST_CHANGE);
			long millis = (Long) ((FieldDoc) latest.scoreDocs[0]).fields[0];
			return new SearchFeed.State(count, Instant.ofEpochMilli(millis));
		});
	}

	/**
	 * Replaces the whole index by the records of the feeds. One rebuild runs at a time;
	 * the index in use serves until the rebuilt one is complete.
	 * @param feeds every feed
	 * @param progress told how far it has come
	 * @return how many records were indexed
	 * @throws AlreadyClosedException when the index is closed before the rebuild ends
	 */
	public long rebuild(List<SearchFeed> feeds, Reindexing.Progress progress) {
		synchronized (this.rebuilding) {
			Generation next = this.index.begin();
			try {
				long done = fill(next, feeds, progress);
				next.commit();
				this.index.finish(next);
				return done;
			}
			catch (IOException ex) {
				this.index.abandon(next);
				throw new UncheckedIOException(ex);
			}
			catch (RuntimeException | Error ex) {
				this.index.abandon(next);
				throw ex;
			}
		}
	}

	private long fill(Generation next, List<SearchFeed> feeds, Reindexing.Progress progress) {
		long total = feeds.stream().mapToLong((feed) -> feed.state().count()).sum();
		long[] done = { 0 };
		progress.indexed(0, total);
		for (SearchFeed feed : feeds) {
			feed.forEach((document) -> {
				this.index.ensureOpen();
				try {
					this.index.write(next, document);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				if (++done[0] % PROGRESS_EVERY == 0) {
					progress.indexed(done[0], Math.max(total, done[0]));
				}
			});
		}
		progress.indexed(done[0], Math.max(total, done[0]));
		return done[0];
	}

	@Override
	public void close() throws IOException {
		try {
			this.index.close();
		}
		finally {
			this.searching.shutdown();
		}
	}

	/** One thread per processor for the slices of a query ({@link SlicedSearcher}). */
	private static ExecutorService searchThreads() {
		AtomicInteger count = new AtomicInteger();
		return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), (work) -> {
			Thread thread = new Thread(work, "search-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

}
