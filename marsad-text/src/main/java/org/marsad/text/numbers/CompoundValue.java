package org.marsad.text.numbers;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The arithmetic of a compound number being read: {@code total} holds the finished groups
 * of thousands, millions …, {@code current} the group below the last scale; which of its
 * units, tens and hundreds are filled is kept as bits, so that each is filled once.
 * Reused for every number of a text.
 */
final class CompoundValue {

	static final int UNITS = 1;

	static final int TENS = 2;

	static final int HUNDREDS = 4;

	static final int ALL = UNITS | TENS | HUNDREDS;

	private static final BigDecimal TEN = BigDecimal.TEN;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private BigDecimal total;

	private BigDecimal current;

	private BigDecimal lastAdded;

	private BigDecimal lastScale;

	private int bits;

	private boolean multipliable;

	void reset() {
		this.total = BigDecimal.ZERO;
		this.current = BigDecimal.ZERO;
		this.lastAdded = BigDecimal.ZERO;
		this.lastScale = null;
		this.bits = 0;
		this.multipliable = false;
	}

	BigDecimal value() {
		return this.total.add(this.current);
	}

	boolean isFree(int mask) {
		return (this.bits & mask) == 0;
	}

	boolean isGroupEmpty() {
		return this.bits == 0;
	}

	boolean hasCurrent() {
		return this.current.signum() != 0;
	}

	boolean hasTotal() {
		return this.total.signum() != 0;
	}

	/** Whether the group holds exactly one unit or numeral, which مئة may multiply. */
	boolean isMultipliable() {
		return this.multipliable;
	}

	/**
	 * Whether a scale may follow: only ones smaller than the last (مليون وخمسمائة ألف).
	 */
	boolean isBelowLastScale(BigDecimal scale) {
		return this.lastScale == null || scale.compareTo(this.lastScale) < 0;
	}

	void add(BigDecimal v, int mask, boolean canMultiply) {
		this.current = this.current.add(v);
		this.bits |= mask;
		this.lastAdded = v;
		this.multipliable = canMultiply && this.current.compareTo(v) == 0;
	}

	void multiplyByHundred() {
		this.current = this.current.multiply(HUNDRED);
		this.bits = HUNDREDS;
		this.lastAdded = this.current;
		this.multipliable = false;
	}

	/** Closes the group under a scale: ثلاثة آلاف. */
	void multiplyByScale(BigDecimal scale) {
		this.total = this.total.add(this.current.multiply(scale));
		startGroup(scale);
	}

	/** Adds a whole scale (ألف، ألفان) and opens a group under it. */
	void addScale(BigDecimal amount, BigDecimal scale) {
		this.total = this.total.add(amount);
		startGroup(scale);
	}

	private void startGroup(BigDecimal scale) {
		this.current = BigDecimal.ZERO;
		this.bits = 0;
		this.lastAdded = BigDecimal.ZERO;
		this.lastScale = scale;
		this.multipliable = false;
	}

	/** Adds a fraction, of the last scale when the group is empty (مليون ونصف). */
	void addFraction(BigDecimal fraction) {
		if (!hasCurrent() && this.lastScale != null) {
			this.total = this.total.add(fraction.multiply(this.lastScale));
		}
		else {
			this.current = this.current.add(fraction);
		}
		this.bits = ALL;
	}

	/** Adds a fraction away from zero: -1 4/5 is -1.8. */
	void addMixedFraction(BigDecimal fraction) {
		this.current = (this.current.signum() < 0) ? this.current.subtract(fraction) : this.current.add(fraction);
	}

	/** Whether something was added that a denominator can divide. */
	boolean canDivide() {
		return this.lastAdded.signum() != 0;
	}

	/**
	 * Divides by a denominator: only the last unit when it follows other parts (عشرون
	 * وثلاثة أخماس = 20.6), otherwise the whole group (عشرون أخماس = 4).
	 */
	void divide(BigDecimal denominator) {
		if (this.lastAdded.compareTo(TEN) < 0 && this.lastAdded.compareTo(this.current) != 0) {
			this.current = this.current.subtract(this.lastAdded).add(this.lastAdded.divide(denominator, PRECISION));
		}
		else {
			this.current = this.current.divide(denominator, PRECISION);
		}
	}

	void multiplyGroup(BigDecimal factor) {
		this.current = this.current.multiply(factor);
		this.bits = ALL;
	}

}
