package org.marsad.persons.linkage;

import java.util.List;

/**
 * The fields two person records are compared on, each with its levels of agreement from
 * the weakest to the strongest. Level 0 is always {@code missing}: one record lacks the
 * field, and the field then adds nothing to the weight.
 * <ul>
 * <li>Name parts compare folded words within one script and transliteration keys across
 * scripts: {@code exact} the same folded word, {@code key} the same consonant skeleton
 * («أحمد» and "Ahmed"), {@code close} a Jaro–Winkler similarity of at least 0.9 (a typo),
 * {@code different} anything else.</li>
 * <li>{@link #GIVEN} adds {@code one_edit}: one typing error apart («احجد», «أحمد»)
 * though not close by Jaro–Winkler, as happens in short words.</li>
 * <li>{@link #FATHER} adds {@code shifted}: the father's name stands in the other record
 * as grandfather or father's father, as happens when a source drops or swaps one link of
 * the nasab.</li>
 * <li>{@link #LINEAGE} pools grandfather and family or tribe, since a three-part name
 * does not say which of the two its last part is.</li>
 * <li>{@link #BIRTH_YEAR} allows both records' precision, then 2 and 5 more years.</li>
 * <li>{@link #HOUSEHOLD} counts the other members whose given names both records share;
 * {@code lists_the_other} when one record names the other's given name among its
 * household members: a brother, a sister, a parent, not the same person.</li>
 * </ul>
 */
public enum ComparisonField {

	GIVEN(List.of("missing", "different", "one_edit", "close", "key", "exact")),

	FATHER(List.of("missing", "different", "shifted", "close", "key", "exact")),

	LINEAGE(List.of("missing", "different", "partial", "close", "exact")),

	BIRTH_YEAR(List.of("missing", "different", "within_5", "within_2", "exact")),

	SEX(List.of("missing", "different", "same")),

	ORIGIN(List.of("missing", "different", "same")),

	NATIONALITY(List.of("missing", "different", "same")),

	HOUSEHOLD(List.of("missing", "lists_the_other", "none_shared", "one_shared", "several_shared"));

	/** Level 0 of every field. */
	public static final int MISSING = 0;

	private final List<String> levels;

	ComparisonField(List<String> levels) {
		this.levels = levels;
	}

	/**
	 * The levels of agreement, from {@code missing} to the strongest.
	 * @return the level names
	 */
	public List<String> levels() {
		return this.levels;
	}

}
