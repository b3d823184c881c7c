package org.marsad.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.marsad.audit.AuditEntry;
import org.marsad.audit.ChainCheck;
import org.marsad.audit.ChainCheck.Break;
import org.marsad.audit.ChainCheck.Problem;

/**
 * Walks the chain in sequence order and names every entry where it breaks.
 * <ul>
 * <li>an entry whose fields no longer give its hash was edited ({@code ALTERED})</li>
 * <li>a gap in the sequence numbers means entries were removed ({@code MISSING})</li>
 * <li>an intact entry that does not follow the hash of the entry before it: when the hash
 * it follows belongs to another entry, entries were moved ({@code REORDERED}); when it
 * belongs to none, the entry before was edited and its hash recomputed, or entries were
 * removed and the rest renumbered ({@code MISSING})</li>
 * <li>a head that records a later entry than the last one means the tail was removed
 * ({@code TRUNCATED})</li>
 * </ul>
 * After a break, the walk goes on from the stored hash, so one edit is reported once and
 * not as a break of every later entry.
 */
class ChainVerifier {

	private final Function<String, Optional<Long>> seqOfHash;

	private final List<Break> breaks = new ArrayList<>();

	private long entries;

	private long expectedSeq = 1;

	private String expectedPrevious = AuditEntry.GENESIS;

	ChainVerifier(Function<String, Optional<Long>> seqOfHash) {
		this.seqOfHash = seqOfHash;
	}

	void accept(AuditEntry entry) {
		this.entries++;
		boolean gap = entry.seq() != this.expectedSeq;
		if (gap) {
			this.breaks.add(new Break(entry.seq(), Problem.MISSING,
					(entry.seq() > this.expectedSeq) ? "entries " + this.expectedSeq + " to " + (entry.seq() - 1)
							+ " are missing before entry " + entry.seq()
							: "entry " + entry.seq() + " repeats an earlier sequence number"));
		}
		boolean altered = !ChainHash.of(entry).equals(entry.hash());
		if (altered) {
			this.breaks.add(new Break(entry.seq(), Problem.ALTERED,
					"entry " + entry.seq() + " was changed: its content does not give its hash"));
		}
		else if (!entry.previousHash().equals(this.expectedPrevious)) {
			broken(entry, gap);
		}
		this.expectedPrevious = entry.hash();
		this.expectedSeq = entry.seq() + 1;
	}

	ChainCheck finish(AuditRepository.Head head) {
		long lastSeq = this.expectedSeq - 1;
		if (head.seq() > lastSeq) {
			this.breaks.add(new Break(lastSeq + 1, Problem.TRUNCATED, "entries " + (lastSeq + 1) + " to " + head.seq()
					+ " are missing at the end: the chain's head records entry " + head.seq()));
		}
		else if (head.seq() == lastSeq && !head.hash().equals(this.expectedPrevious)) {
			this.breaks.add(new Break(lastSeq, Problem.ALTERED,
					"the chain's head does not record the hash of entry " + lastSeq));
		}
		return new ChainCheck(this.entries, lastSeq, this.expectedPrevious, List.copyOf(this.breaks));
	}

	private void broken(AuditEntry entry, boolean gap) {
		long before = this.expectedSeq - 1;
		Optional<Long> follows = entry.previousHash().equals(AuditEntry.GENESIS) ? Optional.of(0L)
				: this.seqOfHash.apply(entry.previousHash());
		if (follows.isPresent() && follows.get() != before) {
			this.breaks.add(new Break(entry.seq(), Problem.REORDERED, "entry " + entry.seq() + " belongs after entry "
					+ follows.get() + ", not after entry " + before + ": entries were moved"));
		}
		else if (!gap) {
			this.breaks.add(new Break(entry.seq(), Problem.MISSING,
					"entry " + entry.seq() + " does not follow entry " + before + ": entry " + before
							+ " was changed and its hash recomputed, or entries between them were removed"));
		}
	}

}
