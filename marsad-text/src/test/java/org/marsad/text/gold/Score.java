package org.marsad.text.gold;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 of one kind of mention over the gold set, matching expected
 * and found keys as multisets paragraph by paragraph.
 */
final class Score {

	private int truePositives;

	private int expected;

	private int found;

	/**
	 * Adds one paragraph.
	 * @param gold expected keys
	 * @param extracted found keys
	 * @return the number of matched keys
	 */
	int add(List<String> gold, List<String> extracted) {
		Map<String, Integer> remaining = new HashMap<>();
		gold.forEach((key) -> remaining.merge(key, 1, Integer::sum));
		int matched = 0;
		for (String key : extracted) {
			Integer left = remaining.get(key);
			if (left != null && left > 0) {
				remaining.put(key, left - 1);
				matched++;
			}
		}
		this.truePositives += matched;
		this.expected += gold.size();
		this.found += extracted.size();
		return matched;
	}

	double precision() {
		return (this.found == 0) ? 1.0 : (double) this.truePositives / this.found;
	}

	double recall() {
		return (this.expected == 0) ? 1.0 : (double) this.truePositives / this.expected;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return (p + r == 0) ? 0 : 2 * p * r / (p + r);
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (expected %d, found %d, matched %d)",
				precision(), recall(), f1(), this.expected, this.found, this.truePositives);
	}

}
