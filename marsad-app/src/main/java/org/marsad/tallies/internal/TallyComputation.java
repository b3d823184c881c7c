package org.marsad.tallies.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.tallies.Dimension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.marsad.tallies.Provenance;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyResult;
import org.marsad.tallies.TallyResult.Breakdown;
import org.marsad.tallies.TallyResult.Row;
import org.marsad.tallies.TallyResult.Warning;

/**
 * Computes a tally: reads the figures in its scope ({@link FigureSums}), applies the
 * rules ({@link TallyCalculation}) and the checks ({@link ConsistencyChecks}).
 * <ul>
 * <li>numbers shown are read by the fast reader (by default the columns in memory,
 * {@link ColumnSums})</li>
 * <li>what is published, frozen or opened into its figures is read by the exact reader
 * (SQL, {@link ProjectedSums}), in the same transaction as the figures frozen or listed
 * beside it, so that both agree</li>
 * </ul>
 */
class TallyComputation {

	private static final Logger log = LoggerFactory.getLogger(TallyComputation.class);

	private final FigureSums sums;

	private final FigureSums exact;

	private final FigureReadModel figures;

	private final ProvenanceReadModel provenance;

	/**
	 * A computation.
	 * @param sums where the numbers are read from
	 * @param figures where the checks read figures and claims one by one
	 * @param provenance where numbers open into their figures
	 */
	TallyComputation(FigureSums sums, FigureReadModel figures, ProvenanceReadModel provenance) {
		this(sums, sums, figures, provenance);
	}

	/**
	 * A computation with a fast reader for the numbers shown.
	 * @param sums where the numbers shown are read from
	 * @param exact where published, frozen and opened numbers are read from
	 * @param figures where the checks read figures and claims one by one
	 * @param provenance where numbers open into their figures
	 */
	TallyComputation(FigureSums sums, FigureSums exact, FigureReadModel figures, ProvenanceReadModel provenance) {
		this.sums = sums;
		this.exact = exact;
		this.figures = figures;
		this.provenance = provenance;
	}

	/**
	 * Computes a tally as of a day.
	 * @param tally the tally
	 * @param asOf the day asked for
	 * @param figureChecks whether to run the checks that read figures and claims one by
	 * one
	 * @return the result, without a difference to a snapshot
	 */
	TallyResult compute(Tally tally, LocalDate asOf, boolean figureChecks) {
		return compute(tally, asOf, figureChecks, this.sums);
	}

	/**
	 * Computes a tally to publish, with every check, from the exact reader.
	 * @param tally the tally
	 * @param asOf the day asked for
	 * @return the result, without a difference to a snapshot
	 */
	TallyResult published(Tally tally, LocalDate asOf) {
		return compute(tally, asOf, true, this.exact);
	}

	private TallyResult compute(Tally tally, LocalDate asOf, boolean figureChecks, FigureSums reader) {
		long started = System.nanoTime();
		LocalDate end = tally.end(asOf);
		Scope scope = new Scope(tally, end);
		TallyCalculation calculation = calculation(scope, reader);
		long read = System.nanoTime();
		TallyCalculation.CellValue total = calculation.value(Cell.TOTAL, end);
		List<Breakdown> breakdowns = new ArrayList<>();
		for (Dimension dimension : tally.breakdowns()) {
			breakdowns.add(calculation.breakdown(dimension, total.value(), end));
		}
		List<TallyResult.SeriesPoint> series = calculation.series(tally.period(), end);
		List<TallyResult.Bound> bounds = calculation.bounds(end);
		long calculated = System.nanoTime();
		List<Warning> warnings = new ArrayList<>();
		if (figureChecks) {
			warnings.addAll(ConsistencyChecks.partsExceedingWholes(this.figures.largeParts(scope)));
		}
		warnings.addAll(ConsistencyChecks.decreasingRunningTotals(calculation.statements()));
		if (figureChecks) {
			warnings.addAll(ConsistencyChecks.disjointClaims(this.figures.claimsThatMayDisagree(scope)));
		}
		warnings.addAll(ConsistencyChecks.breakdownsExceedingTotal(total.value(), total.anchorId(), breakdowns));
		if (log.isDebugEnabled()) {
			long checked = System.nanoTime();
			log.debug("tally {}: read {} ms, calculated {} ms, checked {} ms", tally.id(), (read - started) / 1_000_000,
					(calculated - read) / 1_000_000, (checked - calculated) / 1_000_000);
		}
		return new TallyResult(tally.id(), tally.version(), asOf, tally.from(), end, total.value(), total.anchorId(),
				total.figures(), List.copyOf(breakdowns), series, bounds, shown(warnings), warnings.size(),
				figureChecks, null);
	}

	/**
	 * Opens one number into the figures behind it.
	 * @param tally the tally
	 * @param cell the number
	 * @param asOf the day asked for
	 * @param page the page from 0
	 * @param size the page size
	 * @return one page of its provenance
	 */
	Provenance provenance(Tally tally, CellName cell, LocalDate asOf, int page, int size) {
		LocalDate end = tally.end(asOf);
		if (cell.day() != null && cell.day().isBefore(end)) {
			end = cell.day();
		}
		Scope scope = new Scope(tally, end);
		TallyCalculation.CellValue value = calculation(scope, this.exact).value(cell.cell(), end);
		return new Provenance(tally.id(), cell.name(), end, value.value(),
				this.provenance.page(scope, cell.cell(), value, page, size), page, size,
				this.provenance.count(scope, cell.cell()));
	}

	/**
	 * Freezes the counted figures of the total and of every breakdown row.
	 * @param snapshot the snapshot
	 * @param tally the tally
	 * @param asOf the day asked for
	 * @param result the result published
	 */
	void freeze(UUID snapshot, Tally tally, LocalDate asOf, TallyResult result) {
		LocalDate end = tally.end(asOf);
		Scope scope = new Scope(tally, end);
		TallyCalculation calculation = calculation(scope, this.exact);
		this.provenance.freeze(snapshot, scope, Cell.TOTAL, calculation.value(Cell.TOTAL, end));
		for (Breakdown breakdown : result.breakdowns()) {
			for (Row row : breakdown.rows()) {
				Cell cell = new Cell(breakdown.dimension(), row.key());
				this.provenance.freeze(snapshot, scope, cell, calculation.value(cell, end));
			}
		}
	}

	private static List<Warning> shown(List<Warning> warnings) {
		java.util.Map<org.marsad.tallies.Check, Integer> counts = new java.util.EnumMap<>(
				org.marsad.tallies.Check.class);
		List<Warning> shown = new ArrayList<>();
		for (Warning warning : warnings) {
			if (counts.merge(warning.check(), 1, Integer::sum) <= TallyResult.WARNINGS_SHOWN) {
				shown.add(warning);
			}
		}
		return List.copyOf(shown);
	}

	private static TallyCalculation calculation(Scope scope, FigureSums reader) {
		Tally tally = scope.tally();
		FigureReadModel.Read read = reader.read(scope);
		return new TallyCalculation(tally.unit(), tally.from(), read.rows(), read.statements());
	}

}
