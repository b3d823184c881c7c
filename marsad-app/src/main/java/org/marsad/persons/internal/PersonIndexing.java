package org.marsad.persons.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.marsad.persons.PersonChanged;
import org.marsad.search.CatalogueEntry;
import org.marsad.search.Confidentiality;
import org.marsad.search.PersonDocument;
import org.marsad.search.RecordKind;
import org.marsad.search.Search;
import org.marsad.search.SearchDocument;
import org.marsad.search.SearchFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Persons in the search index.
 * <ul>
 * <li>as a {@link SearchFeed}: every live person (not void, not merged), for rebuilds and
 * the check at start</li>
 * <li>after the transaction of a change commits, the person is indexed again (or removed
 * when void or merged) on a thread of its own, reading in a transaction of its own, as
 * search does for reports: the request does not wait, and does not hold a second
 * connection</li>
 * <li>the document carries the name as written, its parts and the Latin spellings, the
 * place of origin with its ancestors, and the confidentiality, so that viewers never find
 * an internal person</li>
 * </ul>
 * Logs name person ids only.
 */
class PersonIndexing implements SearchFeed, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(PersonIndexing.class);

	private final PersonRepository persons;

	private final JdbcClient jdbc;

	private final Search search;

	private final TransactionOperations reading;

	private final ExecutorService indexing = Executors.newSingleThreadExecutor((work) -> {
		Thread thread = new Thread(work, "person-indexing");
		thread.setDaemon(true);
		return thread;
	});

	PersonIndexing(PersonRepository persons, JdbcClient jdbc, Search search, TransactionOperations reading) {
		this.persons = persons;
		this.jdbc = jdbc;
		this.search = search;
		this.reading = reading;
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(PersonChanged changed) {
		UUID id = changed.personId();
		this.indexing.execute(() -> index(id));
	}

	void index(UUID id) {
		try {
			this.reading.executeWithoutResult((status) -> this.persons.find(id).ifPresent((row) -> {
				if (row.live()) {
					this.search.index(document(row));
				}
				else {
					this.search.delete(RecordKind.PERSON, id);
				}
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Person {} not indexed; the index is rebuilt at the next start", id, ex);
		}
	}

	@Override
	public RecordKind kind() {
		return RecordKind.PERSON;
	}

	@Override
	public State state() {
		return this.jdbc.sql(
				"SELECT COUNT(*) AS n, MAX(updated_at) AS last FROM person WHERE voided = FALSE AND merged_into IS NULL")
			.query((rs, n) -> new State(rs.getLong("n"), Timestamps.read(rs, "last")))
			.single();
	}

	@Override
	public void forEach(Consumer<? super SearchDocument> action) {
		this.reading
			.executeWithoutResult((status) -> this.persons.all().forEach((row) -> action.accept(document(row))));
	}

	PersonDocument document(PersonRow row) {
		List<String> names = new ArrayList<>();
		names.add(row.fullName());
		if (row.parts().kunya() != null) {
			names.add(row.parts().kunya());
		}
		return new PersonDocument(row.id(), names, row.latinList(), row.sex(), row.nationality(),
				places(row.originPlaceId()), Confidentiality.of(row.confidentiality()), row.updatedAt());
	}

	private List<CatalogueEntry> places(String placeId) {
		if (placeId == null) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT p.id, p.name_ar, p.name_en FROM place_ancestor a JOIN place p ON p.id = a.ancestor_id "
					+ "WHERE a.place_id = :id ORDER BY a.depth")
			.param("id", placeId)
			.query((rs, n) -> CatalogueEntry.of(rs.getString("id"), rs.getString("name_ar"), rs.getString("name_en")))
			.list();
	}

	@Override
	public void close() throws InterruptedException {
		this.indexing.shutdown();
		this.indexing.awaitTermination(10, TimeUnit.SECONDS);
	}

}
