package org.marsad.persons;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Possible duplicates from record linkage: while a person is entered ("this may be the
 * same person as…"), and as a review queue where coordinators merge or separate pairs.
 * <ul>
 * <li>a merge keeps every record: the duplicate stays, with its timeline, sources and
 * evidence, pointing at the person kept; lists and search show the kept one only</li>
 * <li>a merge is undone by clearing that pointer ({@link #unmerge})</li>
 * </ul>
 */
public interface DuplicateReview {

	/**
	 * Registered persons who may be the one typed, best first.
	 * @param person the person as typed so far
	 * @return at most 5
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	List<PossibleDuplicate> similar(PersonFields person);

	/**
	 * The open pairs, strongest first.
	 * @return at most 50
	 */
	@PreAuthorize(PersonRoles.STAFF)
	List<DuplicatePair> queue();

	/**
	 * The open pairs of one person, strongest first.
	 * @param personId the person
	 * @return the pairs
	 */
	@PreAuthorize(PersonRoles.STAFF)
	List<DuplicatePair> pairsOf(UUID personId);

	/**
	 * A pair with both persons.
	 * @param id the pair
	 * @return the pair
	 */
	@PreAuthorize(PersonRoles.STAFF)
	DuplicatePair pair(UUID id);

	/**
	 * Merges the pair: the other person points at the one kept.
	 * @param id the pair
	 * @param decision who is kept and why
	 * @return the person kept
	 */
	@PreAuthorize(PersonRoles.DECIDES)
	Person merge(UUID id, MergeDecision decision);

	/**
	 * Records that the pair are different persons.
	 * @param id the pair
	 * @param reason why
	 */
	@PreAuthorize(PersonRoles.DECIDES)
	void distinct(UUID id, String reason);

	/**
	 * Undoes a merge: the person stands on its own again.
	 * @param personId the person merged into another
	 * @param reason why
	 * @return the person
	 */
	@PreAuthorize(PersonRoles.DECIDES)
	Person unmerge(UUID personId, String reason);

	/**
	 * Compares every live person with the others and queues the pairs found.
	 * @return how many new pairs were queued
	 */
	@PreAuthorize(PersonRoles.DECIDES)
	int scan();

}
