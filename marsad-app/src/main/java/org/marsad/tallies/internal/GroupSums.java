package org.marsad.tallies.internal;

import java.util.Arrays;

/**
 * Sums of figures by group, for {@link ColumnScan}: an open-addressing hash table with
 * linear probing from a key of two {@code long}s to a group number, and the seven sums of
 * a {@link Contribution} as columns by group number. Sums are exact: one beyond 64 bits
 * is not held ({@link NotHeld}).
 */
final class GroupSums {

	private static final int FREE = -1;

	private int[] table = new int[1024];

	long[] first = new long[256];

	long[] second = new long[256];

	long[] count = new long[256];

	long[] low = new long[256];

	long[] best = new long[256];

	long[] high = new long[256];

	long[] openHighs = new long[256];

	long[] lowExclusives = new long[256];

	long[] highExclusives = new long[256];

	private int size;

	GroupSums() {
		Arrays.fill(this.table, FREE);
	}

	int size() {
		return this.size;
	}

	/**
	 * Adds one figure to its group.
	 * @param first the first half of the group's key
	 * @param second the second half
	 * @param low its low, 0 when none
	 * @param best its best, else its low, else 0
	 * @param high its high, 0 when none
	 * @param flags 1 open high, 2 exclusive low, 4 exclusive high
	 */
	void add(long first, long second, long low, long best, long high, int flags) {
		int g = group(first, second);
		try {
			this.count[g]++;
			this.low[g] = Math.addExact(this.low[g], low);
			this.best[g] = Math.addExact(this.best[g], best);
			this.high[g] = Math.addExact(this.high[g], high);
		}
		catch (ArithmeticException ex) {
			throw new NotHeld("a sum beyond 64 bits of ten-thousandths");
		}
		this.openHighs[g] += flags & 1;
		this.lowExclusives[g] += (flags >> 1) & 1;
		this.highExclusives[g] += (flags >> 2) & 1;
	}

	/** The sums of a group, as a contribution. */
	Contribution contribution(int g) {
		return new Contribution(this.count[g], FigureColumns.decimal(this.low[g]), FigureColumns.decimal(this.best[g]),
				FigureColumns.decimal(this.high[g]), this.openHighs[g], this.lowExclusives[g], this.highExclusives[g]);
	}

	private int group(long first, long second) {
		int mask = this.table.length - 1;
		int i = hash(first, second) & mask;
		while (true) {
			int g = this.table[i];
			if (g == FREE) {
				return added(i, first, second);
			}
			if (this.first[g] == first && this.second[g] == second) {
				return g;
			}
			i = (i + 1) & mask;
		}
	}

	private int added(int slot, long first, long second) {
		int g = this.size++;
		if (g == this.first.length) {
			grow(g * 2);
		}
		this.first[g] = first;
		this.second[g] = second;
		this.table[slot] = g;
		if (this.size * 2 > this.table.length) {
			rehash();
		}
		return g;
	}

	private void rehash() {
		this.table = new int[this.table.length * 2];
		Arrays.fill(this.table, FREE);
		int mask = this.table.length - 1;
		for (int g = 0; g < this.size; g++) {
			int i = hash(this.first[g], this.second[g]) & mask;
			while (this.table[i] != FREE) {
				i = (i + 1) & mask;
			}
			this.table[i] = g;
		}
	}

	private void grow(int capacity) {
		this.first = Arrays.copyOf(this.first, capacity);
		this.second = Arrays.copyOf(this.second, capacity);
		this.count = Arrays.copyOf(this.count, capacity);
		this.low = Arrays.copyOf(this.low, capacity);
		this.best = Arrays.copyOf(this.best, capacity);
		this.high = Arrays.copyOf(this.high, capacity);
		this.openHighs = Arrays.copyOf(this.openHighs, capacity);
		this.lowExclusives = Arrays.copyOf(this.lowExclusives, capacity);
		this.highExclusives = Arrays.copyOf(this.highExclusives, capacity);
	}

	/** The finaliser of MurmurHash3 (Appleby), over both halves. */
	private static int hash(long first, long second) {
		long h = first * 0x9E3779B97F4A7C15L + second;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return (int) h;
	}

}
