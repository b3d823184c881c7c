package org.marsad.tallies.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.tallies.PinnedTallies;
import org.marsad.tallies.PinnedTally;
import org.marsad.tallies.Provenance;
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.SnapshotSummary;
import org.marsad.tallies.Tallies;
import org.marsad.tallies.Tally;
import org.marsad.tallies.TallyDefined;
import org.marsad.tallies.TallyPublished;
import org.marsad.tallies.TallyRedefined;
import org.marsad.tallies.TallyRefused;
import org.marsad.tallies.TallyRequest;
import org.marsad.tallies.TallyResult;
import org.marsad.tallies.UnknownTally;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Tallies} and {@link PinnedTallies} use cases: definitions are stored,
 * computations read the coded figures through {@link TallyComputation}, publications are
 * frozen in snapshots.
 */
@Transactional(readOnly = true)
class TallyService implements Tallies, PinnedTallies {

	static final int MAX_PAGE_SIZE = 200;

	private final TallyRepository tallies;

	private final TallyComputation computation;

	private final ProvenanceReadModel provenance;

	private final SnapshotRepository snapshots;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TallyService(TallyRepository tallies, TallyComputation computation, ProvenanceReadModel provenance,
			SnapshotRepository snapshots, ApplicationEventPublisher events, Clock clock) {
		this.tallies = tallies;
		this.computation = computation;
		this.provenance = provenance;
		this.snapshots = snapshots;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Tally define(TallyRequest request) {
		Tally tally = TallyRules.check(request, this.tallies::placeExists, this.tallies::actorExists,
				new TallyRules.Identity(UUID.randomUUID(), 1, now(), Caller.name()));
		this.tallies.insert(tally);
		this.events.publishEvent(new TallyDefined(tally.id(), tally.version()));
		return tally;
	}

	@Override
	@Transactional
	public Tally update(UUID id, TallyRequest request) {
		Tally existing = get(id);
		Tally tally = TallyRules.check(request, this.tallies::placeExists, this.tallies::actorExists,
				new TallyRules.Identity(id, existing.version() + 1, now(), Caller.name()));
		if (!this.tallies.update(tally)) {
			throw TallyRefused.of("version", "tally.error.changed");
		}
		this.events.publishEvent(new TallyRedefined(tally.id(), tally.version()));
		return tally;
	}

	@Override
	public Tally get(UUID id) {
		return this.tallies.find(id).orElseThrow(() -> new UnknownTally("tally"));
	}

	@Override
	public List<Tally> list() {
		return this.tallies.all();
	}

	@Override
	public TallyResult compute(UUID id, LocalDate asOf) {
		return computed(id, asOf, true);
	}

	@Override
	public TallyResult numbers(UUID id, LocalDate asOf) {
		return computed(id, asOf, false);
	}

	private TallyResult computed(UUID id, LocalDate asOf, boolean figureChecks) {
		Tally tally = get(id);
		LocalDate day = asOf(tally, asOf);
		TallyResult result = this.computation.compute(tally, day, figureChecks);
		return this.snapshots.latest(id)
			.flatMap((latest) -> this.snapshots.find(id, latest.id()))
			.map((stored) -> Differences.withDifference(result, stored.summary(), stored.result()))
			.orElse(result);
	}

	@Override
	public Provenance provenance(UUID id, String cell, LocalDate asOf, int page, int size) {
		if (page < 0) {
			throw TallyRefused.of("page", "tally.error.page");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw TallyRefused.of("size", "tally.error.size");
		}
		Tally tally = get(id);
		return this.computation.provenance(tally, CellName.read(cell, tally), asOf(tally, asOf), page, size);
	}

	@Override
	@Transactional
	public Snapshot publish(UUID id, LocalDate asOf) {
		Tally tally = get(id);
		LocalDate day = asOf(tally, asOf);
		TallyResult result = this.computation.published(tally, day);
		UUID snapshot = UUID.randomUUID();
		this.snapshots.insert(snapshot, tally, result, now(), Caller.name());
		this.computation.freeze(snapshot, tally, day, result);
		this.provenance.freezeClaims(snapshot);
		this.events.publishEvent(new TallyPublished(id, snapshot, result.asOf()));
		return snapshot(id, snapshot);
	}

	@Override
	public List<SnapshotSummary> snapshots(UUID id) {
		get(id);
		return this.snapshots.list(id);
	}

	@Override
	public Snapshot snapshot(UUID id, UUID snapshotId) {
		SnapshotRepository.Stored stored = this.snapshots.find(id, snapshotId)
			.orElseThrow(() -> new UnknownTally("snapshot"));
		SnapshotSummary summary = stored.summary();
		return new Snapshot(summary.id(), summary.tallyId(), summary.asOf(), summary.publishedAt(),
				summary.publishedBy(), stored.definition(), stored.result(),
				this.provenance.frozen(snapshotId, !Caller.seesInternal(), Snapshot.FIGURES_SHOWN),
				this.provenance.frozenCount(snapshotId, !Caller.seesInternal()));
	}

	@Override
	public List<PinnedTally> pinned() {
		List<PinnedTally> pinned = new ArrayList<>();
		boolean live = Caller.analyses();
		for (Tally tally : this.tallies.pinned()) {
			if (live) {
				LocalDate day = asOfToday(tally);
				TallyResult result = this.computation.compute(tally, day, false);
				pinned.add(new PinnedTally(tally.id(), tally.name(), tally.unit(), tally.category(), result.value(),
						result.to(), false));
			}
			else {
				SnapshotSummary latest = this.snapshots.latest(tally.id()).orElse(null);
				pinned.add(new PinnedTally(tally.id(), tally.name(), tally.unit(), tally.category(),
						(latest != null) ? latest.value() : null, (latest != null) ? latest.asOf() : null, true));
			}
		}
		return pinned;
	}

	private LocalDate asOf(Tally tally, LocalDate asOf) {
		if (asOf == null) {
			return asOfToday(tally);
		}
		if (tally.from() != null && asOf.isBefore(tally.from())) {
			throw TallyRefused.of("asOf", "tally.error.asOfBeforeFrom");
		}
		return asOf;
	}

	private LocalDate asOfToday(Tally tally) {
		LocalDate today = LocalDate.now(this.clock);
		return (tally.from() != null && today.isBefore(tally.from())) ? tally.from() : today;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
