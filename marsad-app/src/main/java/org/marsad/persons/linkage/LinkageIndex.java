package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The records of a registry, blocked for linkage: answers "this may be the same person
 * as…" for one record ({@link #candidates}) and finds the likely duplicates of a whole
 * population ({@link #pairs}).
 *
 * <p>
 * Only records that share a blocking key ({@link BlockingKeys}: pairs of transliteration
 * keys of name parts) are compared, each pair once, in the block of the smallest key the
 * two share. Records are added and removed one at a time as the registry changes; reads
 * run concurrently, writes one at a time. The model can be replaced once estimated from
 * the indexed records ({@link LinkageModel#estimate(LinkageIndex)}).
 */
public final class LinkageIndex {

	private static final int DEFAULT_LIMIT = 20;

	private final NameParser parser = new NameParser();

	private final Vocabulary vocabulary = new Vocabulary();

	private final Blocks blocks = new Blocks();

	private final ValueFrequencies frequencies = new ValueFrequencies();

	private final Map<String, Integer> slots = new HashMap<>();

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private PreparedRecord[] records = new PreparedRecord[1024];

	private int used;

	private volatile LinkageModel model;

	/**
	 * Creates an empty index.
	 * @param model the weights and thresholds to score with
	 */
	public LinkageIndex(LinkageModel model) {
		this.model = model;
	}

	/**
	 * Replaces the model, for instance by one estimated from the indexed records.
	 * @param model the new model
	 */
	public void useModel(LinkageModel model) {
		this.model = model;
	}

	public LinkageModel model() {
		return this.model;
	}

	/**
	 * Adds a record, replacing the record with the same id.
	 * @param record the record
	 */
	public void add(PersonRecord record) {
		PreparedRecord prepared = PreparedRecord.of(record, this.parser, this.vocabulary);
		this.lock.writeLock().lock();
		try {
			insert(prepared);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Adds many records, preparing them in parallel.
	 * @param records the records
	 */
	public void addAll(Collection<PersonRecord> records) {
		List<PreparedRecord> prepared = records.parallelStream()
			.map((record) -> PreparedRecord.of(record, this.parser, this.vocabulary))
			.toList();
		this.lock.writeLock().lock();
		try {
			prepared.forEach(this::insert);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	/**
	 * Removes a record.
	 * @param id its id
	 * @return whether it was indexed
	 */
	public boolean remove(String id) {
		this.lock.writeLock().lock();
		try {
			Integer slot = this.slots.remove(id);
			if (slot != null) {
				this.frequencies.count(this.records[slot], -1);
				this.records[slot] = null;
			}
			return slot != null;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	public int size() {
		return read(() -> this.slots.size());
	}

	/**
	 * The indexed records that may be the same person as the given one, best first.
	 * @param record the record, indexed or not (a record with its id is skipped)
	 * @return at most 20 matches and records to review
	 */
	public List<Match> candidates(PersonRecord record) {
		return candidates(record, DEFAULT_LIMIT);
	}

	/**
	 * The indexed records that may be the same person as the given one, best first.
	 * @param record the record
	 * @param limit how many to return at most
	 * @return matches and records to review
	 */
	public List<Match> candidates(PersonRecord record, int limit) {
		PreparedRecord query = PreparedRecord.of(record, this.parser, this.vocabulary);
		LinkageModel scoring = this.model;
		Candidates candidates = new Candidates(this.records, this.frequencies, scoring);
		this.lock.readLock().lock();
		try {
			for (long key : query.blockKeys) {
				Blocks.Block block = this.blocks.get(key);
				if (block != null) {
					candidates.collect(query, block);
				}
			}
		}
		finally {
			this.lock.readLock().unlock();
		}
		return candidates.best(limit);
	}

	/**
	 * Compares two records field by field, whether indexed or not, with the evidence.
	 * @param left one record
	 * @param right the other
	 * @return the right record's match against the left one
	 */
	public Match compare(PersonRecord left, PersonRecord right) {
		PreparedRecord a = PreparedRecord.of(left, this.parser, this.vocabulary);
		PreparedRecord b = PreparedRecord.of(right, this.parser, this.vocabulary);
		return read(() -> new Candidates(this.records, this.frequencies, this.model).match(a, b));
	}

	/**
	 * Whether two indexed records are compared: they share a block and, if it is large,
	 * are compatible ({@link Blocks}).
	 * @param leftId one id
	 * @param rightId the other
	 * @return false also when either is not indexed
	 */
	public boolean blocked(String leftId, String rightId) {
		return read(() -> compared(this.slots.get(leftId), this.slots.get(rightId)));
	}

	private boolean compared(Integer a, Integer b) {
		if (a == null || b == null) {
			return false;
		}
		long key = BlockingKeys.firstShared(this.records[a].blockKeys, this.records[b].blockKeys);
		return key != 0 && Blocks.compares(this.blocks.get(key), this.records[a], this.records[b]);
	}

	/**
	 * Scores every blocked pair once, in parallel, and hands the matches and pairs to
	 * review to the consumer.
	 * @param threads how many threads score
	 * @param consumer receives the pairs, from several threads at once
	 * @return what was compared and found
	 */
	public PairingSummary pairs(int threads, Consumer<LinkedPair> consumer) {
		return read(() -> new PairScan(this.records, this.model, this.frequencies, true).run(this.blocks.all(), threads,
				consumer, this.slots.size()));
	}

	/**
	 * Scores every pair of records, without blocking: the baseline that blocking is
	 * measured against, and a choice for a registry of a few thousand records.
	 * @param threads how many threads score
	 * @param consumer receives the matches and pairs to review, from several threads
	 * @return what was compared and found
	 */
	public PairingSummary pairsWithoutBlocking(int threads, Consumer<LinkedPair> consumer) {
		return read(() -> new PairScan(this.records, this.model, this.frequencies, false).run(List.of(everyRecord()),
				threads, consumer, this.slots.size()));
	}

	private Blocks.Block everyRecord() {
		Blocks.Block all = new Blocks.Block(0);
		for (int slot = 0; slot < this.used; slot++) {
			if (this.records[slot] != null) {
				all.add(slot);
			}
		}
		return all;
	}

	/**
	 * Every blocked pair decided a match or to review, scored with all processors.
	 * @return the pairs, in no particular order
	 */
	public List<LinkedPair> pairs() {
		List<LinkedPair> found = new ArrayList<>();
		pairs(Runtime.getRuntime().availableProcessors(), (pair) -> {
			synchronized (found) {
				found.add(pair);
			}
		});
		return found;
	}

	/**
	 * The groups of records joined by matches (connected components), largest first.
	 * @return groups of two or more ids
	 */
	public List<List<String>> clusters() {
		return Clusters.of(pairs());
	}

	/**
	 * The number of blocks.
	 * @return how many distinct blocking keys the records have
	 */
	public int blockCount() {
		return read(() -> this.blocks.size());
	}

	/**
	 * The pairs the scan visits: pairs of records sharing a block, counted once per block
	 * they share. Each is checked cheaply (smallest shared key, and in a large block
	 * compatibility); {@link PairingSummary#compared()} counts those scored.
	 * @return the number of pairs visited
	 */
	public long pairsInBlocks() {
		return read(() -> this.blocks.all().stream().mapToLong(Blocks.Block::pairs).sum());
	}

	/**
	 * Counts the comparison vectors of a random sample of blocked pairs, for EM.
	 * @param sample about how many pairs to sample
	 * @return the count of each pattern
	 */
	long[] patternCounts(int sample) {
		return read(() -> new PairSample(this.records).patternCounts(this.blocks.all(), sample));
	}

	private void insert(PreparedRecord prepared) {
		Integer previous = this.slots.get(prepared.id);
		if (previous != null) {
			this.frequencies.count(this.records[previous], -1);
			this.records[previous] = null;
		}
		if (this.used == this.records.length) {
			this.records = Arrays.copyOf(this.records, this.used * 2);
		}
		int slot = this.used++;
		this.records[slot] = prepared;
		this.slots.put(prepared.id, slot);
		this.frequencies.count(prepared, 1);
		for (long key : prepared.blockKeys) {
			this.blocks.add(key, slot);
		}
	}

	private <T> T read(Supplier<T> reading) {
		this.lock.readLock().lock();
		try {
			return reading.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

}
