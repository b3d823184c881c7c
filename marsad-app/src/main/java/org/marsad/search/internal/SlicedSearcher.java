package org.marsad.search.internal;

import java.util.List;
import java.util.concurrent.Executor;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that runs one query on several threads, a slice of the index's segments
 * each, so that a query over much of the index answers sooner on a machine with spare
 * cores.
 * <ul>
 * <li>Slices hold at most {@value #DOCS_PER_SLICE} documents or
 * {@value #SEGMENTS_PER_SLICE} segments; Lucene's defaults (250,000 and 5) left an index
 * of a few hundred thousand reports in one slice. A segment is never split.</li>
 * <li>The threads are shared by every query: under many concurrent queries each runs
 * about as it would on one thread.</li>
 * </ul>
 */
final class SlicedSearcher extends IndexSearcher {

	static final int DOCS_PER_SLICE = 50_000;

	static final int SEGMENTS_PER_SLICE = 5;

	SlicedSearcher(IndexReader reader, Executor executor) {
		super(reader, executor);
	}

	@Override
	protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
		return slices(leaves, DOCS_PER_SLICE, SEGMENTS_PER_SLICE);
	}

	/**
	 * Creates sliced searchers for a searcher manager.
	 * @param executor the threads, or {@code null} to search on the caller's thread
	 * @return the factory
	 */
	static SearcherFactory factory(Executor executor) {
		return new SearcherFactory() {

			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
				return (executor != null) ? new SlicedSearcher(reader, executor) : new IndexSearcher(reader);
			}

		};
	}

}
