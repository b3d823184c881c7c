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

	private static final int ONE_EDIT = 2;

	private static final int GIVEN_KEY = 4;

	private static final double CLOSE_SIMILARITY = 0.9;

	private static final int MIN_EDITED = 4;

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
				given = Math.max(given, given(x[GIVEN], y[GIVEN]));
				father = Math.max(father, father(x, y));
				lineage = Math.max(lineage, lineage(x, y));
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
	 * Compares two name words: missing, different, close (Jaro–Winkler of at least 0.9, a
	 * typo), key (the same consonant skeleton in another script or another Latin
	 * spelling), exact. Two Arabic spellings never compare at key level: the skeleton
	 * drops the long vowels and merges emphatic letters, so «محمد» and «محمود» or «قدرة»
	 * and «كتري» share one; Arabic words compare as folded words only.
	 */
	static int part(NameToken a, NameToken b) {
		if (a == null || b == null) {
			return ComparisonField.MISSING;
		}
		if (a == b) {
			return EXACT;
		}
		boolean arabic = !a.latin && !b.latin;
		if (!arabic && a.key == b.key && !a.key.isEmpty()) {
			return KEY;
		}
		double similarity = (a.latin == b.latin) ? JaroWinkler.similarity(a.chars, b.chars)
				: JaroWinkler.similarity(a.keyChars, b.keyChars);
		return (similarity >= CLOSE_SIMILARITY) ? CLOSE : DIFFERENT;
	}

	/** Given names: the levels of {@link #part}, one up, with one_edit below close. */
	private static int given(NameToken a, NameToken b) {
		int level = part(a, b);
		if (level != DIFFERENT) {
			return (level >= CLOSE) ? level + 1 : level;
		}
		return (a.latin == b.latin && OneEdit.apart(a.chars, b.chars)) ? ONE_EDIT : DIFFERENT;
	}

	/**
	 * Fathers' names: the levels of {@link #part}, one up, with one typing error counted
	 * as close; shifted below close when one record's father is the other's grandfather.
	 */
	private static int father(NameToken[] x, NameToken[] y) {
		int level = part(x[FATHER], y[FATHER]);
		if (level == DIFFERENT && x[FATHER].latin == y[FATHER].latin
				&& OneEdit.apart(x[FATHER].chars, y[FATHER].chars)) {
			level = CLOSE;
		}
		if (level == DIFFERENT && (part(x[FATHER], y[GRANDFATHER]) >= KEY || part(x[GRANDFATHER], y[FATHER]) >= KEY)) {
			return SHIFTED;
		}
		return (level >= CLOSE) ? level + 1 : level;
	}

	/**
	 * Grandfather and family pooled: every part of the shorter lineage found among the
	 * other's grandfather and family gives exact (at key level or better) or close; some
	 * found gives partial. The shorter lineage's grandfather is also looked for as the
	 * other's father, since a source may swap father and grandfather. A lone grandfather
	 * against a lone family name compares nothing (missing) unless they agree: one record
	 * lost one part and the other the other.
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
				int level = found(shorter[i], longer, i == GRANDFATHER);
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
		if (best >= CLOSE) {
			return 2;
		}
		boolean disjoint = xs == 1 && ys == 1 && (x[FAMILY] == null) != (y[FAMILY] == null);
		return disjoint ? ComparisonField.MISSING : 1;
	}

	private static int found(NameToken part, NameToken[] longer, boolean asFather) {
		int level = Math.max(lineagePart(part, longer[GRANDFATHER]), lineagePart(part, longer[FAMILY]));
		return asFather ? Math.max(level, lineagePart(part, longer[FATHER])) : level;
	}

	/**
	 * A lineage part compares as a name word, and also as close when one typing error (a
	 * letter replaced, dropped, added or two swapped) separates two words of four letters
	 * or more: Jaro–Winkler falls under 0.9 for an error in the middle of a short word
	 * («كملات», «كمهات»). Not for given names, where it would take «حسن» and «حسين», two
	 * brothers, for one name. Across scripts the keys are compared so («Malak», «لاملك»).
	 * An error in the article of a family name («لامسالمه») kept the article on: the word
	 * with «ال» put back is then one error from the other.
	 */
	private static int lineagePart(NameToken a, NameToken b) {
		int level = part(a, b);
		if (level != DIFFERENT) {
			return level;
		}
		if (a.latin != b.latin) {
			return (Math.max(a.keyChars.length, b.keyChars.length) >= MIN_EDITED
					&& OneEdit.apart(a.keyChars, b.keyChars)) ? CLOSE : level;
		}
		if (Math.max(a.chars.length, b.chars.length) >= MIN_EDITED && OneEdit.apart(a.chars, b.chars)) {
			return CLOSE;
		}
		boolean article = !a.latin && (OneEdit.apart(a.withArticle, b.chars) || OneEdit.apart(a.chars, b.withArticle));
		return article ? CLOSE : level;
	}

	/**
	 * The value-specific part of a pair's weight ({@link ValueFrequencies}): for a given
	 * name, a father's name (also when shifted) and a lineage that agree at key level or
	 * better, how much rarer or commoner than average the agreeing word is. For the
	 * lineage, the rarest agreeing part counts.
	 * @param a one record
	 * @param b the other
	 * @param pattern their comparison vector
	 * @param frequencies the words' frequencies among the indexed records
	 * @param byField receives the adjustment of given name, father and lineage, in that
	 * order, or null
	 * @return bits to add to the pattern's weight
	 */
	static double adjustment(PreparedRecord a, PreparedRecord b, int pattern, ValueFrequencies frequencies,
			double[] byField) {
		double given = 0;
		double father = 0;
		double lineage = 0;
		if (level(pattern, ComparisonField.GIVEN.ordinal()) >= GIVEN_KEY) {
			given = agreed(a, b, GIVEN, ValueFrequencies.GIVEN, frequencies);
		}
		int fatherLevel = level(pattern, ComparisonField.FATHER.ordinal());
		if (fatherLevel > KEY) {
			father = agreed(a, b, FATHER, ValueFrequencies.FATHER, frequencies);
		}
		else if (fatherLevel == SHIFTED) {
			father = shifted(a, b, frequencies);
		}
		if (level(pattern, ComparisonField.LINEAGE.ordinal()) == EXACT) {
			lineage = lineageAdjustment(a, b, frequencies);
		}
		if (byField != null) {
			byField[0] = given;
			byField[1] = father;
			byField[2] = lineage;
		}
		return given + father + lineage;
	}

	private static double agreed(PreparedRecord a, PreparedRecord b, int part, int role, ValueFrequencies frequencies) {
		for (NameToken[] x : a.names) {
			for (NameToken[] y : b.names) {
				if (part(x[part], y[part]) >= KEY) {
					return frequencies.adjustment(role, x[part], y[part]);
				}
			}
		}
		return 0;
	}

	/** The adjustment of a father's name found as the other's grandfather. */
	private static double shifted(PreparedRecord a, PreparedRecord b, ValueFrequencies frequencies) {
		for (NameToken[] x : a.names) {
			for (NameToken[] y : b.names) {
				if (part(x[FATHER], y[GRANDFATHER]) >= KEY) {
					return frequencies.adjustment(ValueFrequencies.FATHER, x[FATHER], y[GRANDFATHER]);
				}
				if (part(x[GRANDFATHER], y[FATHER]) >= KEY) {
					return frequencies.adjustment(ValueFrequencies.FATHER, x[GRANDFATHER], y[FATHER]);
				}
			}
		}
		return 0;
	}

	private static double lineageAdjustment(PreparedRecord a, PreparedRecord b, ValueFrequencies frequencies) {
		for (NameToken[] x : a.names) {
			for (NameToken[] y : b.names) {
				if (lineage(x, y) == EXACT) {
					return rarestAgreement(x, y, frequencies);
				}
			}
		}
		return 0;
	}

	private static double rarestAgreement(NameToken[] x, NameToken[] y, ValueFrequencies frequencies) {
		double rarest = -ValueFrequencies.CAP;
		for (int i = GRANDFATHER; i <= FAMILY; i++) {
			for (int j = FATHER; j <= FAMILY; j++) {
				if (x[i] != null && y[j] != null && part(x[i], y[j]) >= KEY) {
					rarest = Math.max(rarest, frequencies.adjustment(ValueFrequencies.LINEAGE, x[i], y[j]));
				}
			}
		}
		return rarest;
	}

	private static int count(NameToken[] name) {
		return ((name[GRANDFATHER] != null) ? 1 : 0) + ((name[FAMILY] != null) ? 1 : 0);
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
		if (part(given, otherGiven) < KEY) {
			return false;
		}
		return family == null || otherFamily == null || part(family, otherFamily) >= CLOSE;
	}

}
