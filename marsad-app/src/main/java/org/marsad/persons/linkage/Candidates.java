package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The records of an index that may be the same person as one record: every record of its
 * blocks that the scan would compare with it ({@link Blocks#compares}), scored with the
 * model and the value-specific weights, kept when at or above review. A pair whose
 * vector's weight cannot reach review even with the largest value-specific bonus is not
 * weighed further.
 */
final class Candidates {

	private final PreparedRecord[] records;

	private final ValueFrequencies frequencies;

	private final LinkageModel model;

	private final List<Match> found = new ArrayList<>();

	Candidates(PreparedRecord[] records, ValueFrequencies frequencies, LinkageModel model) {
		this.records = records;
		this.frequencies = frequencies;
		this.model = model;
	}

	void collect(PreparedRecord query, Blocks.Block block) {
		for (int s = 0; s < block.size; s++) {
			PreparedRecord other = this.records[block.slots[s]];
			if (other == null || other.id.equals(query.id) || !Blocks.compares(block, query, other)) {
				continue;
			}
			int pattern = RecordComparison.pattern(query, other);
			if (this.model.score(pattern) + ValueFrequencies.CAP * 3 >= this.model.lowerThreshold()) {
				Match match = match(query, other, pattern);
				if (match.weight() >= this.model.lowerThreshold()) {
					this.found.add(match);
				}
			}
		}
	}

	/**
	 * The candidates collected, best first.
	 * @param limit how many at most
	 * @return the matches and records to review
	 */
	List<Match> best(int limit) {
		this.found.sort(Comparator.comparingDouble(Match::weight).reversed());
		return (this.found.size() > limit) ? List.copyOf(this.found.subList(0, limit)) : this.found;
	}

	Match match(PreparedRecord a, PreparedRecord b) {
		return match(a, b, RecordComparison.pattern(a, b));
	}

	private Match match(PreparedRecord a, PreparedRecord b, int pattern) {
		double[] adjustments = new double[3];
		double weight = this.model.score(pattern)
				+ ValueSpecificWeight.of(a, b, pattern, this.frequencies, adjustments);
		return new Match(b.id, weight, this.model.decide(pattern, weight), this.model.evidence(pattern, adjustments));
	}

}
