package org.marsad.persons.linkage;

import java.util.Set;

/**
 * The particles of Arabic personal names that {@link NameParser} reads, folded, with
 * their usual Latin spellings (after the ALA-LC romanization table for Arabic, 2012, and
 * the spellings of the Gaza name dictionary).
 */
final class NameParticles {

	/** The article, folded; alone it is «آل» (family of) before a family name. */
	static final String ARTICLE = "ال";

	/** Letters that must remain after the article is removed. */
	static final int MIN_AFTER_ARTICLE = 2;

	/** The name of God, which keeps its article and closes compounds («حمد الله»). */
	static final String ALLAH = "الله";

	/** Article words of Latin spellings, with the sun-letter assimilations. */
	static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ul", "ad", "ed", "ar", "er", "as", "es", "ash", "esh",
			"at", "et", "ath", "az", "ez", "an", "en", "adh", "ud", "ur", "us", "ut");

	/** «عبد» and its Latin forms: joined with the next word. */
	static final Set<String> ABD = Set.of("عبد", "abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "abdu",
			"abdur", "abdus", "abdou");

	/** «أبو» in its case forms and Latin spellings: opens a kunya. */
	static final Set<String> ABU = Set.of("ابو", "ابي", "ابا", "abu", "abou", "abo", "aboo");

	/** Letters that must remain after a glued «ابو» for it to be split off. */
	static final int MIN_AFTER_ABU = 3;

	/** «ابن», «بن», «بنت» and Latin spellings: the next word is an ancestor. */
	static final Set<String> SON_OF = Set.of("بن", "ابن", "بنت", "bin", "ibn", "ben", "bn", "bint", "binti");

	/**
	 * Second words of compound given names, without their article: «نور الدين», «سيف
	 * الإسلام», «زين العابدين», «خليل الرحمن», «نور الهدى»; Latin as spelled after the
	 * article word.
	 */
	static final Set<String> COMPOUND_TAILS = Set.of("دين", "اسلام", "عابدين", "رحمن", "هدي", "زهراء", "din", "deen",
			"dine", "islam", "abidin", "abideen", "rahman", "huda", "houda", "zahra", "zahraa");

	/** Latin spellings of «الله» closing a compound («Hamdallah», «Fathullah» apart). */
	static final Set<String> LATIN_ALLAH = Set.of("allah", "ullah", "alla", "ulla");

	private NameParticles() {
	}

}
