package org.marsad.tallies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one number of a tally came from: the figures in its scope, each with its role, and
 * the claims and report spans behind each figure.
 *
 * @param tallyId the tally
 * @param cell the number opened: {@code total}, {@code <dimension>:<key>} or
 * {@code period:<ISO date>} (the running total at that day)
 * @param asOf the last day counted
 * @param value the number itself
 * @param entries the figures on this page, counted ones first
 * @param page the page from 0
 * @param size the page size
 * @param total how many figures are in scope
 */
public record Provenance(UUID tallyId, String cell, LocalDate asOf, Estimate value, List<Entry> entries, int page,
		int size, long total) {

	/**
	 * How a figure enters a number.
	 * <ul>
	 * <li>{@link #ANCHOR}: the running-total statement the number starts from</li>
	 * <li>{@link #ADDED}: an event figure added to it</li>
	 * <li>{@link #COVERED}: an event figure on or before the anchor's date, already in
	 * it</li>
	 * <li>{@link #PART}: a part of a whole that is counted; it bounds the whole and is
	 * not added</li>
	 * <li>{@link #STATEMENT}: another running-total statement, used for bounds and
	 * checks</li>
	 * </ul>
	 */
	public enum Role {

		ANCHOR, ADDED, COVERED, PART, STATEMENT;

		/** Whether figures in this role are in the number. */
		public boolean counted() {
			return this == ANCHOR || this == ADDED;
		}

	}

	/**
	 * One figure.
	 *
	 * @param figureId the figure
	 * @param version its version
	 * @param eventId its event
	 * @param eventType the event's type code
	 * @param role how it enters the number
	 * @param day the day it is dated (the as-of day of a running total)
	 * @param from the first day of a running total, {@code null} otherwise
	 * @param cumulative whether it is a running-total statement
	 * @param partOf the whole it is part of, or {@code null}
	 * @param qualifier how it was stated
	 * @param low its low bound
	 * @param best its best value
	 * @param high its high bound
	 * @param claims the claims behind it
	 */
	public record Entry(UUID figureId, int version, UUID eventId, String eventType, Role role, LocalDate day,
			LocalDate from, boolean cumulative, UUID partOf, String qualifier, BigDecimal low, BigDecimal best,
			BigDecimal high, List<ClaimSpan> claims) {
	}

	/**
	 * One report's statement of a figure.
	 *
	 * @param claimId the claim
	 * @param reportId the report
	 * @param reportVersion the version of the report's text the span points into
	 * @param start the span's first character (Java string index)
	 * @param end the span's end (exclusive)
	 * @param quote the text of the span
	 * @param qualifier how the report stated the number
	 * @param low the low bound stated
	 * @param best the number stated
	 * @param high the high bound stated
	 */
	public record ClaimSpan(UUID claimId, UUID reportId, int reportVersion, int start, int end, String quote,
			String qualifier, BigDecimal low, BigDecimal best, BigDecimal high) {
	}

}
