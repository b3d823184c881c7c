package org.marsad.tallies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.events.FigureChanged;
import org.marsad.tallies.Granularity;
import org.marsad.tallies.PublishingInTransaction;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The columns in memory ({@link ColumnSums}) stay equal to the full computation
 * ({@link FigureReadModel}) whichever transaction, connection or application instance
 * changed the records, and whenever it committed. Each test revalues figures that a tally
 * counts, so that columns that missed a change give another value. Run on H2 and
 * PostgreSQL by concrete subclasses.
 */
@SpringBootTest
abstract class FigureColumnsContract {

	private static final LocalDate AS_OF = LocalDate.of(2019, 2, 28);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ProjectedSums projected;

	@Autowired
	ColumnSums columns;

	@Autowired
	TallyFigures copy;

	@Autowired
	FigureReadModel tables;

	@Autowired
	ProvenanceReadModel provenance;

	private ColumnSums other;

	private final ExecutorService thread = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		this.thread.shutdownNow();
		if (this.other != null) {
			this.other.destroy();
		}
	}

	@Test
	void anotherInstanceSeesAChangeCommittedHere() {
		Generated generated = generate(20190301L);
		this.other = new ColumnSums(new ScopeLookups(this.jdbc), new FigureRows(this.template),
				new FigureChangeLog(this.template, Clock.systemUTC()), this.projected,
				new TransactionTemplate(this.transactions), Clock.systemUTC());
		TallyComputation elsewhere = new TallyComputation(this.other, this.tables, this.provenance);
		TallyResult before = full().compute(generated.tally, AS_OF, false);
		ProjectedSumsContract.assertEqual(elsewhere.compute(generated.tally, AS_OF, false), before, "before");
		revalue(generated.counted.get(0));
		TallyResult after = full().compute(generated.tally, AS_OF, false);
		assertThat(after.value().low()).isNotEqualByComparingTo(before.value().low());
		ProjectedSumsContract.assertEqual(elsewhere.compute(generated.tally, AS_OF, false), after, "after");
	}

	/**
	 * Two transactions write the copy at once, the one that took the lower revision
	 * committing last. The audit chain makes the events module's writers wait for each
	 * other, so the copy is written here as its listener writes it, without the audit.
	 */
	@Test
	void aChangeCommittedAfterALaterOneIsStillSeen() throws Exception {
		Generated generated = generate(20190302L);
		inMemory().compute(generated.tally, AS_OF, false);
		CountDownLatch logged = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		Future<?> early = this.thread
			.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
				revalueInTransaction(generated.counted.get(0), this.copy::on);
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

					@Override
					public void beforeCommit(boolean readOnly) {
						logged.countDown();
						await(commit);
					}

				});
			}));
		assertThat(logged.await(60, TimeUnit.SECONDS)).isTrue();
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> revalueInTransaction(generated.counted.get(1), this.copy::on));
		TallyResult later = full().compute(generated.tally, AS_OF, false);
		ProjectedSumsContract.assertEqual(inMemory().compute(generated.tally, AS_OF, false), later,
				"with the later change only");
		commit.countDown();
		early.get(60, TimeUnit.SECONDS);
		TallyResult both = full().compute(generated.tally, AS_OF, false);
		assertThat(both.value().low()).isNotEqualByComparingTo(later.value().low());
		ProjectedSumsContract.assertEqual(inMemory().compute(generated.tally, AS_OF, false), both, "with both");
	}

	@Test
	void aRebuiltCopyIsReadWhole() {
		Generated generated = generate(20190303L);
		TallyResult before = inMemory().compute(generated.tally, AS_OF, false);
		this.jdbc
			.sql("UPDATE figure SET qualifier = 'exact', low = 100000, best = 100000, high = 100000 WHERE id = :id")
			.param("id", generated.counted.get(0))
			.update();
		this.copy.rebuild();
		TallyResult after = full().compute(generated.tally, AS_OF, false);
		assertThat(after.value().low()).isNotEqualByComparingTo(before.value().low());
		ProjectedSumsContract.assertEqual(inMemory().compute(generated.tally, AS_OF, false), after, "after rebuild");
	}

	@Test
	void aTransactionSeesItsOwnChangesNotYetCommitted() {
		Generated generated = generate(20190304L);
		TallyResult before = inMemory().compute(generated.tally, AS_OF, false);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			revalueInTransaction(generated.counted.get(0), this.publisher::publishEvent);
			TallyResult expected = full().compute(generated.tally, AS_OF, false);
			assertThat(expected.value().low()).isNotEqualByComparingTo(before.value().low());
			ProjectedSumsContract.assertEqual(inMemory().compute(generated.tally, AS_OF, false), expected,
					"inside the transaction");
			status.setRollbackOnly();
		});
		ProjectedSumsContract.assertEqual(inMemory().compute(generated.tally, AS_OF, false), before, "after rollback");
	}

	private record Generated(Tally tally, List<UUID> counted) {
	}

	/** Figures of a country of their own, and two event figures the tally counts. */
	private Generated generate(long seed) {
		GeneratedFigures figures = new GeneratedFigures(this.jdbc,
				new PublishingInTransaction(this.publisher, this.transactions), seed)
			.events(60);
		Tally tally = ProjectedSumsContract.tally("persons who left, all days", "exited", null, null, figures.country,
				List.of(), List.of(), List.of(), "contested", List.of(), Granularity.MONTH);
		List<UUID> counted = this.jdbc
			.sql("SELECT t.id FROM tally_figure t JOIN place_ancestor pa ON pa.place_id = t.place_id "
					+ "WHERE pa.ancestor_id = :country AND t.category = 'exited' AND t.unit = 'person' "
					+ "AND t.cumulative = FALSE AND t.part_of IS NULL AND t.status <> 'discounted' ORDER BY t.id")
			.param("country", figures.country)
			.query(UUID.class)
			.list();
		assertThat(counted).hasSizeGreaterThan(2);
		return new Generated(tally, counted);
	}

	/** Revalues a figure and announces it, in a transaction of its own. */
	private void revalue(UUID figure) {
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> revalueInTransaction(figure, this.publisher::publishEvent));
	}

	private void revalueInTransaction(UUID figure, Consumer<FigureChanged> announce) {
		this.jdbc
			.sql("UPDATE figure SET qualifier = 'exact', low = 100000, best = 100000, high = 100000 WHERE id = :id")
			.param("id", figure)
			.update();
		Map<String, Object> row = this.jdbc.sql("SELECT event_id FROM figure WHERE id = :id")
			.param("id", figure)
			.query()
			.singleRow();
		announce.accept(new FigureChanged(figure, (UUID) row.get("event_id"), 2, "updated"));
	}

	private TallyComputation inMemory() {
		return new TallyComputation(this.columns, this.tables, this.provenance);
	}

	private TallyComputation full() {
		return new TallyComputation(this.tables, this.tables, this.provenance);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
