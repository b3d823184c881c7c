package org.marsad.text.dates;

/**
 * What a token of a text means to the date grammar. The first kinds come from the word
 * list ({@code date-words.txt}); the last four are given by the tokenizer itself.
 */
enum WordKind {

	/** A Gregorian month name; value 1-12. */
	MONTH,

	/** A Gregorian month name that is also a common word; value 1-12. */
	MONTH_WEAK,

	/** A Hijri month name; value 1-12. */
	HIJRI_MONTH,

	/** A weekday; value ISO 1 (Monday) to 7 (Sunday). */
	WEEKDAY,

	/** A weekday name that is also a common word (الاثنين, "the two"). */
	WEEKDAY_WEAK,

	/** A day named by its distance from the publication date; value in days. */
	RELATIVE_DAY,

	/** "The following day": the day after the previous date of the text. */
	NEXT_DAY,

	/** Past (-1), current (0) or next (1), said after a month, weekday or unit. */
	MODIFIER,

	/** A demonstrative: this. */
	THIS,

	/** The word "day" (يوم). */
	DAY_WORD,

	/** A unit of time; value 0 hour, 1 day, 2 week, 3 month, 4 year. */
	UNIT,

	/** A plural or accusative unit (أيام, يوما), which follows a count. */
	UNIT_PLURAL,

	/** The dual of a unit (يومين): two of it. */
	UNIT_DUAL,

	/**
	 * A plural unit with the article (الأيام), counted back in «الأيام العشرة الماضية».
	 */
	PERIOD_UNIT,

	/** A dual unit with the article (اليومين), as in «اليومين الماضيين». */
	PERIOD_DUAL,

	/** A calendar unit with the article (الشهر): the current one unless modified. */
	CALENDAR_UNIT,

	/** A part of a month; value the third (1 early, 2 middle, 3 late). */
	PART,

	/** A spelled-out ordinal or cardinal number; value the number. */
	NUMBER_WORD,

	/** A few (بضعة); value the count it stands for. */
	FEW,

	SINCE, UNTIL, BETWEEN, FROM, AND, IN, BEFORE, AFTER, AGO, NOW, APPROX, ARTICLE,

	/** An era after a year; value 1 Gregorian, 2 Hijri. */
	ERA,

	/** An English ordinal suffix (st, nd, rd, th). */
	ORDINAL_SUFFIX,

	/** The first word of a phrase that means nothing alone (كانون). */
	PHRASE_HEAD,

	/** A run of ASCII digits; value the number, or -1 when too long. */
	NUMBER,

	/** One punctuation character; value the character. */
	PUNCT,

	/** Any other word. */
	WORD,

	/** Before the first or after the last token. */
	NONE

}
