package org.marsad.persons;

import java.util.List;
import java.util.UUID;

/**
 * A household with the members the caller may see.
 *
 * @param id the household
 * @param name its name
 * @param members its members, the head first
 */
public record Household(UUID id, String name, List<PersonSummary> members) {
}
