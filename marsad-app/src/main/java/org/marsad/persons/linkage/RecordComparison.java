package org.marsad.persons.linkage;

import static org.marsad.persons.linkage.PreparedRecord.FAMILY;
import static org.marsad.persons.linkage.PreparedRecord.FATHER;
import static org.marsad.persons.linkage.PreparedRecord.GIVEN;
import static org.marsad.persons.linkage.PreparedRecord.GRANDFATHER;

/**
 * Compares two prepared records field by field into a comparison vector: one level per
 * {@link ComparisonField}, encoded as one number (mixed radix, in the order of the
 * fields) so that the model looks its weight up in a table. The levels are listed on
 * {@link ComparisonField}. Name parts take the best level over the records' spellings.
 */
final class RecordComparison {

	static final ComparisonField[] FIELDS = ComparisonField.values();

	/** The number of distinct comparison vectors. */
	static final int PATTERNS;

	private static final int[] STRIDES = new int[FIELDS.length];

	static {
		int stride = 1;
		for (int f = FIELDS.length - 1; f >= 0; f--) {
			STRIDES[f] = stride;
			stride *= FIELDS[f].levels().size();
		}
		PATTERNS = stride;
	}

	private static final int DIFFERENT = 1;

	private static final int CLOSE = 2;

	private static final int KEY = 3;

	private static final int EXACT = 4;

	private static final int SHIFTED = 2;

	private static final double CLOSE_SIMILARITY = 0.9;

	private static final int NEAR_YEARS = 2;

	private static final int FAR_YEARS = 5;

	private RecordComparison() {
	}

	/**
	 * The comparison vector of two records.
	 * @param a one record
	 * @param b the other
	 * @return the levels, encoded
	 */
	static int pattern(PreparedRecord a, PreparedRecord b) {
		int given = 0;
		int father = 0;
		int lineage = 0;
		for (NameToken[] x : a.names) {
			for (NameToken[] y : b.names) {
				given = Math.max(given, part(x[GIVEN], y[GIVEN]));
				father = Math.max(father, father(x, y));
				lineage = Math.max(lineage, lineage(x, y));
			}
		}
		int pattern = given * STRIDES[0] + father * STRIDES[1] + lineage * STRIDES[2];
		pattern += birthYear(a, b) * STRIDES[3];
		pattern += same(a.sex, b.sex) * STRIDES[4];
		pattern += same(a.origin, b.origin) * STRIDES[5];
		pattern += same(a.nationality, b.nationality) * STRIDES[6];
		return pattern + household(a.household, b.household) * STRIDES[7];
	}

	/**
	 * The level of one field in an encoded vector.
	 * @param pattern the vector
	 * @param field the field's ordinal
	 * @return its level
	 */
	static int level(int pattern, int field) {
		return (pattern / STRIDES[field]) % FIELDS[field].levels().size();
	}

	/**
	 * Compares two name words: missing, different, close (a typo), key (same skeleton),
	 * exact. Words of one script compare as folded words, across scripts as keys.
	 */
	static int part(NameToken a, NameToken b) {
		if (a == null || b == null) {
			return ComparisonField.MISSING;
		}
		if (a == b) {
			return EXACT;
		}
		if (a.key == b.key && !a.key.isEmpty()) {
			return KEY;
		}
		double similarity = (a.latin == b.latin) ? JaroWinkler.similarity(a.chars, b.chars)
				: JaroWinkler.similarity(a.keyChars, b.keyChars);
		return (similarity >= CLOSE_SIMILARITY) ? CLOSE : DIFFERENT;
	}

	private static int father(NameToken[] x, NameToken[] y) {
		int level = part(x[FATHER], y[FATHER]);
		if (level == DIFFERENT && (part(x[FATHER], y[GRANDFATHER]) >= KEY || part(x[GRANDFATHER], y[FATHER]) >= KEY)) {
			return SHIFTED;
		}
		return (level >= CLOSE) ? level + 1 : level;
	}

	/**
	 * Grandfather and family pooled: every part of the shorter lineage found in the other
	 * gives exact (at key level or better) or close; some found gives partial.
	 */
	private static int lineage(NameToken[] x, NameToken[] y) {
		int xs = count(x);
		int ys = count(y);
		if (xs == 0 || ys == 0) {
			return ComparisonField.MISSING;
		}
		NameToken[] shorter = (xs <= ys) ? x : y;
		NameToken[] longer = (xs <= ys) ? y : x;
		int worst = EXACT;
		int best = DIFFERENT;
		for (int i = GRANDFATHER; i <= FAMILY; i++) {
			if (shorter[i] != null) {
				int level = Math.max(part(shorter[i], longer[GRANDFATHER]), part(shorter[i], longer[FAMILY]));
				worst = Math.min(worst, level);
				best = Math.max(best, level);
			}
		}
		if (worst >= KEY) {
			return 4;
		}
		if (worst >= CLOSE) {
			return 3;
		}
		return (best >= CLOSE) ? 2 : 1;
	}

	private static int count(NameToken[] name) {
		return ((name[GRANDFATHER] != null) ? 1 : 0) + ((name[FAMILY] != null) ? 1 : 0);
	}

	private static int birthYear(PreparedRecord a, PreparedRecord b) {
		if (a.birthYear == PreparedRecord.NO_YEAR || b.birthYear == PreparedRecord.NO_YEAR) {
			return ComparisonField.MISSING;
		}
		int tolerance = Math.max(a.yearPrecision, b.yearPrecision);
		int difference = Math.abs(a.birthYear - b.birthYear);
		if (difference <= tolerance) {
			return 4;
		}
		if (difference <= tolerance + NEAR_YEARS) {
			return 3;
		}
		return (difference <= tolerance + FAR_YEARS) ? 2 : 1;
	}

	private static int same(int a, int b) {
		if (a == 0 || b == 0) {
			return ComparisonField.MISSING;
		}
		return (a == b) ? 2 : 1;
	}

	private static int same(String a, String b) {
		if (a == null || b == null) {
			return ComparisonField.MISSING;
		}
		return (a == b) ? 2 : 1;
	}

	private static int household(String[] a, String[] b) {
		if (a.length == 0 || b.length == 0) {
			return ComparisonField.MISSING;
		}
		int shared = 0;
		for (String x : a) {
			for (String y : b) {
				if (x == y) {
					shared++;
					break;
				}
			}
		}
		return Math.min(shared + 1, 3);
	}

}
