package org.marsad.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.marsad.search.IndexInUse;
import org.marsad.search.RecordKind;
import org.marsad.search.SearchDocument;

/**
 * The generation in use, the changes made to it, and its replacement by a rebuilt one.
 * <ul>
 * <li>Every change is committed before the call returns, one change at a time.</li>
 * <li>While a replacement is built, changes still go to the generation in use, and are
 * kept to be applied to the replacement before it takes over, so that none is lost to a
 * rebuild that read the database before it.</li>
 * <li>The replacement takes over in one step ({@link IndexFolder#point}); the replaced
 * generation is closed and removed. Searchers acquired before keep working on it until
 * released.</li>
 * </ul>
 */
final class LiveIndex implements Closeable {

	private static final Log logger = LogFactory.getLog(LiveIndex.class);

	private static final int ATTEMPTS = 3;

	private final IndexFolder folder;

	private final Analyzer analyzer;

	private final FacetsConfig facets;

	private final Executor searching;

	private final Object writing = new Object();

	private volatile Generation live;

	private List<Object> changedMeanwhile;

	private volatile boolean closed;

	/**
	 * Opens the generation in use, or an empty one when there is none.
	 * @param root the index folder
	 * @param analyzer the analyzer of every field
	 * @param facets the facet configuration
	 * @param searching the threads queries run on, or {@code null}
	 * @throws IndexInUse when another process has the folder open
	 */
	LiveIndex(Path root, Analyzer analyzer, FacetsConfig facets, Executor searching) {
		this.analyzer = analyzer;
		this.facets = facets;
		this.searching = searching;
		this.folder = IndexFolder.open(root);
		try {
			Path current = this.folder.current().orElse(null);
			boolean fresh = current == null;
			if (fresh) {
				current = this.folder.next();
			}
			this.live = Generation.open(current, analyzer, searching);
			if (fresh) {
				this.live.commit();
				this.folder.point(current);
			}
			this.folder.removeAllBut(current);
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly();
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
	}

	/**
	 * Adds or replaces a record and commits.
	 * @param document the record
	 */
	void index(SearchDocument document) {
		change(document);
	}

	/**
	 * Removes a record and commits.
	 * @param kind its kind
	 * @param id its id
	 */
	void delete(RecordKind kind, UUID id) {
		change(new Deletion(kind, id));
	}

	private void change(Object change) {
		synchronized (this.writing) {
			ensureOpen();
			try {
				write(this.live, change);
				this.live.commit();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (this.changedMeanwhile != null) {
				this.changedMeanwhile.add(change);
			}
		}
	}

	/**
	 * Runs work on the generation in use, again when a replacement took over meanwhile.
	 * @param <T> what the work gives
	 * @param work the work
	 * @return what it gave
	 */
	<T> T read(Generation.SearcherWork<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.live.read(work);
			}
			catch (AlreadyClosedException ex) {
				if (this.closed || attempt >= ATTEMPTS) {
					throw ex;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Starts a replacement: an empty generation beside the one in use.
	 * @return the replacement, to fill with {@link #write} and pass to {@link #finish} or
	 * {@link #abandon}
	 */
	Generation begin() {
		synchronized (this.writing) {
			ensureOpen();
			try {
				Generation next = Generation.open(this.folder.next(), this.analyzer, this.searching);
				this.changedMeanwhile = new ArrayList<>();
				return next;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Applies what changed meanwhile to a filled replacement and puts it in use.
	 * @param next the replacement
	 * @throws AlreadyClosedException when the index was closed meanwhile
	 */
	void finish(Generation next) throws IOException {
		Generation previous;
		synchronized (this.writing) {
			ensureOpen();
			for (Object change : this.changedMeanwhile) {
				write(next, change);
			}
			next.commit();
			this.folder.point(next.folder());
			previous = this.live;
			this.live = next;
			this.changedMeanwhile = null;
		}
		previous.close();
		IndexFolder.remove(previous.folder());
	}

	/**
	 * Drops a replacement; the generation in use stays. What cannot be removed now is
	 * removed when the folder is next opened.
	 * @param next the replacement
	 */
	void abandon(Generation next) {
		synchronized (this.writing) {
			this.changedMeanwhile = null;
		}
		try {
			next.abandon();
			IndexFolder.remove(next.folder());
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Abandoned index " + next.folder().getFileName() + " is removed at the next start", ex);
		}
	}

	/**
	 * Writes a change into a generation, without committing.
	 * @param generation the generation
	 * @param change a {@link SearchDocument} or a deletion
	 */
	void write(Generation generation, Object change) throws IOException {
		if (change instanceof Deletion deletion) {
			generation.writer().deleteDocuments(Documents.key(deletion.kind(), deletion.id()));
		}
		else {
			SearchDocument document = (SearchDocument) change;
			generation.writer()
				.updateDocument(Documents.key(document.kind(), document.id()),
						this.facets.build(Documents.of(document)));
		}
	}

	/**
	 * Refuses work once closed.
	 * @throws AlreadyClosedException when closed
	 */
	void ensureOpen() {
		if (this.closed) {
			throw new AlreadyClosedException("the search index is closed");
		}
	}

	@Override
	public void close() throws IOException {
		synchronized (this.writing) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			try {
				this.live.close();
			}
			finally {
				this.folder.close();
			}
		}
	}

	private void closeQuietly() {
		try {
			if (this.live != null) {
				this.live.close();
			}
			this.folder.close();
		}
		catch (IOException ex) {
			this.closed = true;
		}
	}

	/** A record removed. */
	private record Deletion(RecordKind kind, UUID id) {
	}

}
