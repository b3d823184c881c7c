package org.marsad.persons.linkage;

/**
 * What one deduplication run over an index compared and found.
 *
 * @param records the records indexed
 * @param compared the pairs scored (each pair once, however many blocks it shares)
 * @param matches the pairs decided {@link Decision#MATCH}
 * @param reviews the pairs decided {@link Decision#REVIEW}
 */
public record PairingSummary(long records, long compared, long matches, long reviews) {

	/**
	 * The share of all pairs of records that blocking left uncompared.
	 * @return 1 - compared / (n(n-1)/2)
	 */
	public double reductionRatio() {
		double all = this.records * (this.records - 1) / 2.0;
		return (all > 0) ? 1 - this.compared / all : 1;
	}

}
