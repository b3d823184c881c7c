package org.marsad.tallies;

/**
 * The consistency checks run with every tally (issue 5).
 * <ul>
 * <li>{@link #PART_EXCEEDS_WHOLE}: a part («بينهم») certainly larger than its whole</li>
 * <li>{@link #RUNNING_TOTAL_DECREASES}: a running total certainly smaller than one it
 * contains: a later statement from the same day, or a statement from an earlier day to
 * the same date</li>
 * <li>{@link #CLAIMS_DISJOINT}: two claims for the same figure whose intervals do not
 * overlap</li>
 * <li>{@link #BREAKDOWN_EXCEEDS_TOTAL}: breakdown rows that certainly add up to more than
 * the total</li>
 * </ul>
 */
public enum Check {

	PART_EXCEEDS_WHOLE, RUNNING_TOTAL_DECREASES, CLAIMS_DISJOINT, BREAKDOWN_EXCEEDS_TOTAL

}
