package org.marsad.persons.linkage;

/**
 * The Jaro–Winkler similarity of two words (Jaro, "Advances in record-linkage methodology
 * as applied to matching the 1985 census of Tampa, Florida", JASA 84, 1989; Winkler,
 * "String comparator metrics and enhanced decision rules in the Fellegi-Sunter model of
 * record linkage", 1990): the share of common characters within a window, discounted for
 * transpositions, raised for a common prefix of up to four characters. Allocation-free
 * for words of up to 64 characters.
 */
final class JaroWinkler {

	private static final int MAX_FLAGGED = 64;

	private static final int PREFIX = 4;

	private static final double PREFIX_SCALE = 0.1;

	private JaroWinkler() {
	}

	/**
	 * The similarity of two words.
	 * @param a one word
	 * @param b the other
	 * @return 1 for equal words, 0 for words with nothing in common
	 */
	static double similarity(char[] a, char[] b) {
		if (a.length == 0 || b.length == 0) {
			return 0;
		}
		if (a.length > MAX_FLAGGED || b.length > MAX_FLAGGED) {
			return java.util.Arrays.equals(a, b) ? 1 : 0;
		}
		int window = Math.max(0, Math.max(a.length, b.length) / 2 - 1);
		long flagsA = 0;
		long flagsB = 0;
		int common = 0;
		for (int i = 0; i < a.length; i++) {
			int from = Math.max(0, i - window);
			int to = Math.min(b.length - 1, i + window);
			for (int j = from; j <= to; j++) {
				if ((flagsB & (1L << j)) == 0 && a[i] == b[j]) {
					flagsA |= 1L << i;
					flagsB |= 1L << j;
					common++;
					break;
				}
			}
		}
		if (common == 0) {
			return 0;
		}
		int transposed = 0;
		int j = 0;
		for (int i = 0; i < a.length; i++) {
			if ((flagsA & (1L << i)) != 0) {
				while ((flagsB & (1L << j)) == 0) {
					j++;
				}
				if (a[i] != b[j]) {
					transposed++;
				}
				j++;
			}
		}
		double m = common;
		double jaro = (m / a.length + m / b.length + (m - transposed / 2.0) / m) / 3;
		int prefix = 0;
		int limit = Math.min(PREFIX, Math.min(a.length, b.length));
		while (prefix < limit && a[prefix] == b[prefix]) {
			prefix++;
		}
		return jaro + prefix * PREFIX_SCALE * (1 - jaro);
	}

}
