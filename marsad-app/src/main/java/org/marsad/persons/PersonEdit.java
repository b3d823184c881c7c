package org.marsad.persons;

/**
 * A change to a person.
 *
 * @param version the version the change was made on
 * @param reason why, or {@code null}
 * @param person the new fields
 */
public record PersonEdit(Integer version, String reason, PersonFields person) {
}
