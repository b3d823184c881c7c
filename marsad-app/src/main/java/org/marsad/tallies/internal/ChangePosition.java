package org.marsad.tallies.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far a reader of the change log ({@link FigureChangeLog}) has read: the highest
 * revision seen, and the lower revisions not seen yet (gaps), as in the gap-aware
 * tracking token of Axon Framework's event processors.
 * <ul>
 * <li>revisions come from one sequence in the order rows are written, but transactions
 * commit in another order: when revision 12 is seen, 11 may still be uncommitted. Each
 * revision skipped is kept as a gap and asked for again at every read, and applied when
 * it appears, however late.</li>
 * <li>a gap is given up {@link #GAP_LIMIT} after it was first noticed: its transaction
 * was rolled back (a revision taken is never given back). The log is written just before
 * its transaction commits ({@link TallyFigures}), so a gap lasts as long as a commit; a
 * transaction whose commit takes longer than the limit is not seen.</li>
 * <li>more than {@link #MAX_GAPS} gaps at once (a jump of the sequence) are not kept one
 * by one: the reader starts again from a full read ({@link #lost()})</li>
 * </ul>
 */
final class ChangePosition {

	static final Duration GAP_LIMIT = Duration.ofMinutes(10);

	static final int MAX_GAPS = 10_000;

	private long highest;

	private final TreeMap<Long, Instant> gaps = new TreeMap<>();

	private boolean lost;

	/**
	 * A position after a full read.
	 * @param settled the highest revision written before {@link #GAP_LIMIT}, all of whose
	 * predecessors are taken as read
	 * @param seen the revisions above it seen by the full read, in order
	 * @param now the time
	 */
	ChangePosition(long settled, List<Long> seen, Instant now) {
		this.highest = settled;
		for (long revision : seen) {
			see(revision, now);
		}
	}

	/** The highest revision seen. */
	long highest() {
		return this.highest;
	}

	/** The revisions below {@link #highest()} not seen yet. */
	List<Long> gaps() {
		return new ArrayList<>(this.gaps.keySet());
	}

	/**
	 * Takes in a revision read from the log.
	 * @param revision the revision
	 * @param now the time, from which the gaps it opens are counted
	 * @return whether it is new to this reader, and must be applied
	 */
	boolean see(long revision, Instant now) {
		if (revision > this.highest) {
			if (revision - this.highest - 1 + this.gaps.size() > MAX_GAPS) {
				this.lost = true;
			}
			else {
				for (long gap = this.highest + 1; gap < revision; gap++) {
					this.gaps.put(gap, now);
				}
			}
			this.highest = revision;
			return true;
		}
		return this.gaps.remove(revision) != null;
	}

	/** Gives up the gaps noticed {@link #GAP_LIMIT} or longer before a time. */
	void expire(Instant now) {
		Instant limit = now.minus(GAP_LIMIT);
		for (Iterator<Map.Entry<Long, Instant>> it = this.gaps.entrySet().iterator(); it.hasNext();) {
			if (!it.next().getValue().isAfter(limit)) {
				it.remove();
			}
		}
	}

	/** Whether changes may have been missed, so that only a full read is right. */
	boolean lost() {
		return this.lost;
	}

	/**
	 * Whether the log was pruned above what this reader has read.
	 * @param pruned the highest revision that may have been pruned
	 * @return whether changes it has not read may be gone
	 */
	boolean overtakenBy(long pruned) {
		return pruned > this.highest || (!this.gaps.isEmpty() && pruned >= this.gaps.firstKey());
	}

}
