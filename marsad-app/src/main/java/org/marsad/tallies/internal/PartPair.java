package org.marsad.tallies.internal;

import java.util.UUID;

import org.marsad.tallies.Estimate;

/**
 * A part («بينهم») and its whole, with their values.
 *
 * @param part the part
 * @param whole the whole
 * @param partUnit the part's unit code
 * @param wholeUnit the whole's unit code
 * @param partValue the part's value
 * @param wholeValue the whole's value
 */
record PartPair(UUID part, UUID whole, String partUnit, String wholeUnit, Estimate partValue, Estimate wholeValue) {

	private static final String PERSON = "person";

	private static final String FAMILY = "family";

	/**
	 * Whether the two counts can be compared: the same unit, or families among persons
	 * (each family counts at least one person).
	 */
	boolean comparable() {
		return this.partUnit.equals(this.wholeUnit) || (FAMILY.equals(this.partUnit) && PERSON.equals(this.wholeUnit));
	}

}
