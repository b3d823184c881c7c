package org.marsad.tallies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A tally computed as of a day.
 *
 * @param tallyId the tally
 * @param version the version of its definition
 * @param asOf the day asked for
 * @param from the first day counted, {@code null} for all records
 * @param to the last day counted
 * @param value the total
 * @param anchor the running-total statement the total starts from, {@code null} when it
 * adds event figures only
 * @param figures how many figures are counted in the total (the anchor and the event
 * figures added to it)
 * @param breakdowns one per breakdown of the definition
 * @param series the time series, one point per period
 * @param bounds bounds implied by pairs of running-total statements
 * @param warnings what the consistency checks found, at most {@value #WARNINGS_SHOWN} of
 * each check
 * @param warningsFound how many findings there were in all
 * @param figuresChecked whether the checks that read figures and claims one by one (parts
 * against wholes, claims against claims) ran; the running-total and breakdown checks
 * always do
 * @param difference the change since the last published snapshot, {@code null} when none
 * was published
 */
public record TallyResult(UUID tallyId, int version, LocalDate asOf, LocalDate from, LocalDate to, Estimate value,
		UUID anchor, long figures, List<Breakdown> breakdowns, List<SeriesPoint> series, List<Bound> bounds,
		List<Warning> warnings, long warningsFound, boolean figuresChecked, Difference difference) {

	/** How many findings of each check a result lists. */
	public static final int WARNINGS_SHOWN = 100;

	/**
	 * The rows of one breakdown.
	 *
	 * @param dimension what it groups by
	 * @param rows one per key found, by key
	 * @param rest what the rows do not account for: the total less their sum
	 * ({@code null} for {@link Dimension#UNIT}, whose rows are not parts of the total)
	 */
	public record Breakdown(Dimension dimension, List<Row> rows, Estimate rest) {
	}

	/**
	 * One row of a breakdown.
	 *
	 * @param key the nationality code, actor id, place id or unit code
	 * @param value the count for that key
	 * @param anchor the running-total statement it starts from, or {@code null}
	 */
	public record Row(String key, Estimate value, UUID anchor) {
	}

	/**
	 * One period of the time series.
	 *
	 * @param start the period's first day (not before the tally's first day)
	 * @param end the period's last day (not after the last day counted)
	 * @param cumulative the running total at the end of the period
	 * @param increase how much the running total grew during the period
	 */
	public record SeriesPoint(LocalDate start, LocalDate end, Estimate cumulative, Estimate increase) {
	}

	/**
	 * What two running-total statements imply about the days one covers and the other
	 * does not, e.g. exits between 1 and 19 December are at most 36,250 − 34,200 = 2,050.
	 *
	 * @param from the first day of the window bounded
	 * @param to the last day of the window bounded
	 * @param bound the count in that window
	 * @param larger the statement covering more days
	 * @param smaller the statement covering fewer days
	 */
	public record Bound(LocalDate from, LocalDate to, Estimate bound, UUID larger, UUID smaller) {
	}

	/**
	 * A finding of the consistency checks, with the records involved.
	 *
	 * @param check what is inconsistent
	 * @param figures the figures involved
	 * @param claims the claims involved (for {@link Check#CLAIMS_DISJOINT})
	 * @param dimension the breakdown (for {@link Check#BREAKDOWN_EXCEEDS_TOTAL})
	 * @param values the values compared, in the order of the records
	 */
	public record Warning(Check check, List<UUID> figures, List<UUID> claims, Dimension dimension,
			List<Estimate> values) {
	}

	/**
	 * The change since the last published snapshot.
	 *
	 * @param snapshot the snapshot compared with
	 * @param asOf the day it was computed as of
	 * @param then its total
	 * @param bestChange the change of the best estimate (now less then)
	 * @param rows the breakdown rows whose best estimate changed
	 */
	public record Difference(UUID snapshot, LocalDate asOf, Estimate then, BigDecimal bestChange,
			List<RowChange> rows) {
	}

	/**
	 * A breakdown row that changed since the last snapshot.
	 *
	 * @param dimension the breakdown
	 * @param key the row's key
	 * @param then its value in the snapshot, {@code null} when it had no such row
	 * @param now its value now, {@code null} when the row is gone
	 */
	public record RowChange(Dimension dimension, String key, Estimate then, Estimate now) {
	}

}
