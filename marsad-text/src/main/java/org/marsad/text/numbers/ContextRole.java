package org.marsad.text.numbers;

/**
 * What a word next to a number says about it (vocabulary in {@code number-context.tsv}).
 */
enum ContextRole {

	/** A qualifier cue before the number: أكثر من 6000. */
	BEFORE,

	/** A qualifier cue after the number: 300 تقريباً. */
	AFTER,

	/** A month name: a number next to it is a day or a year. */
	MONTH,

	/** A word that is a month only when a number follows it (English "may"). */
	MONTH_BEFORE_NUMBER,

	/** A year word: the number after it is a year (عام 1982). */
	YEAR,

	/** A word after which a number from 1900 to 2100 is a year (منذ 2011). */
	YEAR_WEAK,

	/** A word after which a number is a clock time (الساعة 5). */
	TIME,

	/** A word after a number that makes it a time or an era year (5 صباحاً، 2019 م). */
	TIME_AFTER,

	/** A name of a unit, road or text after which a number is a name (الفرقة 17). */
	CODE,

	/** A percentage word after a number (30 بالمئة). */
	PERCENT,

	/** A percentage word before a number (بنسبة 30، بالمائة 10). */
	PERCENT_BEFORE,

	/** A word between a day number and its month (23 من آذار). */
	LINK,

	/** A weekday that is spelled as a number word (الاثنين، الأحد). */
	WEEKDAY,

	/** A word that turns the next number word into a pronoun (أي واحد). */
	PRONOUN,

	/**
	 * A word after which a/b or a small number is a day of a month (يوم 5/6، بتاريخ 12).
	 */
	DAY,

	/**
	 * A definite noun after which a definite number word is an ordinal (اليوم العشرين،
	 * القرن العشرين، الذكرى الثلاثين).
	 */
	ORDINAL_NOUN

}
