package org.marsad.persons;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two persons that record linkage found may be one, for a coordinator to decide with the
 * evidence side by side.
 *
 * @param id the pair
 * @param left one person
 * @param right the other
 * @param weight the linkage weight, in bits
 * @param decision {@code match} or {@code review}
 * @param evidence how each field compared
 * @param state {@code open}, {@code merged}, {@code distinct} or {@code unmerged}
 * @param foundAt when linkage found it
 */
public record DuplicatePair(UUID id, Person left, Person right, double weight, String decision,
		List<MatchEvidence> evidence, String state, Instant foundAt) {
}
