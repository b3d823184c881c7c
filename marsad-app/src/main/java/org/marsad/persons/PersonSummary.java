package org.marsad.persons;

import java.time.Instant;
import java.util.UUID;

/**
 * A person in a list.
 *
 * @param id the person
 * @param fullName the full name as written
 * @param latinName the first Latin spelling, or {@code null}
 * @param sex the sex code, or {@code null}
 * @param birthYear the year of birth (or estimated from the age), or {@code null}
 * @param nationality the nationality code, or {@code null}
 * @param householdId the household, or {@code null}
 * @param householdRelation the relation to its head, or {@code null}
 * @param latestStatus the latest status code, or {@code null}
 * @param confidentiality {@code internal} or {@code publishable}
 * @param voided whether it is void
 * @param mergedInto the person it was merged into, or {@code null}
 * @param updatedAt when it last changed
 */
public record PersonSummary(UUID id, String fullName, String latinName, String sex, Integer birthYear,
		String nationality, UUID householdId, String householdRelation, String latestStatus, String confidentiality,
		boolean voided, UUID mergedInto, Instant updatedAt) {
}
