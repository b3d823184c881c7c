package org.marsad.publishing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.tallies.Snapshot;
import org.marsad.tallies.SnapshotSummary;
import org.marsad.tallies.Tallies;
import org.marsad.tallies.Tally;
import org.marsad.tallies.UnknownTally;

/**
 * The tallies that were published, as the public sees them: only tallies with at least
 * one snapshot, and of a snapshot only its definition's name and what it counts, its
 * value, breakdowns and series. Drafts (tallies never published), provenance (figures,
 * claims, quotes) and who published are not shown.
 */
class PublishedTallies {

	/**
	 * A published tally and its latest snapshot.
	 *
	 * @param tally the tally as now defined (its name)
	 * @param latest the latest snapshot
	 * @param count how many snapshots were published
	 */
	record Entry(Tally tally, SnapshotSummary latest, int count) {
	}

	private final Tallies tallies;

	PublishedTallies(Tallies tallies) {
		this.tallies = tallies;
	}

	/** Every tally with a snapshot, as listed by the tallies module. */
	List<Entry> list() {
		return PublicReading.as(Audience.PUBLIC, () -> {
			List<Entry> entries = new ArrayList<>();
			for (Tally tally : this.tallies.list()) {
				List<SnapshotSummary> snapshots = this.tallies.snapshots(tally.id());
				if (!snapshots.isEmpty()) {
					entries.add(new Entry(tally, snapshots.get(0), snapshots.size()));
				}
			}
			return entries;
		});
	}

	/**
	 * The snapshots of a published tally, newest first.
	 * @param tallyId the tally
	 * @return the snapshots
	 * @throws NotPublished when the tally does not exist or has none
	 */
	List<SnapshotSummary> snapshots(UUID tallyId) {
		List<SnapshotSummary> snapshots = PublicReading.as(Audience.PUBLIC, () -> {
			try {
				return this.tallies.snapshots(tallyId);
			}
			catch (UnknownTally ex) {
				return List.<SnapshotSummary>of();
			}
		});
		if (snapshots.isEmpty()) {
			throw new NotPublished();
		}
		return snapshots;
	}

	/**
	 * One snapshot, frozen.
	 * @param tallyId the tally
	 * @param snapshotId the snapshot
	 * @return the snapshot
	 * @throws NotPublished when there is no such snapshot of that tally
	 */
	Snapshot snapshot(UUID tallyId, UUID snapshotId) {
		return PublicReading.as(Audience.PUBLIC, () -> {
			try {
				return this.tallies.snapshot(tallyId, snapshotId);
			}
			catch (UnknownTally ex) {
				throw new NotPublished();
			}
		});
	}

}
