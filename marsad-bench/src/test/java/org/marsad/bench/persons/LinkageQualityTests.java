package org.marsad.bench.persons;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.marsad.persons.linkage.LinkageIndex;
import org.marsad.persons.linkage.LinkageModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Links 100,000 generated records of about 60,000 persons with weights estimated by EM
 * and checks the decisions against the truth. Needs the shared name lists; skipped, and
 * says so, without them.
 */
class LinkageQualityTests {

	private static final int RECORDS = 100_000;

	/** Issue 7: blocking keeps more than 0.99 of the true pairs (0.9915 reached). */
	private static final double PAIR_COMPLETENESS = 0.99;

	/**
	 * Issue 7 asks for 0.95 for both; reached with value-specific weights for names:
	 * precision 0.9710, recall 0.9548 (docs/BENCHMARKS.md).
	 */
	private static final double PRECISION = 0.97;

	private static final double RECALL = 0.95;

	@Test
	void linksOneHundredThousandGeneratedRecordsAgainstTheirTruth() throws Exception {
		Path names = SharedNames.find().orElse(null);
		assumeTrue(names != null, "shared/data/names not found above the working folder: linkage quality skipped");
		Population population = PopulationGenerator.generate(NameLists.read(names), RECORDS, 7);
		LinkageIndex index = new LinkageIndex(LinkageModel.defaults());
		index.addAll(population.records());
		index.useModel(LinkageModel.estimate(index));
		LinkageQuality quality = LinkageQuality.measure(population, index, 2);
		System.out.println("Linkage of " + RECORDS + " generated records: " + quality);
		index.model().describe().forEach(System.out::println);
		assertThat(quality.pairCompleteness()).as("pair completeness").isGreaterThan(PAIR_COMPLETENESS);
		assertThat(quality.precision()).as("pairwise precision").isGreaterThanOrEqualTo(PRECISION);
		assertThat(quality.recall()).as("pairwise recall").isGreaterThanOrEqualTo(RECALL);
	}

}
