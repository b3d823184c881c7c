package org.marsad.persons.linkage;

/**
 * What a pair's weight says, against the thresholds of the {@link LinkageModel}.
 */
public enum Decision {

	/** At or above the upper threshold: the same person. */
	MATCH,

	/** Between the thresholds: a coordinator looks at the evidence side by side. */
	REVIEW,

	/** Below the lower threshold: different persons. */
	NON_MATCH

}
