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
	 * @param anchored the fields whose m probabilities stay as given
	 * @return the estimated share of matches
	 */
	static double estimate(long[] counts, double[][] m, double[][] u, double share, java.util.Set<Integer> anchored) {
		int fields = m.length;
		int[] patterns = observed(counts);
		int[][] levels = new int[patterns.length][fields];
		for (int i = 0; i < patterns.length; i++) {
			for (int f = 0; f < fields; f++) {
				levels[i][f] = RecordComparison.level(patterns[i], f);
			}
		}
		marginals(patterns, levels, counts, u);
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
			updateMonotone(m, mSum, uSum, anchored);
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

	/**
	 * Estimates m under the constraint that the weight log2(m/u) never falls as the level
	 * of agreement rises (a closer name never speaks less for a match): adjacent levels
	 * that break the order are pooled, as in the pool-adjacent-violators algorithm, and
	 * share their pooled m in proportion to their u. Without the constraint EM can settle
	 * on a large group of look-alike non-matches (say, namesakes of common given and
	 * father's names) as its "match" class, since matches are a small share of the
	 * blocked pairs.
	 */
	private static void updateMonotone(double[][] m, double[][] mSums, double[][] uSums,
			java.util.Set<Integer> anchored) {
		for (int f = 0; f < m.length; f++) {
			if (anchored.contains(f)) {
				continue;
			}
			int levels = mSums[f].length;
			double mTotal = 0;
			for (int level = 1; level < levels; level++) {
				mTotal += mSums[f][level] + FLOOR;
			}
			int[] from = new int[levels];
			double[] pooledM = new double[levels];
			double[] pooledU = new double[levels];
			int blocks = 0;
			for (int level = 1; level < levels; level++) {
				from[blocks] = level;
				pooledM[blocks] = mSums[f][level] + FLOOR;
				pooledU[blocks] = uSums[f][level] + FLOOR;
				blocks++;
				while (blocks > 1
						&& pooledM[blocks - 2] / pooledU[blocks - 2] > pooledM[blocks - 1] / pooledU[blocks - 1]) {
					pooledM[blocks - 2] += pooledM[blocks - 1];
					pooledU[blocks - 2] += pooledU[blocks - 1];
					blocks--;
				}
			}
			for (int b = 0; b < blocks; b++) {
				int to = (b + 1 < blocks) ? from[b + 1] : levels;
				for (int level = from[b]; level < to; level++) {
					m[f][level] = pooledM[b] / mTotal * (uSums[f][level] + FLOOR) / pooledU[b];
				}
			}
		}
	}

	/**
	 * Sets u to the share of each level among all compared pairs: matches are a small
	 * share of them, so that the marginal frequencies estimate u closely (the frequency
	 * argument of Fellegi and Sunter, section 3.3.1), and EM has only m and p left to
	 * find.
	 */
	private static void marginals(int[] patterns, int[][] levels, long[] counts, double[][] u) {
		for (int f = 0; f < u.length; f++) {
			double[] sums = new double[u[f].length];
			double total = 0;
			for (int i = 0; i < patterns.length; i++) {
				if (levels[i][f] != ComparisonField.MISSING) {
					sums[levels[i][f]] += counts[patterns[i]];
					total += counts[patterns[i]];
				}
			}
			for (int level = 1; level < sums.length && total > 0; level++) {
				u[f][level] = (sums[level] + FLOOR) / (total + FLOOR * sums.length);
			}
		}
	}

}
