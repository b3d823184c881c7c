package org.marsad.persons.linkage;

/**
 * Whether two words are at most one typing error apart: a letter replaced, dropped or
 * added, or two neighbouring letters swapped (optimal string alignment distance of at
 * most 1, after Damerau, "A technique for computer detection and correction of spelling
 * errors", CACM 7, 1964). Linear in the length of the words.
 */
final class OneEdit {

	private OneEdit() {
	}

	static boolean apart(char[] a, char[] b) {
		char[] longer = (a.length >= b.length) ? a : b;
		char[] shorter = (a.length >= b.length) ? b : a;
		if (longer.length - shorter.length > 1) {
			return false;
		}
		int i = 0;
		while (i < shorter.length && shorter[i] == longer[i]) {
			i++;
		}
		if (i == shorter.length) {
			return true;
		}
		if (longer.length != shorter.length) {
			return same(shorter, i, longer, i + 1);
		}
		if (same(shorter, i + 1, longer, i + 1)) {
			return true;
		}
		return i + 1 < shorter.length && shorter[i] == longer[i + 1] && shorter[i + 1] == longer[i]
				&& same(shorter, i + 2, longer, i + 2);
	}

	private static boolean same(char[] a, int from, char[] b, int fromB) {
		if (a.length - from != b.length - fromB) {
			return false;
		}
		for (int k = 0; k < a.length - from; k++) {
			if (a[from + k] != b[fromB + k]) {
				return false;
			}
		}
		return true;
	}

}
