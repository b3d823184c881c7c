package org.marsad.persons;

import java.util.List;

/**
 * A family registered at once: the household and its members, each with the relation to
 * the head.
 *
 * @param name what the household is called, e.g. «عائلة الخلف»
 * @param members the members (at least one)
 */
public record NewHousehold(String name, List<PersonFields> members) {

	/** Copies the members. */
	public NewHousehold {
		members = (members != null) ? List.copyOf(members.stream().filter((m) -> m != null).toList()) : List.of();
	}

}
