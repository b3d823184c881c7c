package org.marsad.tallies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Defines, computes and publishes tallies. Analysts define and compute
 * ({@link Roles#ANALYSES}); coordinators and administrators publish
 * ({@link Roles#PUBLISHES}); every reader sees definitions and published snapshots.
 */
public interface Tallies {

	/**
	 * Saves a new tally.
	 * @param request the definition as typed
	 * @return the stored tally
	 * @throws TallyRefused naming the offending fields
	 */
	@PreAuthorize(Roles.ANALYSES)
	Tally define(TallyRequest request);

	/**
	 * Replaces the definition of a tally.
	 * @param id the tally
	 * @param request the new definition
	 * @return the tally as changed
	 * @throws TallyRefused naming the offending fields
	 * @throws UnknownTally when there is no such tally
	 */
	@PreAuthorize(Roles.ANALYSES)
	Tally update(UUID id, TallyRequest request);

	/**
	 * A tally's definition.
	 * @param id the tally
	 * @return the tally
	 * @throws UnknownTally when there is none
	 */
	@PreAuthorize(Roles.READS)
	Tally get(UUID id);

	/**
	 * Every tally, pinned first, then by name.
	 * @return the tallies
	 */
	@PreAuthorize(Roles.READS)
	List<Tally> list();

	/**
	 * Computes a tally from the coded figures as they are now.
	 * @param id the tally
	 * @param asOf the day to count up to (capped by the tally's last day)
	 * @return value, breakdowns, series, bounds, warnings and the change since the last
	 * snapshot
	 * @throws TallyRefused naming {@code asOf} when it is before the tally's first day
	 * @throws UnknownTally when there is no such tally
	 */
	@PreAuthorize(Roles.ANALYSES)
	TallyResult compute(UUID id, LocalDate asOf);

	/**
	 * Computes the numbers of a tally without the checks that read figures and claims one
	 * by one (parts against wholes, claims against claims): for pages that show the
	 * numbers first and load those checks after.
	 * @param id the tally
	 * @param asOf the day to count up to
	 * @return the result, {@link TallyResult#figuresChecked()} false
	 * @throws TallyRefused naming {@code asOf} when it is before the tally's first day
	 * @throws UnknownTally when there is no such tally
	 */
	@PreAuthorize(Roles.ANALYSES)
	TallyResult numbers(UUID id, LocalDate asOf);

	/**
	 * Opens one number of a tally into the figures, claims and report spans behind it.
	 * @param id the tally
	 * @param cell {@code total}, {@code <dimension>:<key>} or {@code period:<ISO date>}
	 * @param asOf the day to count up to
	 * @param page the page from 0
	 * @param size the page size, 1 to 200
	 * @return the figures in the number's scope, counted ones first
	 * @throws TallyRefused naming {@code cell}, {@code page} or {@code size}
	 * @throws UnknownTally when there is no such tally
	 */
	@PreAuthorize(Roles.ANALYSES)
	Provenance provenance(UUID id, String cell, LocalDate asOf, int page, int size);

	/**
	 * Publishes a tally: computes it and freezes value, breakdowns, series and provenance
	 * as a dated snapshot.
	 * @param id the tally
	 * @param asOf the day to count up to
	 * @return the snapshot
	 * @throws UnknownTally when there is no such tally
	 */
	@PreAuthorize(Roles.PUBLISHES)
	Snapshot publish(UUID id, LocalDate asOf);

	/**
	 * The published snapshots of a tally, newest first.
	 * @param id the tally
	 * @return the snapshots
	 * @throws UnknownTally when there is no such tally
	 */
	@PreAuthorize(Roles.READS)
	List<SnapshotSummary> snapshots(UUID id);

	/**
	 * One published snapshot with its frozen provenance.
	 * @param id the tally
	 * @param snapshotId the snapshot
	 * @return the snapshot
	 * @throws UnknownTally when there is no such snapshot of that tally
	 */
	@PreAuthorize(Roles.READS)
	Snapshot snapshot(UUID id, UUID snapshotId);

}
