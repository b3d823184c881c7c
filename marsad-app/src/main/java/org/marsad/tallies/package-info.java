/**
 * Tallies: running counts over coded figures, with their uncertainty, consistency checks
 * and provenance (issue 5; DESIGN, "The flow of data", step 4).
 * <ul>
 * <li>A tally is a saved definition ({@link org.marsad.tallies.Tally}): what is counted
 * (unit and category), filters, a period, breakdowns and whether the dashboard pins
 * it.</li>
 * <li>Its value is an {@link org.marsad.tallies.Estimate} (low, best, high), never a
 * single number pretending to be exact. Separate events add up; running totals («منذ
 * الأول من كانون الأول») are anchors, not additions; parts («بينهم») bound their whole
 * and are never added to it.</li>
 * <li>Every number opens into the figures, claims and report spans behind it
 * ({@link org.marsad.tallies.Provenance}).</li>
 * <li>Publishing freezes value, breakdowns and provenance in an immutable, dated
 * {@link org.marsad.tallies.Snapshot}; later computations show the difference.</li>
 * <li>Figures are read from the tables of coded events as a read-only projection inside
 * this module, so that aggregation runs in the database; the numbers from a narrow copy
 * of the live figures ({@code tally_figure}) that this module keeps in step with the
 * events module's {@link org.marsad.events.FigureChanged} and
 * {@link org.marsad.events.EventChanged}, held in memory as columns by each application
 * instance and kept fresh from a log of the rows written.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tallies")
package org.marsad.tallies;
