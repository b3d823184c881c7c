package org.marsad.audit;

import java.util.List;

/**
 * The result of verifying the audit chain.
 *
 * @param entries how many entries were read
 * @param lastSeq the sequence number of the last entry (0 when empty)
 * @param lastHash the hash of the last entry: note it elsewhere to detect later removal
 * of the tail
 * @param breaks what is wrong, in chain order; empty when the chain is intact
 */
public record ChainCheck(long entries, long lastSeq, String lastHash, List<Break> breaks) {

	/** Whether nothing is wrong. */
	public boolean intact() {
		return this.breaks.isEmpty();
	}

	/** What can be wrong with an entry. */
	public enum Problem {

		/** Its content no longer gives its hash: it was edited. */
		ALTERED,
		/** One or more entries before it are gone. */
		MISSING,
		/** It is out of its place in the chain. */
		REORDERED,
		/** The last entries are gone: the head records a later entry. */
		TRUNCATED,
		/** An entry noted earlier (sequence and hash) is not in the chain as noted. */
		WITNESS

	}

	/**
	 * A place where the chain is broken.
	 *
	 * @param seq the sequence number of the entry concerned
	 * @param problem what is wrong
	 * @param detail an explanation naming entries, never content
	 */
	public record Break(long seq, Problem problem, String detail) {
	}

}
