package org.marsad.text.normalize;

/**
 * The arithmetic of {@link String#hashCode()} over parts of a text: the hash of the end
 * of a range is the range's hash less its stripped start's, shifted by the end's length,
 * and the hash of a prefixed range is the prefix's hash shifted by the range's length
 * plus the range's hash (all modulo 2<sup>32</sup>, as Java's int arithmetic is).
 */
public final class RangeHash {

	private static final int TABLED = 64;

	private static final int[] POWERS = powers();

	private RangeHash() {
	}

	private static int[] powers() {
		int[] powers = new int[TABLED];
		int power = 1;
		for (int i = 0; i < TABLED; i++) {
			powers[i] = power;
			power *= 31;
		}
		return powers;
	}

	/**
	 * Spreads a string hash over all bits before it is masked to a slot of an
	 * open-addressing table: words that share all but their last letters have hashes that
	 * differ only in the low bits, which would otherwise fill neighbouring slots and make
	 * every miss walk a long run (Fibonacci hashing, Knuth, TAOCP vol. 3, 6.4).
	 * @param hash a string hash
	 * @return the spread hash
	 */
	public static int spread(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}

	/**
	 * 31 to a power, modulo 2<sup>32</sup>.
	 * @param exponent a length, at least 0
	 * @return the power
	 */
	public static int power(int exponent) {
		if (exponent < TABLED) {
			return POWERS[exponent];
		}
		int power = POWERS[TABLED - 1];
		for (int i = TABLED - 1; i < exponent; i++) {
			power *= 31;
		}
		return power;
	}

	/**
	 * The hash of a string followed by a range whose hash and length are known.
	 * @param prefix the string before the range
	 * @param rangeHash the hash of the range
	 * @param rangeLength the length of the range
	 * @return the hash of the whole
	 */
	public static int prefixed(String prefix, int rangeHash, int rangeLength) {
		if (prefix.isEmpty()) {
			return rangeHash;
		}
		return prefix.hashCode() * power(rangeLength) + rangeHash;
	}

	/**
	 * The hash of the end of a range, from the hash of the whole range: the units before
	 * {@code from} are read again, and nothing else.
	 * @param rangeHash the hash of {@code units[start, end)}
	 * @param units the text
	 * @param start start of the range
	 * @param from start of its end, between {@code start} and {@code end}
	 * @param end exclusive end of the range
	 * @return the hash of {@code units[from, end)}
	 */
	public static int suffix(int rangeHash, char[] units, int start, int from, int end) {
		int stripped = 0;
		for (int i = start; i < from; i++) {
			stripped = 31 * stripped + units[i];
		}
		return rangeHash - stripped * power(end - from);
	}

}
