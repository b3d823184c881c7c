package org.marsad.persons.linkage;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A random sample of the blocked pairs of an index, counted by comparison vector: what
 * {@link ExpectationMaximisation} estimates the weights from. Every blocked pair has the
 * same chance to be drawn, whatever the size of its block: a block is drawn from in
 * proportion to its pairs, and small blocks whose expected draws fall under one are drawn
 * from by chance in the same proportion. Pairs that the scan would not compare
 * ({@link Blocks#compares}) are not counted.
 */
final class PairSample {

	private final PreparedRecord[] records;

	PairSample(PreparedRecord[] records) {
		this.records = records;
	}

	/**
	 * Counts the comparison vectors of a random sample of blocked pairs.
	 * @param blocks the blocks
	 * @param sample about how many pairs to sample
	 * @return the count of each pattern
	 */
	long[] patternCounts(List<Blocks.Block> blocks, int sample) {
		long[] counts = new long[RecordComparison.PATTERNS];
		long total = 0;
		for (Blocks.Block block : blocks) {
			total += block.pairs();
		}
		double rate = Math.min(1, (double) sample / Math.max(1, total));
		SplittableRandom random = new SplittableRandom(blocks.size());
		for (Blocks.Block block : blocks) {
			samplePairs(block, rate, random, counts);
		}
		return counts;
	}

	private void samplePairs(Blocks.Block block, double rate, SplittableRandom random, long[] counts) {
		if (rate >= 1) {
			for (int j = 1; j < block.size; j++) {
				for (int i = 0; i < j; i++) {
					count(block, i, j, counts);
				}
			}
			return;
		}
		double expected = block.pairs() * rate;
		long draws = (long) expected + ((random.nextDouble() < expected - (long) expected) ? 1 : 0);
		for (long d = 0; d < draws; d++) {
			int i = random.nextInt(block.size);
			int j = random.nextInt(block.size);
			if (i != j) {
				count(block, i, j, counts);
			}
		}
	}

	private void count(Blocks.Block block, int i, int j, long[] counts) {
		PreparedRecord a = this.records[block.slots[i]];
		PreparedRecord b = this.records[block.slots[j]];
		if (a != null && b != null && Blocks.compares(block, a, b)) {
			counts[RecordComparison.pattern(a, b)]++;
		}
	}

}
