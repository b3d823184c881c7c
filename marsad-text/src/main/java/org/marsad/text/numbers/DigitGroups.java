package org.marsad.text.numbers;

import org.marsad.text.normalize.FoldedText;

/**
 * The groups of digits of one numeral and what their separators mean.
 * <ul>
 * <li>a run of 3-digit groups after commas, dots, Arabic thousands separators, spaces or
 * narrow no-break spaces is one integer: 36,250 · ٣٦٬٢٥٠ · 1.200.000 · 1 234 567</li>
 * <li>one dot, or one comma not followed by exactly three digits or after a lone zero, is
 * a decimal point: 2.5 · ٤,٨ · ٠,٢٥٠; with two kinds of separator the last one is the
 * decimal point (12،220,13 · 1,234.5)</li>
 * <li>several dots before groups not all of three digits make a code (192.168.1.2)</li>
 * <li>several commas before groups not all of three digits are a list: only the first
 * group is read</li>
 * </ul>
 * One instance per text; the digits read are left in a buffer.
 */
final class DigitGroups {

	private static final int MAX_GROUPS = 16;

	private static final int GROUP = 3;

	private static final char DOT = '.';

	private static final String DECIMAL_POINT = String.valueOf(DOT);

	private static final char ZERO = '0';

	private final FoldedText text;

	private final int[] separator = new int[MAX_GROUPS];

	private final SeparatorKind[] kinds = new SeparatorKind[MAX_GROUPS];

	private final StringBuilder digits = new StringBuilder();

	DigitGroups(FoldedText text) {
		this.text = text;
	}

	/** The digits read, with a '.' before the decimals. */
	StringBuilder digits() {
		return this.digits;
	}

	/** How many digits stand before the decimal point. */
	int integerDigits() {
		int dot = this.digits.indexOf(DECIMAL_POINT);
		return (dot < 0) ? this.digits.length() : dot;
	}

	/**
	 * Reads the separators and groups after the first group {@code [first, firstEnd)}.
	 * @return how many separators join further groups
	 */
	int read(int first, int firstEnd) {
		int count = 0;
		int end = firstEnd;
		while (count < MAX_GROUPS && end + 1 < this.text.length() && NumeralReader.isDigit(this.text.charAt(end + 1))) {
			SeparatorKind kind = SeparatorKind.of(this.text.original().charAt(this.text.originalStart(end)),
					this.text.charAt(end));
			if (kind == null) {
				break;
			}
			int groupEnd = digitsEnd(end + 1);
			if (kind == SeparatorKind.SPACE && (firstEnd - first > GROUP || groupEnd - end - 1 != GROUP)) {
				break;
			}
			this.separator[count] = end;
			this.kinds[count] = kind;
			count++;
			end = groupEnd;
		}
		this.digits.setLength(0);
		this.digits.append(this.text, first, firstEnd);
		return count;
	}

	/**
	 * Decides the meaning of the separators, fills the digit buffer and returns the end
	 * of the numeral, or minus the end of a code such as an address 192.168.1.2.
	 */
	int interpret(int first, int firstEnd, int groups) {
		int decimal = decimalSeparator(first, firstEnd, groups);
		if (decimal == -2) {
			return -digitsEnd(this.separator[groups - 1] + 1);
		}
		int last = (decimal >= 0) ? decimal : groups;
		boolean grouped = last == 0 || (firstEnd - first <= GROUP && groupsOfThree(last));
		if (!grouped) {
			return firstEnd;
		}
		for (int g = 0; g < last; g++) {
			this.digits.append(this.text, this.separator[g] + 1, this.separator[g] + 1 + GROUP);
		}
		if (decimal < 0) {
			return this.separator[groups - 1] + 1 + GROUP;
		}
		int fractionEnd = digitsEnd(this.separator[decimal] + 1);
		this.digits.append(DOT).append(this.text, this.separator[decimal] + 1, fractionEnd);
		return fractionEnd;
	}

	/** The index of the decimal separator, -1 for none, -2 for a dotted code. */
	private int decimalSeparator(int first, int firstEnd, int groups) {
		SeparatorKind lastKind = this.kinds[groups - 1];
		boolean mixed = false;
		for (int g = 0; g < groups - 1; g++) {
			if (this.kinds[g] == lastKind && lastKind != SeparatorKind.SPACE) {
				return groupsOfThree(groups) ? -1 : codeOrNone(lastKind);
			}
			mixed |= this.kinds[g] != lastKind;
		}
		if (mixed || lastKind == SeparatorKind.DECIMAL) {
			return lastKind.canBeDecimal() ? groups - 1 : -1;
		}
		if (groups > 1 || !lastKind.canBeDecimal()) {
			return -1;
		}
		if (lastKind == SeparatorKind.DOT) {
			return 0;
		}
		boolean threeAfter = digitsEnd(this.separator[0] + 1) - this.separator[0] - 1 == GROUP;
		boolean zeroBefore = firstEnd - first == 1 && this.text.charAt(first) == ZERO;
		return (threeAfter && !zeroBefore) ? -1 : 0;
	}

	private static int codeOrNone(SeparatorKind kind) {
		return (kind == SeparatorKind.DOT) ? -2 : -1;
	}

	private boolean groupsOfThree(int groups) {
		for (int g = 0; g < groups; g++) {
			if (digitsEnd(this.separator[g] + 1) - this.separator[g] - 1 != GROUP) {
				return false;
			}
		}
		return true;
	}

	private int digitsEnd(int from) {
		int i = from;
		while (i < this.text.length() && NumeralReader.isDigit(this.text.charAt(i))) {
			i++;
		}
		return i;
	}

}
