package org.marsad.tallies.internal;

import java.util.Arrays;
import java.util.UUID;

/**
 * Numbers identifiers 0, 1, 2… in the order first seen, and finds an identifier's number
 * again: an open-addressing hash table with linear probing over two {@code long} columns,
 * about 32 bytes per identifier instead of the 80 or so of a
 * {@code HashMap<UUID, Integer>} entry. Numbers are never taken back: a figure removed
 * keeps its number and gets it again if it comes back.
 */
final class UuidIndex {

	private static final int FREE = -1;

	private long[] high;

	private long[] low;

	private int[] table;

	private int size;

	UuidIndex(int expected) {
		int capacity = Math.max(16, expected);
		this.high = new long[capacity];
		this.low = new long[capacity];
		this.table = new int[tableSize(capacity)];
		Arrays.fill(this.table, FREE);
	}

	/** The number of an identifier, or -1. */
	int find(UUID id) {
		long h = id.getMostSignificantBits();
		long l = id.getLeastSignificantBits();
		int mask = this.table.length - 1;
		for (int i = hash(h, l) & mask;; i = (i + 1) & mask) {
			int n = this.table[i];
			if (n == FREE) {
				return -1;
			}
			if (this.high[n] == h && this.low[n] == l) {
				return n;
			}
		}
	}

	/** The number of an identifier, given the next one if new. */
	int add(UUID id) {
		int found = find(id);
		if (found >= 0) {
			return found;
		}
		if (this.size == this.high.length) {
			int capacity = this.size + (this.size >> 1);
			this.high = Arrays.copyOf(this.high, capacity);
			this.low = Arrays.copyOf(this.low, capacity);
		}
		if ((this.size + 1) * 2 > this.table.length) {
			rehash(this.table.length * 2);
		}
		int n = this.size++;
		this.high[n] = id.getMostSignificantBits();
		this.low[n] = id.getLeastSignificantBits();
		place(n);
		return n;
	}

	UUID get(int n) {
		return new UUID(this.high[n], this.low[n]);
	}

	int size() {
		return this.size;
	}

	/** The bytes of the arrays held. */
	long bytes() {
		return 16L * this.high.length + 4L * this.table.length;
	}

	private void rehash(int length) {
		this.table = new int[length];
		Arrays.fill(this.table, FREE);
		for (int n = 0; n < this.size; n++) {
			place(n);
		}
	}

	private void place(int n) {
		int mask = this.table.length - 1;
		int i = hash(this.high[n], this.low[n]) & mask;
		while (this.table[i] != FREE) {
			i = (i + 1) & mask;
		}
		this.table[i] = n;
	}

	/** The finaliser of MurmurHash3 (Appleby), over both halves. */
	private static int hash(long high, long low) {
		long h = high * 31 + low;
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		h *= 0xc4ceb9fe1a85ec53L;
		h ^= h >>> 33;
		return (int) h;
	}

	private static int tableSize(int capacity) {
		return Integer.highestOneBit(Math.max(capacity, 8) * 4 - 1);
	}

}
