package org.marsad.tallies.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.tallies.Dimension;
import org.marsad.tallies.Granularity;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyResult;

import org.springframework.beans.factory.annotation.Autowired;
import org.marsad.tallies.PublishingInTransaction;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast paths ({@link ProjectedSums} over {@code tally_figure}, and {@link ColumnSums}
 * over its rows held in memory) give exactly what the full computation over the
 * coded-event tables ({@link FigureReadModel}) gives, on generated figures with every
 * shape the rules treat apart, for tallies of every kind of filter, breakdown and series,
 * as of several days; the columns stay so after records change, whichever transaction or
 * instance changed them. Run on H2 and PostgreSQL by concrete subclasses.
 */
@SpringBootTest
abstract class ProjectedSumsContract {

	private static final List<LocalDate> DAYS = List.of(LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 19),
			LocalDate.of(2019, 2, 28));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	ProjectedSums projected;

	@Autowired
	ColumnSums columns;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	FigureReadModel tables;

	@Autowired
	ProvenanceReadModel provenance;

	@Test
	void fastPathGivesTheFullComputationsNumbers() {
		GeneratedFigures generated = new GeneratedFigures(this.jdbc,
				new PublishingInTransaction(this.publisher, this.transactions), 20190130L)
			.events(150);
		assertSame(tallies(generated));
	}

	@Test
	void fastPathFollowsVoidedAndChangedRecords() {
		GeneratedFigures generated = new GeneratedFigures(this.jdbc,
				new PublishingInTransaction(this.publisher, this.transactions), 20190219L)
			.events(150);
		assertSame(tallies(generated));
		generated.changes();
		assertSame(tallies(generated));
	}

	@Test
	void generatedFiguresAnchorBoundAndBreakDown() {
		GeneratedFigures generated = new GeneratedFigures(this.jdbc,
				new PublishingInTransaction(this.publisher, this.transactions), 20190130L)
			.events(150);
		TallyResult result = fast().compute(tallies(generated).get(0), DAYS.get(2), false);
		assertThat(result.anchor()).isNotNull();
		assertThat(result.bounds()).isNotEmpty();
		assertThat(result.breakdowns()).allSatisfy((breakdown) -> assertThat(breakdown.rows()).hasSizeGreaterThan(1));
	}

	private void assertSame(List<Tally> tallies) {
		TallyComputation fast = fast();
		TallyComputation inMemory = new TallyComputation(this.columns, this.tables, this.provenance);
		TallyComputation full = new TallyComputation(this.tables, this.tables, this.provenance);
		for (Tally tally : tallies) {
			for (LocalDate day : DAYS) {
				TallyResult expected = full.compute(tally, day, true);
				assertEqual(fast.compute(tally, day, true), expected, tally.name() + " with SQL as of " + day);
				assertEqual(inMemory.compute(tally, day, true), expected, tally.name() + " in memory as of " + day);
				assertThat(expected.figures()).as("%s as of %s counts figures", tally.name(), day).isPositive();
			}
		}
	}

	static void assertEqual(TallyResult actual, TallyResult expected, String description) {
		assertThat(actual).as(description)
			.usingRecursiveComparison()
			.withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class)
			.isEqualTo(expected);
	}

	private TallyComputation fast() {
		return new TallyComputation(this.projected, this.tables, this.provenance);
	}

	static List<Tally> tallies(GeneratedFigures generated) {
		String first = generated.actors.get(0);
		String second = generated.actors.get(1);
		LocalDate from = GeneratedFigures.FIRST_DAY;
		return List.of(
				tally("monthly by nationality and group", "exited", from, null, generated.country, List.of(), List.of(),
						List.of(), "contested", List.of(Dimension.NATIONALITY, Dimension.ACTOR), Granularity.MONTH),
				tally("weekly by place and unit, fair and above", "exited", from, null, generated.country, List.of(),
						List.of(), List.of("displacement", "transfer"), "fair",
						List.of(Dimension.PLACE, Dimension.UNIT), Granularity.WEEK),
				tally("daily since the first record", "exited", null, null, generated.country, List.of(),
						List.of(first, second), List.of(), "contested", List.of(Dimension.NATIONALITY),
						Granularity.DAY),
				tally("monthly from mid-December to January, by actor", "exited", from.plusDays(14),
						LocalDate.of(2019, 1, 31), generated.country, List.of(first, second), List.of(), List.of(),
						"single_source", List.of(Dimension.ACTOR, Dimension.PLACE), Granularity.MONTH),
				tally("arrests, monthly, no breakdown", "arrested", from, null, generated.country + "-1", List.of(),
						List.of(), List.of(), "contested", List.of(), Granularity.MONTH),
				tally("weekly, without a first day", "exited", null, null, generated.country, List.of(), List.of(),
						List.of(), "confirmed", List.of(Dimension.NATIONALITY, Dimension.UNIT), Granularity.WEEK));
	}

	static Tally tally(String name, String category, LocalDate from, LocalDate to, String place, List<String> actors,
			List<String> groupActors, List<String> types, String status, List<Dimension> breakdowns,
			Granularity period) {
		return new Tally(UUID.randomUUID(), name, "person", category, from, to, place, actors, List.of(), groupActors,
				List.of(), List.of(), types, status, breakdowns, period, false, 1, Instant.EPOCH, "test");
	}

}
