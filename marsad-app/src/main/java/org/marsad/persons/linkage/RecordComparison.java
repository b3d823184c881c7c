package org.marsad.persons.linkage;

import static org.marsad.persons.linkage.NameComparison.DIFFERENT;
import static org.marsad.persons.linkage.NameComparison.KEY;
import static org.marsad.persons.linkage.NameComparison.CLOSE;
import static org.marsad.persons.linkage.PreparedRecord.FAMILY;
import static org.marsad.persons.linkage.PreparedRecord.GIVEN;

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
				given = Math.max(given, NameComparison.given(x[GIVEN], y[GIVEN]));
				father = Math.max(father, NameComparison.father(x, y));
				lineage = Math.max(lineage, NameComparison.lineage(x, y));
			}
		}
		int pattern = given * STRIDES[0] + father * STRIDES[1] + lineage * STRIDES[2];
		pattern += birthYear(a, b) * STRIDES[3];
		pattern += same(a.sex, b.sex) * STRIDES[4];
		pattern += same(a.origin, b.origin) * STRIDES[5];
		pattern += same(a.nationality, b.nationality) * STRIDES[6];
		return pattern + household(a, b) * STRIDES[7];
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
	 * Whether two records can be the same person by the fields that are not names: birth
	 * years within their precision and {@value #FAR_YEARS} more years, and sex, origin
	 * and nationality, each equal or unknown in either record.
	 * @param a one record
	 * @param b the other
	 * @return false when one of these fields disagrees
	 */
	static boolean compatible(PreparedRecord a, PreparedRecord b) {
		return birthYear(a, b) != DIFFERENT && same(a.sex, b.sex) != DIFFERENT && same(a.origin, b.origin) != DIFFERENT
				&& same(a.nationality, b.nationality) != DIFFERENT;
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

	private static int household(PreparedRecord a, PreparedRecord b) {
		if (lists(a.household, b) || lists(b.household, a)) {
			return 1;
		}
		if (a.household.length == 0 || b.household.length == 0) {
			return ComparisonField.MISSING;
		}
		int shared = 0;
		for (NameToken[] x : a.household) {
			for (NameToken[] y : b.household) {
				if (sameMember(x[0], x[1], y[0], y[1])) {
					shared++;
					break;
				}
			}
		}
		return Math.min(shared + 2, 4);
	}

	/**
	 * Whether a household list names the given name of the other record, with its family
	 * name when both are written: a brother, a sister, a parent, not the same person.
	 */
	private static boolean lists(NameToken[][] household, PreparedRecord other) {
		for (NameToken[] member : household) {
			for (NameToken[] name : other.names) {
				if (sameMember(member[0], member[1], name[GIVEN], name[FAMILY])) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Two household members are the same when their given names agree at key level and
	 * their family names, where both are written, at least closely: «علي» of another
	 * family in the other list is somebody else.
	 */
	private static boolean sameMember(NameToken given, NameToken family, NameToken otherGiven, NameToken otherFamily) {
		if (NameComparison.part(given, otherGiven) < KEY) {
			return false;
		}
		return family == null || otherFamily == null || NameComparison.part(family, otherFamily) >= CLOSE;
	}

}
