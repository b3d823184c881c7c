package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

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
		this.lock.readLock().lock();
		try {
			return this.slots.size();
		}
		finally {
			this.lock.readLock().unlock();
		}
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
		List<Match> found = new ArrayList<>();
		this.lock.readLock().lock();
		try {
			for (long key : query.blockKeys) {
				Blocks.Block block = this.blocks.get(key);
				if (block != null) {
					collect(query, block, scoring, found);
				}
			}
		}
		finally {
			this.lock.readLock().unlock();
		}
		found.sort(Comparator.comparingDouble(Match::weight).reversed());
		return (found.size() > limit) ? List.copyOf(found.subList(0, limit)) : found;
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
		this.lock.readLock().lock();
		try {
			return match(a, b, this.model);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Whether two indexed records are compared: they share a block and, if it is large,
	 * are compatible ({@link Blocks}).
	 * @param leftId one id
	 * @param rightId the other
	 * @return false also when either is not indexed
	 */
	public boolean blocked(String leftId, String rightId) {
		this.lock.readLock().lock();
		try {
			Integer a = this.slots.get(leftId);
			Integer b = this.slots.get(rightId);
			if (a == null || b == null) {
				return false;
			}
			long key = BlockingKeys.firstShared(this.records[a].blockKeys, this.records[b].blockKeys);
			return key != 0 && Blocks.compares(this.blocks.get(key), this.records[a], this.records[b]);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Scores every blocked pair once, in parallel, and hands the matches and pairs to
	 * review to the consumer.
	 * @param threads how many threads score
	 * @param consumer receives the pairs, from several threads at once
	 * @return what was compared and found
	 */
	public PairingSummary pairs(int threads, Consumer<LinkedPair> consumer) {
		this.lock.readLock().lock();
		try {
			return new PairScan(this.records, this.model, this.frequencies, true).run(this.blocks.all(), threads,
					consumer, this.slots.size());
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Scores every pair of records, without blocking: the baseline that blocking is
	 * measured against, and a choice for a registry of a few thousand records.
	 * @param threads how many threads score
	 * @param consumer receives the matches and pairs to review, from several threads
	 * @return what was compared and found
	 */
	public PairingSummary pairsWithoutBlocking(int threads, Consumer<LinkedPair> consumer) {
		this.lock.readLock().lock();
		try {
			Blocks.Block all = new Blocks.Block(0);
			for (int slot = 0; slot < this.used; slot++) {
				if (this.records[slot] != null) {
					all.add(slot);
				}
			}
			return new PairScan(this.records, this.model, this.frequencies, false).run(List.of(all), threads, consumer,
					this.slots.size());
		}
		finally {
			this.lock.readLock().unlock();
		}
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
		this.lock.readLock().lock();
		try {
			return this.blocks.size();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * The pairs the scan visits: pairs of records sharing a block, counted once per block
	 * they share. Each is checked cheaply (smallest shared key, and in a large block
	 * compatibility); {@link PairingSummary#compared()} counts those scored.
	 * @return the number of pairs visited
	 */
	public long pairsInBlocks() {
		this.lock.readLock().lock();
		try {
			long pairs = 0;
			for (Blocks.Block block : this.blocks.all()) {
				pairs += block.pairs();
			}
			return pairs;
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Counts the comparison vectors of a random sample of blocked pairs, for EM.
	 * @param sample about how many pairs to sample
	 * @return the count of each pattern
	 */
	long[] patternCounts(int sample) {
		long[] counts = new long[RecordComparison.PATTERNS];
		this.lock.readLock().lock();
		try {
			List<Blocks.Block> all = this.blocks.all();
			long total = 0;
			for (Blocks.Block block : all) {
				total += block.pairs();
			}
			double rate = Math.min(1, (double) sample / Math.max(1, total));
			SplittableRandom random = new SplittableRandom(all.size());
			for (Blocks.Block block : all) {
				samplePairs(block, rate, random, counts);
			}
		}
		finally {
			this.lock.readLock().unlock();
		}
		return counts;
	}

	private void samplePairs(Blocks.Block block, double rate, SplittableRandom random, long[] counts) {
		if (rate >= 1) {
			for (int j = 1; j < block.size; j++) {
				for (int i = 0; i < j; i++) {
					count(block, i, j, counts);
				}
			}
			return;
		}
		double expected = block.pairs() * rate;
		long draws = (long) expected + ((random.nextDouble() < expected - (long) expected) ? 1 : 0);
		for (long d = 0; d < draws; d++) {
			int i = random.nextInt(block.size);
			int j = random.nextInt(block.size);
			if (i != j) {
				count(block, i, j, counts);
			}
		}
	}

	private void count(Blocks.Block block, int i, int j, long[] counts) {
		PreparedRecord a = this.records[block.slots[i]];
		PreparedRecord b = this.records[block.slots[j]];
		if (a != null && b != null && Blocks.compares(block, a, b)) {
			counts[RecordComparison.pattern(a, b)]++;
		}
	}

	private void collect(PreparedRecord query, Blocks.Block block, LinkageModel scoring, List<Match> found) {
		for (int s = 0; s < block.size; s++) {
			PreparedRecord other = this.records[block.slots[s]];
			if (other == null || other.id.equals(query.id) || !Blocks.compares(block, query, other)) {
				continue;
			}
			int pattern = RecordComparison.pattern(query, other);
			if (scoring.score(pattern) + ValueFrequencies.CAP * 3 >= scoring.lowerThreshold()) {
				Match match = match(query, other, pattern, scoring);
				if (match.weight() >= scoring.lowerThreshold()) {
					found.add(match);
				}
			}
		}
	}

	private Match match(PreparedRecord a, PreparedRecord b, LinkageModel scoring) {
		return match(a, b, RecordComparison.pattern(a, b), scoring);
	}

	private Match match(PreparedRecord a, PreparedRecord b, int pattern, LinkageModel scoring) {
		double[] adjustments = new double[3];
		double weight = scoring.score(pattern)
				+ RecordComparison.adjustment(a, b, pattern, this.frequencies, adjustments);
		return new Match(b.id, weight, scoring.decide(pattern, weight), scoring.evidence(pattern, adjustments));
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

}
