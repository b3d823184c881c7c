package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks of an index: for each blocking key, the slots of the records that have it,
 * in the order they were added. Removed records leave their slot behind until the slot is
 * read; readers skip empty slots.
 */
final class Blocks {

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
