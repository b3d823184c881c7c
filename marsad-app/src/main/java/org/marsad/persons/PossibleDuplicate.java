package org.marsad.persons;

import java.util.List;

/**
 * A registered person who may be the same as the one being entered.
 *
 * @param person the registered person
 * @param weight the linkage weight, in bits
 * @param decision {@code match} or {@code review}
 * @param evidence how each field compared
 */
public record PossibleDuplicate(PersonSummary person, double weight, String decision, List<MatchEvidence> evidence) {
}
