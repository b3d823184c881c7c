package org.marsad.text.numbers;

/**
 * The grammatical role of a number word, which decides how it combines with its
 * neighbours (see {@link NumberGrammar}).
 */
enum WordKind {

	/** صفر, zero: a number on its own, never part of a compound. */
	ZERO,

	/** واحد … تسعة, one … nine. */
	UNIT,

	/**
	 * أحد، إحدى، اثنا، اثني: a count before عشر (أحد عشر = 11), and أحد، إحدى also before
	 * a definite noun (أحد المدنيين = 1).
	 */
	TEEN_HEAD,

	/** عشرة، عشر: ten on its own, and the second word of Arabic teens. */
	TEN,

	/** eleven … nineteen: English teens, one word. */
	TEEN,

	/** عشرون … تسعون, twenty … ninety. */
	TENS,

	/** مئة، مائة, hundred: multiplies a unit right before it. */
	HUNDRED,

	/** مئتان، ثلاثمئة …: a whole number of hundreds in one word. */
	HUNDREDS,

	/** ألف، مليون، مليار, thousand, million: multiplies what stands before it. */
	SCALE,

	/** ألفان، مليونين: two of a scale in one word. */
	SCALE_DUAL,

	/** آلاف، ملايين: a multiplier after a count, a vague quantity alone. */
	SCALE_PLURAL,

	/** نصف، ثلث، ربع: a fraction on its own or added to a count. */
	FRACTION,

	/**
	 * خمس، ثمن: a fraction before a definite noun or alone, otherwise the cardinal in the
	 * low column (five), or no number (ثمن is also "price").
	 */
	AMBIGUOUS_FRACTION,

	/** أخماس، أرباع: the denominator of a count of fractions (ثلاثة أرباع). */
	DENOMINATOR,

	/** عشرات، مئات، بضعة، عدة: a vague quantity with bounds. */
	VAGUE,

	/** دزينة، دستة: twelve, as a multiplier. */
	DOZEN,

	/** سالب، ناقص, minus. */
	NEGATIVE,

	/** الأول، الثالث: an ordinal, which is not a count and hides the عشر after it. */
	ORDINAL

}
