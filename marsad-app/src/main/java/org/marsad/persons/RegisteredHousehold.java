package org.marsad.persons;

import java.util.List;
import java.util.UUID;

/**
 * A household just registered, with the person each member became, in the order the
 * members were given: what a caller needs to attach more to each of them (an identity
 * document read from the same row of a sheet, for one).
 *
 * @param householdId the household
 * @param memberIds the persons, in the order of {@link NewHousehold#members()}
 */
public record RegisteredHousehold(UUID householdId, List<UUID> memberIds) {

	/** Copies the ids. */
	public RegisteredHousehold {
		memberIds = List.copyOf(memberIds);
	}

}
