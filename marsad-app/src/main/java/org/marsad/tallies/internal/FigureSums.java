package org.marsad.tallies.internal;

/**
 * Reads the figures in a tally's scope as {@link TallyCalculation} takes them: event
 * figures summed by day and keys, running totals one by one. Three readers give the same
 * sums: {@link FigureReadModel} from the coded-event tables, {@link ProjectedSums} from
 * the copy kept for tallies with SQL, {@link ColumnSums} from that copy held in memory.
 */
interface FigureSums {

	/**
	 * Reads the sums and the statements of a scope.
	 * @param scope the scope
	 * @return what the calculation needs
	 */
	FigureReadModel.Read read(Scope scope);

}
