package org.marsad.persons.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * How common each name word is among the indexed records, for value-specific agreement
 * weights (Fellegi and Sunter 1969, section 3.3.1; Winkler, "Frequency-based matching in
 * Fellegi–Sunter model of record linkage", ASA Proceedings of the Section on Survey
 * Research Methods, 1989, and "Using the EM algorithm for weight computation…", 2000).
 *
 * <p>
 * If a word v is held by a share f(v) of the records in a role, two records of the same
 * person that agree on the role agree on v with probability f(v), and two records of
 * different persons that agree do so with probability f(v)²/S, where S = Σ f(w)² is the
 * chance that two records drawn at random agree at all. The agreement weight of v is then
 * the field's weight log2(m/u) plus log2(S/f(v)): zero for a word of average frequency,
 * about −2 bits for «محمد» as a given name, several bits for a rare name. The adjustment
 * is kept within ±{@value #CAP} bits, since a word seen once or twice says little about
 * its true frequency and the adjustment assumes agreements independent of the other
 * fields.
 *
 * <p>
 * Roles: given name, father's name, and lineage (grandfather and family pooled, as
 * {@link ComparisonField#LINEAGE} pools them). Latin spellings vary, so a Latin word is
 * counted by its transliteration key, which it shares with its Arabic spelling.
 */
final class ValueFrequencies {

	static final int GIVEN = 0;

	static final int FATHER = 1;

	static final int LINEAGE = 2;

	static final int ROLES = 3;

	/** The largest adjustment either way, in bits. */
	static final double CAP = 3;

	private static final double LOG2 = Math.log(2);

	private final long[] totals = new long[ROLES];

	private final double[] squares = new double[ROLES];

	private final Map<String, int[]> keys = new HashMap<>();

	/**
	 * Counts a record's words in, or out when it is removed. Called under the index's
	 * write lock.
	 * @param record the record
	 * @param delta 1 to add, -1 to remove
	 */
	void count(PreparedRecord record, int delta) {
		for (NameToken[] name : record.names) {
			use(name[PreparedRecord.GIVEN], GIVEN, delta);
			use(name[PreparedRecord.FATHER], FATHER, delta);
			use(name[PreparedRecord.GRANDFATHER], LINEAGE, delta);
			if (name[PreparedRecord.FAMILY] != name[PreparedRecord.GRANDFATHER]) {
				use(name[PreparedRecord.FAMILY], LINEAGE, delta);
			}
		}
	}

	/**
	 * The adjustment of an agreement on two words found equal (or of the same key across
	 * scripts): log2(S/f), f the frequency of the commoner of the two.
	 * @param role the role
	 * @param a one word
	 * @param b the word it agrees with
	 * @return bits to add to the field's agreement weight, within ±{@value #CAP}
	 */
	double adjustment(int role, NameToken a, NameToken b) {
		long total = this.totals[role];
		if (total == 0) {
			return 0;
		}
		int uses = Math.max(1, Math.max(uses(a, role), uses(b, role)));
		double f = (double) uses / total;
		double s = this.squares[role] / ((double) total * total);
		return Math.max(-CAP, Math.min(CAP, Math.log(s / f) / LOG2));
	}

	private int uses(NameToken token, int role) {
		if (!token.latin) {
			return token.uses[role];
		}
		int[] byKey = this.keys.get(token.key);
		return (byKey != null) ? byKey[role] : 0;
	}

	private void use(NameToken token, int role, int delta) {
		if (token == null) {
			return;
		}
		int before = token.uses[role];
		token.uses[role] = before + delta;
		this.totals[role] += delta;
		this.squares[role] += (double) (before + delta) * (before + delta) - (double) before * before;
		if (!token.key.isEmpty()) {
			int[] byKey = this.keys.computeIfAbsent(token.key, (k) -> new int[ROLES]);
			byKey[role] += delta;
		}
	}

}
