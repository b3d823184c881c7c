package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Scores every blocked pair once, in parallel. Blocks are cut into slices of rows with
 * about the same number of pairs, so that one large block («محمد» son of «أحمد») does not
 * keep one thread busy while the others wait.
 */
final class PairScan {

	private static final long PAIRS_PER_SLICE = 250_000;

	private final PreparedRecord[] records;

	private final LinkageModel model;

	private final ValueFrequencies frequencies;

	private final LongAdder compared = new LongAdder();

	private final LongAdder matches = new LongAdder();

	private final LongAdder reviews = new LongAdder();

	/** Whether a pair is compared only in the block of the smallest key it shares. */
	private final boolean blocked;

	PairScan(PreparedRecord[] records, LinkageModel model, ValueFrequencies frequencies, boolean blocked) {
		this.records = records;
		this.model = model;
		this.frequencies = frequencies;
		this.blocked = blocked;
	}

	PairingSummary run(List<Blocks.Block> blocks, int threads, Consumer<LinkedPair> consumer, long size) {
		List<Slice> slices = slices(blocks);
		ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
		try {
			pool.submit(() -> slices.parallelStream().forEach((slice) -> scan(slice, consumer))).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("pair scan interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("pair scan failed", ex.getCause());
		}
		finally {
			pool.shutdown();
		}
		return new PairingSummary(size, this.compared.sum(), this.matches.sum(), this.reviews.sum());
	}

	private static List<Slice> slices(List<Blocks.Block> blocks) {
		List<Slice> slices = new ArrayList<>();
		Blocks.Block[] batch = new Blocks.Block[0];
		List<Blocks.Block> small = new ArrayList<>();
		long smallPairs = 0;
		for (Blocks.Block block : blocks) {
			if (block.size < 2) {
				continue;
			}
			if (block.pairs() < PAIRS_PER_SLICE) {
				small.add(block);
				smallPairs += block.pairs();
				if (smallPairs >= PAIRS_PER_SLICE) {
					slices.add(new Slice(small.toArray(batch), 1, 0));
					small = new ArrayList<>();
					smallPairs = 0;
				}
				continue;
			}
			int from = 1;
			while (from < block.size) {
				int to = from;
				long pairs = 0;
				while (to < block.size && pairs < PAIRS_PER_SLICE) {
					pairs += to;
					to++;
				}
				slices.add(new Slice(new Blocks.Block[] { block }, from, to));
				from = to;
			}
		}
		if (!small.isEmpty()) {
			slices.add(new Slice(small.toArray(batch), 1, 0));
		}
		return slices;
	}

	private void scan(Slice slice, Consumer<LinkedPair> consumer) {
		long count = 0;
		for (Blocks.Block block : slice.blocks()) {
			int to = (slice.to() > 0) ? slice.to() : block.size;
			for (int j = slice.from(); j < to; j++) {
				PreparedRecord b = this.records[block.slots[j]];
				if (b == null) {
					continue;
				}
				for (int i = 0; i < j; i++) {
					PreparedRecord a = this.records[block.slots[i]];
					if (a != null && (!this.blocked || Blocks.compares(block, a, b))) {
						count++;
						score(a, b, consumer);
					}
				}
			}
		}
		this.compared.add(count);
	}

	private void score(PreparedRecord a, PreparedRecord b, Consumer<LinkedPair> consumer) {
		int pattern = RecordComparison.pattern(a, b);
		double weight = this.model.score(pattern);
		if (weight + ValueFrequencies.CAP * 3 < this.model.lowerThreshold()) {
			return;
		}
		weight += ValueSpecificWeight.of(a, b, pattern, this.frequencies, null);
		if (weight < this.model.lowerThreshold()) {
			return;
		}
		Decision decision = this.model.decide(pattern, weight);
		(decision == Decision.MATCH ? this.matches : this.reviews).increment();
		consumer.accept(new LinkedPair(a.id, b.id, weight, decision));
	}

	/**
	 * Rows {@code from} to {@code to} (exclusive; 0 for all) of the blocks, each row
	 * paired with the rows before it.
	 */
	private record Slice(Blocks.Block[] blocks, int from, int to) {
	}

}
