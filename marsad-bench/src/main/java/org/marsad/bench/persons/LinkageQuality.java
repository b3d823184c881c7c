package org.marsad.bench.persons;

import java.util.concurrent.atomic.LongAdder;

import org.marsad.persons.linkage.Decision;
import org.marsad.persons.linkage.LinkageIndex;
import org.marsad.persons.linkage.PairingSummary;

/**
 * How well an index links a generated population, against its truth.
 * <ul>
 * <li>pairwise precision: the share of pairs decided {@link Decision#MATCH} that are the
 * same person;</li>
 * <li>pairwise recall: the share of pairs of the same person decided a match (a pair that
 * blocking never compared counts as missed);</li>
 * <li>pair completeness: the share of pairs of the same person that share a block;</li>
 * <li>reduction ratio: the share of all pairs that blocking left uncompared.</li>
 * </ul>
 *
 * @param truePairs pairs of records of the same person
 * @param blockedTruePairs those that share a block
 * @param matches pairs decided a match
 * @param correctMatches those that are the same person
 * @param reviews pairs left for review
 * @param summary what the pair scan compared
 */
public record LinkageQuality(long truePairs, long blockedTruePairs, long matches, long correctMatches, long reviews,
		PairingSummary summary) {

	/**
	 * Scores every blocked pair of the index and compares the decisions with the truth.
	 * @param population the records and their truth
	 * @param index the index holding every record of the population
	 * @param threads how many threads score
	 * @return the measures
	 */
	public static LinkageQuality measure(Population population, LinkageIndex index, int threads) {
		LongAdder matches = new LongAdder();
		LongAdder correct = new LongAdder();
		PairingSummary summary = index.pairs(threads, (pair) -> {
			if (pair.decision() == Decision.MATCH) {
				matches.increment();
				if (population.entity(pair.leftId()) == population.entity(pair.rightId())) {
					correct.increment();
				}
			}
		});
		return new LinkageQuality(population.truePairs(), blockedTruePairs(population, index), matches.sum(),
				correct.sum(), summary.reviews(), summary);
	}

	private static long blockedTruePairs(Population population, LinkageIndex index) {
		int[] entities = population.entities();
		long blocked = 0;
		int start = 0;
		for (int i = 1; i <= entities.length; i++) {
			if (i == entities.length || entities[i] != entities[start]) {
				for (int a = start; a < i; a++) {
					for (int b = a + 1; b < i; b++) {
						blocked += index.blocked("p" + a, "p" + b) ? 1 : 0;
					}
				}
				start = i;
			}
		}
		return blocked;
	}

	public double precision() {
		return (this.matches > 0) ? (double) this.correctMatches / this.matches : 1;
	}

	public double recall() {
		return (this.truePairs > 0) ? (double) this.correctMatches / this.truePairs : 1;
	}

	public double pairCompleteness() {
		return (this.truePairs > 0) ? (double) this.blockedTruePairs / this.truePairs : 1;
	}

	public double reductionRatio() {
		return this.summary.reductionRatio();
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT,
				"precision %.4f, recall %.4f (%,d matches, %,d correct, %,d true pairs, %,d to review); "
						+ "pair completeness %.4f, reduction ratio %.6f (%,d pairs compared)",
				precision(), recall(), this.matches, this.correctMatches, this.truePairs, this.reviews,
				pairCompleteness(), reductionRatio(), this.summary.compared());
	}

}
