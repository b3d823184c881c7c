package org.marsad.persons.linkage;

import static org.marsad.persons.linkage.NameComparison.EXACT;
import static org.marsad.persons.linkage.NameComparison.KEY;
import static org.marsad.persons.linkage.NameComparison.SHIFTED;
import static org.marsad.persons.linkage.NameComparison.lineage;
import static org.marsad.persons.linkage.NameComparison.part;
import static org.marsad.persons.linkage.PreparedRecord.FAMILY;
import static org.marsad.persons.linkage.PreparedRecord.FATHER;
import static org.marsad.persons.linkage.PreparedRecord.GIVEN;
import static org.marsad.persons.linkage.PreparedRecord.GRANDFATHER;

/**
 * The value-specific part of a pair's weight (Winkler 1989): agreeing on a rare name says
 * more than agreeing on «محمد». Read from {@link ValueFrequencies} for the name fields a
 * comparison vector says agree.
 */
final class ValueSpecificWeight {

	/** The given name's level from which it agrees at key level or better. */
	private static final int GIVEN_KEY = 4;

	private ValueSpecificWeight() {
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
	static double of(PreparedRecord a, PreparedRecord b, int pattern, ValueFrequencies frequencies, double[] byField) {
		double given = 0;
		double father = 0;
		double lineage = 0;
		if (RecordComparison.level(pattern, ComparisonField.GIVEN.ordinal()) >= GIVEN_KEY) {
			given = agreed(a, b, GIVEN, ValueFrequencies.GIVEN, frequencies);
		}
		int fatherLevel = RecordComparison.level(pattern, ComparisonField.FATHER.ordinal());
		if (fatherLevel > KEY) {
			father = agreed(a, b, FATHER, ValueFrequencies.FATHER, frequencies);
		}
		else if (fatherLevel == SHIFTED) {
			father = shifted(a, b, frequencies);
		}
		if (RecordComparison.level(pattern, ComparisonField.LINEAGE.ordinal()) == EXACT) {
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

}
