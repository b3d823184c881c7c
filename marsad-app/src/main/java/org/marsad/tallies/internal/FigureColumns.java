package org.marsad.tallies.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * The rows of {@code tally_figure} held in memory as columns of primitives, one slot per
 * figure, no object per row ({@link ColumnSums}).
 * <ul>
 * <li>words ({@link Codes}) as one {@code char} each: the figure's category, unit,
 * nationality, group actor, age group, sex, its event's place, status and type, its
 * qualifier; the same nine of its whole but the qualifier ({@code whole_} columns,
 * {@link #WHOLE} + the column)</li>
 * <li>days as epoch days; values as {@code long}s of ten-thousandths, the scale of
 * {@code NUMERIC(20, 4)}, so that sums are exact</li>
 * <li>events numbered by a {@link UuidIndex}; figures by another, whose number is the
 * slot</li>
 * <li>a removed figure keeps its slot, marked not {@link #LIVE}</li>
 * </ul>
 * Not thread-safe: {@link ColumnSums} writes under its write lock and scans under its
 * read lock.
 */
final class FigureColumns {

	static final int CATEGORY = 0;

	static final int UNIT = 1;

	static final int NATIONALITY = 2;

	static final int GROUP_ACTOR = 3;

	static final int AGE_GROUP = 4;

	static final int SEX = 5;

	static final int PLACE = 6;

	static final int STATUS = 7;

	static final int TYPE = 8;

	/**
	 * The first of the whole's columns: {@code WHOLE + CATEGORY} … {@code WHOLE + TYPE}.
	 */
	static final int WHOLE = 9;

	static final int QUALIFIER = 18;

	static final int WORD_COLUMNS = 19;

	static final int LIVE = 1;

	static final int CUMULATIVE = 2;

	static final int PART = 4;

	static final int WHOLE_CUMULATIVE = 8;

	static final int NO_LOW = 16;

	static final int NO_BEST = 32;

	static final int NO_HIGH = 64;

	/** No day, no event. */
	static final int NONE = Integer.MIN_VALUE;

	private static final int SCALE = 4;

	final Codes codes = new Codes();

	final UuidIndex figures;

	final UuidIndex events = new UuidIndex(1024);

	char[][] words = new char[WORD_COLUMNS][];

	int[] event;

	int[] wholeEvent;

	int[] day;

	int[] periodFrom;

	long[] low;

	long[] best;

	long[] high;

	byte[] flags;

	private int live;

	FigureColumns(int expected) {
		int capacity = Math.max(16, expected);
		this.figures = new UuidIndex(capacity);
		for (int c = 0; c < WORD_COLUMNS; c++) {
			this.words[c] = new char[capacity];
		}
		this.event = new int[capacity];
		this.wholeEvent = new int[capacity];
		this.day = new int[capacity];
		this.periodFrom = new int[capacity];
		this.low = new long[capacity];
		this.best = new long[capacity];
		this.high = new long[capacity];
		this.flags = new byte[capacity];
	}

	/** The slots in use, live or not: the end of a scan. */
	int slots() {
		return this.figures.size();
	}

	/** The live figures. */
	int live() {
		return this.live;
	}

	/**
	 * The slot of a figure, given one (not yet live) if new.
	 * @param figure the figure
	 * @return its slot
	 */
	int slot(UUID figure) {
		int slot = this.figures.add(figure);
		if (slot >= this.flags.length) {
			grow(slot + 1 + (slot >> 1));
		}
		return slot;
	}

	/** Marks a figure removed (voided, or its event voided), if held. */
	void remove(UUID figure) {
		int slot = this.figures.find(figure);
		if (slot >= 0 && (this.flags[slot] & LIVE) != 0) {
			this.flags[slot] = 0;
			this.live--;
		}
	}

	void word(int column, int slot, String word) {
		this.words[column][slot] = this.codes.code(word);
	}

	void days(int slot, LocalDate day, LocalDate periodFrom) {
		this.day[slot] = (int) day.toEpochDay();
		this.periodFrom[slot] = (periodFrom != null) ? (int) periodFrom.toEpochDay() : NONE;
	}

	void events(int slot, UUID event, UUID wholeEvent) {
		this.event[slot] = this.events.add(event);
		this.wholeEvent[slot] = (wholeEvent != null) ? this.events.add(wholeEvent) : NONE;
	}

	/**
	 * Sets a figure's values and flags, and makes it live.
	 * @param slot the slot
	 * @param flags {@link #CUMULATIVE}, {@link #PART}, {@link #WHOLE_CUMULATIVE}
	 * @param low the low, or {@code null}
	 * @param best the best, or {@code null}
	 * @param high the high, or {@code null}
	 */
	void values(int slot, int flags, BigDecimal low, BigDecimal best, BigDecimal high) {
		int all = flags | LIVE;
		this.low[slot] = (low != null) ? units(low) : 0;
		this.best[slot] = (best != null) ? units(best) : 0;
		this.high[slot] = (high != null) ? units(high) : 0;
		all |= (low != null) ? 0 : NO_LOW;
		all |= (best != null) ? 0 : NO_BEST;
		all |= (high != null) ? 0 : NO_HIGH;
		if ((this.flags[slot] & LIVE) == 0) {
			this.live++;
		}
		this.flags[slot] = (byte) all;
	}

	/** A sum of values held here, as a number. */
	static BigDecimal decimal(long units) {
		return BigDecimal.valueOf(units, SCALE);
	}

	/** The bytes of the arrays held: the heap the columns take, but for the words. */
	long bytes() {
		long capacity = this.flags.length;
		long perSlot = WORD_COLUMNS * 2L + 4 * 4L + 3 * 8L + 1;
		return capacity * perSlot + this.figures.bytes() + this.events.bytes();
	}

	private static long units(BigDecimal value) {
		try {
			return value.setScale(SCALE).unscaledValue().longValueExact();
		}
		catch (ArithmeticException ex) {
			throw new NotHeld("a value beyond 64 bits of ten-thousandths: " + value);
		}
	}

	private void grow(int capacity) {
		for (int c = 0; c < WORD_COLUMNS; c++) {
			this.words[c] = Arrays.copyOf(this.words[c], capacity);
		}
		this.event = Arrays.copyOf(this.event, capacity);
		this.wholeEvent = Arrays.copyOf(this.wholeEvent, capacity);
		this.day = Arrays.copyOf(this.day, capacity);
		this.periodFrom = Arrays.copyOf(this.periodFrom, capacity);
		this.low = Arrays.copyOf(this.low, capacity);
		this.best = Arrays.copyOf(this.best, capacity);
		this.high = Arrays.copyOf(this.high, capacity);
		this.flags = Arrays.copyOf(this.flags, capacity);
	}

}
