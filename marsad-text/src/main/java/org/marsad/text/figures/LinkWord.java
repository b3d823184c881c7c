package org.marsad.text.figures;

/**
 * Small words that tie a number to its noun or to another figure.
 */
public enum LinkWord {

	/** A word that may stand between a number and its noun («مئات من المدنيين»). */
	FILLER,

	/**
	 * A word that makes a figure part of the previous one («ضمن», «من بينهم»); the
	 * contract has no part-of field, so only the group is carried over.
	 */
	PART_OF,

	/**
	 * «عدد» or «حصيلة» before a cue («عدد الخارجين», «حصيلة القتلى»): the cue names what
	 * the sentence's number counts.
	 */
	COUNT_OF,

	/** «و», "and": coordinates two figures. */
	AND,

	/** A camp, where people brought to it are transferred. */
	CAMP

}
