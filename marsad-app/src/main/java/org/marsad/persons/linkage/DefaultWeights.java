package org.marsad.persons.linkage;

/**
 * The starting m and u probabilities of {@link LinkageModel#defaults()} and of EM, by
 * field (in the order of {@link ComparisonField}) and level (index 0, missing, unused).
 * Matches mostly agree exactly; non-matches among blocked pairs share the names the
 * blocks are made of, so their u for names is not small.
 */
final class DefaultWeights {

	private DefaultWeights() {
	}

	static double[][] m() {
		return new double[][] { { 0, 0.02, 0.02, 0.06, 0.15, 0.75 }, { 0, 0.01, 0.04, 0.08, 0.12, 0.75 },
				{ 0, 0.03, 0.07, 0.05, 0.85 }, { 0, 0.03, 0.05, 0.30, 0.62 }, { 0, 0.02, 0.98 }, { 0, 0.10, 0.90 },
				{ 0, 0.03, 0.97 }, { 0, 0.01, 0.20, 0.30, 0.49 } };
	}

	static double[][] u() {
		return new double[][] { { 0, 0.84, 0.01, 0.04, 0.04, 0.07 }, { 0, 0.60, 0.04, 0.03, 0.03, 0.30 },
				{ 0, 0.50, 0.10, 0.05, 0.35 }, { 0, 0.80, 0.10, 0.06, 0.04 }, { 0, 0.50, 0.50 }, { 0, 0.85, 0.15 },
				{ 0, 0.30, 0.70 }, { 0, 0.10, 0.70, 0.15, 0.05 } };
	}

}
