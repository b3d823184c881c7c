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
 * <li>given name and grandfather, given name and family name: hold when a source drops or
 * swaps the father, or misspells it;</li>
 * <li>father and grandfather, father and family name: hold when the given name is
 * misspelled.</li>
 * <li>given name with father and grandfather taken in the order of their keys: holds when
 * a source swaps the two; and the same two with the family name, when the given name is
 * misspelled too;</li>
 * <li>for a name of given name and father only, given name and father also as a pair of
 * given name and lineage: the other record may have put that father as grandfather.</li>
 * <li>given name with the first two letters of the father's key, and father's name with
 * the first two letters of the given name's key: hold when the other part is misspelled
 * and the lineage is missing or misspelled too (a typing error seldom hits the first
 * letter).</li>
 * </ul>
 * Grandfather and family each make keys of their own, so that a record that lost its
 * family name still meets one that lost its grandfather. Keys are 64-bit hashes (FNV-1a,
 * then the SplitMix64 finaliser); a collision only adds comparisons.
 */
final class BlockingKeys {

	static final int GIVEN_FATHER = 1;

	/**
	 * Given name with grandfather or with family: one type, as a three-part name does not
	 * say which its last part is.
	 */
	static final int GIVEN_LINEAGE = 2;

	static final int FATHER_LINEAGE = 3;

	/** Given name with the first letters of the father's key, and the reverse. */
	static final int GIVEN_FATHER_PREFIX = 4;

	static final int GIVEN_PREFIX_FATHER = 5;

	/**
	 * Given name with father and grandfather in the order of their keys: holds when a
	 * source swaps the two and drops the family name.
	 */
	static final int GIVEN_ANCESTORS = 6;

	/**
	 * Father and grandfather in the order of their keys with the family name: holds when
	 * a source swaps the two and the given name is misspelled.
	 */
	static final int ANCESTORS_FAMILY = 7;

	private static final int KEYS_PER_NAME = 10;

	/** Letters of a key kept in a prefix key. */
	private static final int PREFIX = 2;

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private static final char SEPARATOR = '|';

	private BlockingKeys() {
	}

	static long[] of(NameToken[][] names) {
		long[] keys = new long[KEYS_PER_NAME * names.length];
		int count = 0;
		for (NameToken[] name : names) {
			NameToken given = name[PreparedRecord.GIVEN];
			NameToken father = name[PreparedRecord.FATHER];
			NameToken grandfather = name[PreparedRecord.GRANDFATHER];
			NameToken family = name[PreparedRecord.FAMILY];
			count = add(keys, count, GIVEN_FATHER, given, father);
			count = add(keys, count, GIVEN_LINEAGE, given, grandfather);
			count = add(keys, count, GIVEN_LINEAGE, given, family);
			count = add(keys, count, FATHER_LINEAGE, father, grandfather);
			count = add(keys, count, FATHER_LINEAGE, father, family);
			count = add(keys, count, GIVEN_FATHER_PREFIX, given, father, PREFIX);
			count = add(keys, count, GIVEN_PREFIX_FATHER, father, given, PREFIX);
			count = addAncestors(keys, count, GIVEN_ANCESTORS, given, father, grandfather);
			count = addAncestors(keys, count, ANCESTORS_FAMILY, family, father, grandfather);
			if (grandfather == null && family == null) {
				count = add(keys, count, GIVEN_LINEAGE, given, father);
			}
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
		return add(keys, count, type, first, second, Integer.MAX_VALUE);
	}

	/**
	 * Adds the key of two parts, the second cut to its first {@code letters} letters.
	 */
	private static int add(long[] keys, int count, int type, NameToken first, NameToken second, int letters) {
		if (first == null || second == null || first.key.isEmpty() || second.key.isEmpty()) {
			return count;
		}
		long hash = FNV_OFFSET ^ type;
		hash = mix(hash, first.key, first.key.length());
		hash = (hash ^ SEPARATOR) * FNV_PRIME;
		hash = mix(hash, second.key, Math.min(letters, second.key.length()));
		long key = finish(hash);
		keys[count] = (key != 0) ? key : 1;
		return count + 1;
	}

	/**
	 * Adds the key of a name part with father and grandfather, the two in the order of
	 * their keys.
	 */
	private static int addAncestors(long[] keys, int count, int type, NameToken other, NameToken father,
			NameToken grandfather) {
		if (other == null || father == null || grandfather == null || other.key.isEmpty() || father.key.isEmpty()
				|| grandfather.key.isEmpty()) {
			return count;
		}
		boolean ordered = father.key.compareTo(grandfather.key) <= 0;
		String first = ordered ? father.key : grandfather.key;
		String second = ordered ? grandfather.key : father.key;
		long hash = FNV_OFFSET ^ type;
		hash = mix(hash, other.key, other.key.length());
		hash = (hash ^ SEPARATOR) * FNV_PRIME;
		hash = mix(hash, first, first.length());
		hash = (hash ^ SEPARATOR) * FNV_PRIME;
		hash = mix(hash, second, second.length());
		long key = finish(hash);
		keys[count] = (key != 0) ? key : 1;
		return count + 1;
	}

	private static long mix(long hash, String text, int length) {
		long h = hash;
		for (int i = 0; i < length; i++) {
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
