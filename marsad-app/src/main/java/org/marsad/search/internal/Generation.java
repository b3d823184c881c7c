package org.marsad.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index of the {@link IndexFolder}: its writer and near-real-time searchers.
 * <ul>
 * <li>Opening an index that cannot be read (corrupt, or written by another Lucene
 * version) starts it empty: the database is the record, and healing refills it.</li>
 * <li>A larger indexing buffer than Lucene's default ({@value #BUFFER_MB} MB) makes
 * rebuilds write fewer, larger segments.</li>
 * <li>Merged segments stay under {@value #SEGMENT_MB} MB (Lucene's default is 5 GB), so
 * that an index of a few hundred thousand reports keeps several segments of like size and
 * a query can run on several threads, a segment each ({@link SlicedSearcher}); one large
 * segment would be searched on one thread.</li>
 * </ul>
 */
final class Generation implements Closeable {

	private static final double BUFFER_MB = 48;

	private static final double SEGMENT_MB = 64;

	private final Path folder;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private Generation(Path folder, Directory directory, IndexWriter writer, Executor searching) throws IOException {
		this.folder = folder;
		this.directory = directory;
		this.writer = writer;
		this.searchers = new SearcherManager(writer, SlicedSearcher.factory(searching));
	}

	/**
	 * Opens the index in a folder, creating it when missing or unreadable.
	 * @param folder the generation's folder
	 * @param analyzer the analyzer of every field
	 * @param searching the threads queries run on ({@link SlicedSearcher}), or
	 * {@code null}
	 * @return the generation
	 */
	static Generation open(Path folder, Analyzer analyzer, Executor searching) throws IOException {
		Directory directory = FSDirectory.open(folder);
		IndexWriter writer;
		try {
			writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		}
		catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException ex) {
			writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
		}
		return new Generation(folder, directory, writer, searching);
	}

	private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
		TieredMergePolicy merging = new TieredMergePolicy();
		merging.setMaxMergedSegmentMB(SEGMENT_MB);
		return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(BUFFER_MB).setMergePolicy(merging);
	}

	/** The generation's folder. */
	Path folder() {
		return this.folder;
	}

	/** Its writer. */
	IndexWriter writer() {
		return this.writer;
	}

	/** Its searchers. */
	SearcherManager searchers() {
		return this.searchers;
	}

	/** Makes every change durable and visible to the next searcher acquired. */
	void commit() throws IOException {
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	/**
	 * Runs work on a current searcher.
	 * @param <T> what the work gives
	 * @param work the work
	 * @return what it gave
	 */
	<T> T read(SearcherWork<T> work) throws IOException {
		IndexSearcher searcher = this.searchers.acquire();
		try {
			return work.on(searcher);
		}
		finally {
			this.searchers.release(searcher);
		}
	}

	/** Closes the searchers and the writer, dropping uncommitted changes. */
	void abandon() throws IOException {
		try {
			this.searchers.close();
			this.writer.rollback();
		}
		finally {
			this.directory.close();
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.searchers.close();
			this.writer.close();
		}
		finally {
			this.directory.close();
		}
	}

	/**
	 * Work on a searcher.
	 *
	 * @param <T> what it gives
	 */
	@FunctionalInterface
	interface SearcherWork<T> {

		T on(IndexSearcher searcher) throws IOException;

	}

}
