package org.marsad.persons.linkage;

import java.util.Arrays;

/**
 * The blocking keys of a record: only records that share a key are compared.
 *
 * <p>
 * Each key joins the transliteration keys of two name parts, so that Arabic and Latin
 * spellings, hamza and alef forms and teh marbuta fall into the same block, and so that a
 * corrupted part leaves the other keys intact:
 * <ul>
 * <li>given name and father's name;</li>
 * <li>given name and the last part of the lineage (family name, or the grandfather when
 * there is none): holds when a source drops or swaps the father;</li>
 * <li>father's name and the last part of the lineage: holds when the given name is
 * misspelled.</li>
 * </ul>
 * Keys are 64-bit hashes (FNV-1a, then the SplitMix64 finaliser); a collision only adds
 * comparisons.
 */
final class BlockingKeys {

	static final int GIVEN_FATHER = 1;

	static final int GIVEN_LINEAGE = 2;

	static final int FATHER_LINEAGE = 3;

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private static final char SEPARATOR = '|';

	private BlockingKeys() {
	}

	static long[] of(NameToken[][] names) {
		long[] keys = new long[3 * names.length];
		int count = 0;
		for (NameToken[] name : names) {
			NameToken given = name[PreparedRecord.GIVEN];
			NameToken father = name[PreparedRecord.FATHER];
			NameToken last = (name[PreparedRecord.FAMILY] != null) ? name[PreparedRecord.FAMILY]
					: name[PreparedRecord.GRANDFATHER];
			count = add(keys, count, GIVEN_FATHER, given, father);
			count = add(keys, count, GIVEN_LINEAGE, given, last);
			count = add(keys, count, FATHER_LINEAGE, father, last);
		}
		long[] sorted = Arrays.copyOf(keys, count);
		Arrays.sort(sorted);
		int distinct = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || sorted[i] != sorted[i - 1]) {
				sorted[distinct++] = sorted[i];
			}
		}
		return Arrays.copyOf(sorted, distinct);
	}

	/**
	 * The smallest key two records share, so that a pair found in several blocks is
	 * compared once: in the block of that key.
	 * @param a sorted keys
	 * @param b sorted keys
	 * @return the smallest shared key, or 0 when there is none (0 is never a key)
	 */
	static long firstShared(long[] a, long[] b) {
		int i = 0;
		int j = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				return a[i];
			}
			if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return 0;
	}

	private static int add(long[] keys, int count, int type, NameToken first, NameToken second) {
		if (first == null || second == null || first.key.isEmpty() || second.key.isEmpty()) {
			return count;
		}
		long hash = FNV_OFFSET ^ type;
		hash = mix(hash, first.key);
		hash = (hash ^ SEPARATOR) * FNV_PRIME;
		hash = mix(hash, second.key);
		long key = finish(hash);
		keys[count] = (key != 0) ? key : 1;
		return count + 1;
	}

	private static long mix(long hash, String text) {
		long h = hash;
		for (int i = 0; i < text.length(); i++) {
			h = (h ^ text.charAt(i)) * FNV_PRIME;
		}
		return h;
	}

	private static long finish(long hash) {
		long z = hash;
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

}
