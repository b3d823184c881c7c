package org.marsad.text.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The particles of Arabic personal and place names and their usual Latin spellings,
 * folded and lower-cased.
 *
 * <p>
 * Sources: the conventions of the Library of Congress romanization tables for Arabic
 * (ALA-LC, 2012) and the spellings found in the Gaza name dictionary and Google's
 * Arabic–English transliteration pairs.
 * <ul>
 * <li>the article: Arabic «ال» glued to the word, Latin «al», «el» and their sun-letter
 * assimilations («ad-Din», «ash-Sham», «ez-Zor») as separate words;</li>
 * <li>«عبد» and its Latin forms open a compound with the next word («عبد الله» ≡
 * «عبدالله», «Abdul Rahman» ≡ «Abdulrahman»);</li>
 * <li>«أبو» in its case forms «أبي» and «أبا», Latin «Abu», «Abou», «Abo»; glued
 * («ابوصالح», «Aboubakar») it is split from the name;</li>
 * <li>an article glued inside a name («نصرالدين», a common typing) starts a new
 * word;</li>
 * <li>«ابن» and «بن», Latin «Ibn», «Bin», «Ben», all spelled as «بن» / «bin».</li>
 * </ul>
 */
final class NameParticles {

	/** The Arabic article, folded. */
	static final String ARTICLE = "ال";

	/** Letters that must remain after the Arabic article is removed from a name. */
	static final int MIN_AFTER_ARTICLE = 2;

	/** The name of God, which keeps its article («عبد الله», «حمد الله»). */
	static final String ALLAH = "الله";

	/** Letters that must stand on each side of an article inside a glued name. */
	static final int MIN_AROUND_INNER_ARTICLE = 3;

	/** Servant of: opens a compound with the next word. */
	static final String ABD = "عبد";

	/** Father of, as the particle is spelled once normalised. */
	static final String ABU = "ابو";

	/** Letters that must remain after a glued «ابو» is split off. */
	static final int MIN_AFTER_ABU = 3;

	static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "ul", "ad", "ed", "ag", "ar", "er", "as", "es", "ash",
			"esh", "at", "et", "ath", "az", "ez", "an", "en", "adh", "ud", "ur", "us", "ut");

	static final Set<String> LATIN_ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdil", "abdol", "abdoul", "abdu",
			"abdur", "abdus", "abdun", "abdut", "abdud", "abdou");

	/** Latin spellings of «أبو» that may be glued to the name («Aboubakar»). */
	static final List<String> LATIN_ABU = List.of("abou", "abu");

	static final Map<String, String> SPELLINGS = Map.of("ابي", ABU, "ابا", ABU, "ابن", "بن", "abou", "abu", "abo",
			"abu", "aboo", "abu", "ibn", "bin", "ben", "bin", "bn", "bin");

	private NameParticles() {
	}

}
