package org.marsad.persons.internal;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.marsad.persons.PersonChanged;
import org.marsad.persons.linkage.Decision;
import org.marsad.persons.linkage.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Runs record linkage as the registry changes: once the transaction of a change commits,
 * on a thread of its own, the person is taken into the linkage index (or out of it when
 * void or merged) and the registered persons it may be are queued for review. Logs name
 * person ids only.
 */
class DuplicateWatch implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DuplicateWatch.class);

	private final PersonRepository persons;

	private final PersonLinkage linkage;

	private final MatchRepository matches;

	private final TransactionOperations writing;

	private final ExecutorService linking = Executors.newSingleThreadExecutor((work) -> {
		Thread thread = new Thread(work, "person-linkage");
		thread.setDaemon(true);
		return thread;
	});

	DuplicateWatch(PersonRepository persons, PersonLinkage linkage, MatchRepository matches,
			TransactionOperations writing) {
		this.persons = persons;
		this.linkage = linkage;
		this.matches = matches;
		this.writing = writing;
	}

	@TransactionalEventListener(fallbackExecution = true)
	public void on(PersonChanged changed) {
		UUID id = changed.personId();
		this.linking.execute(() -> link(id));
	}

	void link(UUID id) {
		try {
			this.writing.executeWithoutResult((status) -> this.persons.find(id).ifPresent((row) -> {
				this.linkage.update(row);
				if (row.live()) {
					for (Match match : this.linkage.candidates(row)) {
						if (match.decision() != Decision.NON_MATCH) {
							this.matches.queue(id, UUID.fromString(match.otherId()), match, Timestamps.now());
						}
					}
				}
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Person {} not compared for duplicates; a scan finds its pairs", id, ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.linking.shutdown();
		this.linking.awaitTermination(10, TimeUnit.SECONDS);
	}

}
