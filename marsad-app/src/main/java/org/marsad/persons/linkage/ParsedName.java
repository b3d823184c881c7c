package org.marsad.persons.linkage;

/**
 * A person's name split into the parts of an Arabic name, each folded (hamza and alef
 * forms, teh marbuta, diacritics and tatweel normalised; Latin lower-cased) and without
 * its article. A part is null when the name does not give it.
 *
 * @param given the given name (ism), «عبد» compounds joined («عبدالله»)
 * @param father the father's name, the first link of the nasab
 * @param grandfather the grandfather's name
 * @param family the family or tribe name (nisba, «آل» name), without its article
 * @param kunya the kunya or laqab opened by «أبو» («ابو بكر»)
 * @param latin whether the name was written in Latin script
 */
public record ParsedName(String given, String father, String grandfather, String family, String kunya, boolean latin) {

	/** The parse of an empty name. */
	public static final ParsedName EMPTY = new ParsedName(null, null, null, null, null, false);

	/**
	 * Whether no part was found.
	 * @return true for an empty or unreadable name
	 */
	public boolean isEmpty() {
		return this.given == null && this.father == null && this.grandfather == null && this.family == null
				&& this.kunya == null;
	}

}
