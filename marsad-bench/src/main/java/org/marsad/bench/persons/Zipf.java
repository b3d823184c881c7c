package org.marsad.bench.persons;

import java.util.Arrays;
import java.util.Random;

/**
 * Draws ranks 0 … n-1 with probability proportional to 1/(rank+1)^s (Zipf's law), by
 * binary search in the cumulative distribution.
 */
final class Zipf {

	private final double[] cumulative;

	Zipf(int n, double exponent) {
		this.cumulative = new double[n];
		double sum = 0;
		for (int rank = 0; rank < n; rank++) {
			sum += 1 / Math.pow(rank + 1, exponent);
			this.cumulative[rank] = sum;
		}
		for (int rank = 0; rank < n; rank++) {
			this.cumulative[rank] /= sum;
		}
	}

	int next(Random random) {
		int at = Arrays.binarySearch(this.cumulative, random.nextDouble());
		int rank = (at >= 0) ? at : -at - 1;
		return Math.min(rank, this.cumulative.length - 1);
	}

	/**
	 * The probability of a rank.
	 * @param rank the rank
	 * @return its probability
	 */
	double probability(int rank) {
		return this.cumulative[rank] - ((rank > 0) ? this.cumulative[rank - 1] : 0);
	}

}
