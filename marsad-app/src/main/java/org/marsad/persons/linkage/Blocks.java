package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks of an index: for each blocking key, the slots of the records that have it,
 * in the order they were added. Removed records leave their slot behind until the slot is
 * read; readers skip empty slots.
 *
 * <p>
 * A pair is compared once, in the block of the smallest key the two records share. In a
 * block of more than {@value #LARGE} records («محمد» son of «أحمد» in a large registry) a
 * pair is compared only when {@link RecordComparison#compatible} holds: birth years, sex,
 * origin and nationality agree or are unknown. The pairs left out are those whose weight
 * one of these disagreements already puts many bits below review (their m is close to 0),
 * A large block still visits all its pairs, but scores only the compatible ones: at
 * 100,000 generated records 4.9 million pairs are scored instead of 13.7 million
 * (docs/BENCHMARKS.md).
 */
final class Blocks {

	/** The size from which a block compares only compatible pairs. */
	static final int LARGE = 100;

	private final Map<Long, Block> blocks = new HashMap<>();

	void add(long key, int slot) {
		this.blocks.computeIfAbsent(key, (k) -> new Block(key)).add(slot);
	}

	Block get(long key) {
		return this.blocks.get(key);
	}

	List<Block> all() {
		return new ArrayList<>(this.blocks.values());
	}

	int size() {
		return this.blocks.size();
	}

	/**
	 * Whether a pair of records sharing a block is compared in it.
	 * @param block the block
	 * @param a one record of it
	 * @param b another
	 * @return true when the block holds the smallest key they share and, for a large
	 * block, the two are compatible
	 */
	static boolean compares(Block block, PreparedRecord a, PreparedRecord b) {
		return BlockingKeys.firstShared(a.blockKeys, b.blockKeys) == block.key
				&& (block.size <= LARGE || RecordComparison.compatible(a, b));
	}

	/** The slots of one key. */
	static final class Block {

		final long key;

		int[] slots = new int[2];

		int size;

		Block(long key) {
			this.key = key;
		}

		void add(int slot) {
			if (this.size == this.slots.length) {
				this.slots = java.util.Arrays.copyOf(this.slots, this.size * 2);
			}
			this.slots[this.size++] = slot;
		}

		long pairs() {
			return (long) this.size * (this.size - 1) / 2;
		}

	}

}
