package org.marsad.persons.linkage;

import java.util.List;

/**
 * A record that may be the same person as the one asked about.
 *
 * @param otherId the id of the indexed record
 * @param weight the sum of the field weights, in bits
 * @param decision what the weight says against the model's thresholds
 * @param evidence every field's level and weight, in the order of {@link ComparisonField}
 */
public record Match(String otherId, double weight, Decision decision, List<FieldEvidence> evidence) {

	public Match {
		evidence = List.copyOf(evidence);
	}

}
