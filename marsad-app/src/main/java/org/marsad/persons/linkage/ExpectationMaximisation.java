package org.marsad.persons.linkage;

/**
 * Estimates the m and u probabilities of every field level and the share of matches among
 * compared pairs from unlabelled comparison vectors, by the EM algorithm for a two-class
 * latent mixture with conditionally independent fields (Winkler, "Using the EM algorithm
 * for weight computation in the Fellegi-Sunter model of record linkage", ASA Proceedings
 * of the Section on Survey Research Methods, 1988; Jaro 1989).
 *
 * <p>
 * Vectors are counted once per distinct pattern, so an iteration costs the number of
 * patterns seen, not the number of pairs. A missing level belongs to neither class: it
 * adds no factor to either likelihood and is not counted in the field's estimates.
 */
final class ExpectationMaximisation {

	private static final int MAX_ITERATIONS = 500;

	private static final double CONVERGED = 1e-9;

	private static final double FLOOR = 1e-6;

	private ExpectationMaximisation() {
	}

	/**
	 * Runs EM from a starting model.
	 * @param counts how many pairs showed each pattern
	 * @param m the starting m probabilities, by field and level; updated in place
	 * @param u the starting u probabilities; updated in place
	 * @param share the starting share of matches
	 * @return the estimated share of matches
	 */
	static double estimate(long[] counts, double[][] m, double[][] u, double share) {
		int fields = m.length;
		int[] patterns = observed(counts);
		int[][] levels = new int[patterns.length][fields];
		for (int i = 0; i < patterns.length; i++) {
			for (int f = 0; f < fields; f++) {
				levels[i][f] = RecordComparison.level(patterns[i], f);
			}
		}
		double p = share;
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[][] mSum = new double[fields][];
			double[][] uSum = new double[fields][];
			for (int f = 0; f < fields; f++) {
				mSum[f] = new double[m[f].length];
				uSum[f] = new double[u[f].length];
			}
			double matched = 0;
			double total = 0;
			for (int i = 0; i < patterns.length; i++) {
				double pm = p;
				double pu = 1 - p;
				for (int f = 0; f < fields; f++) {
					int level = levels[i][f];
					if (level != ComparisonField.MISSING) {
						pm *= m[f][level];
						pu *= u[f][level];
					}
				}
				double posterior = pm / (pm + pu);
				double count = counts[patterns[i]];
				matched += count * posterior;
				total += count;
				for (int f = 0; f < fields; f++) {
					mSum[f][levels[i][f]] += count * posterior;
					uSum[f][levels[i][f]] += count * (1 - posterior);
				}
			}
			double next = Math.max(FLOOR, Math.min(1 - FLOOR, matched / total));
			update(m, mSum);
			update(u, uSum);
			boolean converged = Math.abs(next - p) < CONVERGED;
			p = next;
			if (converged) {
				break;
			}
		}
		return p;
	}

	private static int[] observed(long[] counts) {
		int n = 0;
		for (long count : counts) {
			n += (count > 0) ? 1 : 0;
		}
		int[] patterns = new int[n];
		int i = 0;
		for (int pattern = 0; pattern < counts.length; pattern++) {
			if (counts[pattern] > 0) {
				patterns[i++] = pattern;
			}
		}
		return patterns;
	}

	/** Normalises the sums over the non-missing levels into probabilities. */
	private static void update(double[][] probabilities, double[][] sums) {
		for (int f = 0; f < probabilities.length; f++) {
			double total = 0;
			for (int level = 1; level < sums[f].length; level++) {
				total += sums[f][level] + FLOOR;
			}
			if (total <= FLOOR * sums[f].length) {
				continue;
			}
			for (int level = 1; level < sums[f].length; level++) {
				probabilities[f][level] = (sums[f][level] + FLOOR) / total;
			}
		}
	}

}
