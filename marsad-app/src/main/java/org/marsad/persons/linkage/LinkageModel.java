package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The weights that say how much each field's agreement or disagreement tells about two
 * records being the same person, after Fellegi and Sunter ("A theory for record linkage",
 * JASA 64, 1969).
 *
 * <p>
 * For each {@link ComparisonField} and level of agreement, {@code m} is the probability
 * of the level among pairs of records of the same person and {@code u} among pairs of
 * different persons. The weight of the level is log2(m/u) bits: positive when the level
 * is more common among matches («same father's name»), negative when more common among
 * non-matches («different given name»), zero for a missing field. Assuming the fields
 * independent within each class, a pair's weight is the sum of its fields' weights, and
 * the posterior odds of a match are 2^weight times the prior odds p/(1-p), where p is the
 * share of matches among the compared (blocked) pairs.
 *
 * <p>
 * {@link #estimate(LinkageIndex)} learns m, u and p without labelled pairs, by the EM
 * algorithm over the comparison vectors of blocked pairs (Winkler 1988; Jaro 1989), from
 * the starting values of {@link #defaults()}. Since m and u are estimated among blocked
 * pairs, agreement on a name that blocking already requires weighs what it tells among
 * those pairs: siblings share father and family, and it is the given name and birth year
 * that tell them apart.
 *
 * <p>
 * The weights of this model are by level only. The index adds to the agreement weights of
 * given name, father's name and lineage a value-specific part, log2(S/f) for a word held
 * by a share f of the records ({@link ValueFrequencies}; Winkler 1989, 2000), so that
 * agreeing on «محمد» weighs less than agreeing on a rare name.
 *
 * <p>
 * Decisions: a weight at or above {@link #upperThreshold()} is a {@link Decision#MATCH}
 * (posterior probability at least {@value #MATCH_POSTERIOR}), below
 * {@link #lowerThreshold()} a {@link Decision#NON_MATCH} (posterior below
 * {@value #REVIEW_POSTERIOR}), in between {@link Decision#REVIEW}. Immutable.
 */
public final class LinkageModel {

	/**
	 * Posterior probability of a match from which a pair is a match. Lower than an even
	 * chance because the independence assumption understates agreement on a whole name:
	 * among blocked pairs, agreeing on given name, father and lineage at once is far
	 * rarer than the product of the three shares, so the model's posterior runs low. At
	 * 0.1 precision and recall are both above 0.95 on 100,000 generated records (0.2 gave
	 * 0.976 and 0.942; docs/BENCHMARKS.md).
	 */
	public static final double MATCH_POSTERIOR = 0.1;

	/** Posterior probability of a match from which a pair is shown for review. */
	public static final double REVIEW_POSTERIOR = 0.02;

	private static final int SAMPLE_PAIRS = 2_000_000;

	/**
	 * Fields whose m stays at its prior ({@link DefaultWeights}): how often a source
	 * misspells a given or father's name beyond recognition. Left free, EM takes
	 * namesakes and siblings, who agree on the other fields, for its match class.
	 */
	private static final java.util.Set<Integer> ANCHORED = java.util.Set.of(ComparisonField.GIVEN.ordinal(),
			ComparisonField.FATHER.ordinal());

	private static final double FLOOR = 1e-5;

	private static final double DEFAULT_SHARE = 0.05;

	private final double[][] m;

	private final double[][] u;

	private final double share;

	private final double upper;

	private final double lower;

	private final double[] patternWeights;

	private LinkageModel(double[][] m, double[][] u, double share, double upper, double lower) {
		this.m = m;
		this.u = u;
		this.share = share;
		this.upper = upper;
		this.lower = lower;
		this.patternWeights = new double[RecordComparison.PATTERNS];
		for (int pattern = 0; pattern < this.patternWeights.length; pattern++) {
			double sum = 0;
			for (int f = 0; f < m.length; f++) {
				sum += weight(f, RecordComparison.level(pattern, f));
			}
			this.patternWeights[pattern] = sum;
		}
	}

	private static LinkageModel of(double[][] m, double[][] u, double share) {
		double prior = log2((1 - share) / share);
		return new LinkageModel(m, u, share, prior + log2(MATCH_POSTERIOR / (1 - MATCH_POSTERIOR)),
				prior + log2(REVIEW_POSTERIOR / (1 - REVIEW_POSTERIOR)));
	}

	/**
	 * Starting values, for a registry too small to estimate from: matches agree on nearly
	 * every field, non-matches among blocked pairs agree on the blocked names and seldom
	 * on the rest.
	 * @return the model
	 */
	public static LinkageModel defaults() {
		return of(DefaultWeights.m(), DefaultWeights.u(), DEFAULT_SHARE);
	}

	/**
	 * Estimates the model by EM from the blocked pairs of an index (a sample of at most
	 * two million of them).
	 * @param index the indexed records
	 * @return the estimated model
	 */
	public static LinkageModel estimate(LinkageIndex index) {
		long[] counts = index.patternCounts(SAMPLE_PAIRS);
		double[][] m = DefaultWeights.m();
		double[][] u = DefaultWeights.u();
		double share = ExpectationMaximisation.estimate(counts, m, u, DEFAULT_SHARE, ANCHORED);
		return of(m, u, share);
	}

	/**
	 * Estimates the model from records, indexing them first.
	 * @param records the records
	 * @return the estimated model
	 */
	public static LinkageModel estimate(Collection<PersonRecord> records) {
		LinkageIndex index = new LinkageIndex(defaults());
		index.addAll(records);
		return estimate(index);
	}

	/**
	 * The same weights with other thresholds.
	 * @param upper the weight from which a pair is a match
	 * @param lower the weight from which a pair is shown for review
	 * @return the model
	 */
	public LinkageModel withThresholds(double upper, double lower) {
		if (lower > upper) {
			throw new IllegalArgumentException("lower threshold above upper: " + lower + " > " + upper);
		}
		return new LinkageModel(this.m, this.u, this.share, upper, lower);
	}

	/**
	 * The decision for a weight.
	 * @param weight a pair's weight in bits
	 * @return the decision
	 */
	public Decision decide(double weight) {
		if (weight >= this.upper) {
			return Decision.MATCH;
		}
		return (weight >= this.lower) ? Decision.REVIEW : Decision.NON_MATCH;
	}

	/**
	 * The weight of a level: log2(m/u), 0 for a missing field.
	 * @param field the field
	 * @param level the level's index in {@link ComparisonField#levels()}
	 * @return the weight in bits
	 */
	public double weight(ComparisonField field, int level) {
		return weight(field.ordinal(), level);
	}

	/**
	 * The probability of a level among pairs of the same person.
	 * @param field the field
	 * @param level the level
	 * @return m
	 */
	public double m(ComparisonField field, int level) {
		return this.m[field.ordinal()][level];
	}

	/**
	 * The probability of a level among pairs of different persons.
	 * @param field the field
	 * @param level the level
	 * @return u
	 */
	public double u(ComparisonField field, int level) {
		return this.u[field.ordinal()][level];
	}

	/**
	 * The share of matches among blocked pairs, the prior of every decision.
	 * @return p
	 */
	public double matchShare() {
		return this.share;
	}

	public double upperThreshold() {
		return this.upper;
	}

	public double lowerThreshold() {
		return this.lower;
	}

	/**
	 * Every field's m, u and weight, one line per level, for the page that explains the
	 * weights.
	 * @return lines such as {@code GIVEN exact m=0.74 u=0.031 weight=4.6}
	 */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		for (ComparisonField field : ComparisonField.values()) {
			for (int level = 1; level < field.levels().size(); level++) {
				lines.add(String.format(java.util.Locale.ROOT, "%s %s m=%.4f u=%.4f weight=%.2f", field,
						field.levels().get(level), m(field, level), u(field, level), weight(field, level)));
			}
		}
		lines.add(String.format(java.util.Locale.ROOT, "p=%.5f match>=%.2f review>=%.2f", this.share, this.upper,
				this.lower));
		return lines;
	}

	/**
	 * The decision for a comparison vector: by its weight, except that a pair whose given
	 * names differ (more than one typing error), or one of whose household lists names
	 * the other, is at most shown for review. Fields are not independent within
	 * non-matches: brothers and sisters agree on father, lineage, household, origin and
	 * nationality at once, which the sum of weights counts as independent evidence; the
	 * given name is what tells them apart.
	 */
	Decision decide(int pattern, double weight) {
		Decision decision = decide(weight);
		boolean givenDiffers = RecordComparison.level(pattern, ComparisonField.GIVEN.ordinal()) == 1;
		boolean listed = RecordComparison.level(pattern, ComparisonField.HOUSEHOLD.ordinal()) == 1;
		return (decision == Decision.MATCH && (givenDiffers || listed)) ? Decision.REVIEW : decision;
	}

	double score(int pattern) {
		return this.patternWeights[pattern];
	}

	/**
	 * The evidence behind a comparison vector.
	 * @param pattern the vector
	 * @param adjustments the value-specific adjustments of the first fields (given name,
	 * father, lineage), added to their weights
	 */
	List<FieldEvidence> evidence(int pattern, double[] adjustments) {
		List<FieldEvidence> evidence = new ArrayList<>(RecordComparison.FIELDS.length);
		for (ComparisonField field : RecordComparison.FIELDS) {
			int f = field.ordinal();
			int level = RecordComparison.level(pattern, f);
			double adjustment = (f < adjustments.length) ? adjustments[f] : 0;
			evidence.add(new FieldEvidence(field, field.levels().get(level), weight(f, level) + adjustment));
		}
		return evidence;
	}

	private double weight(int field, int level) {
		if (level == ComparisonField.MISSING) {
			return 0;
		}
		return log2(Math.max(FLOOR, this.m[field][level]) / Math.max(FLOOR, this.u[field][level]));
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}
