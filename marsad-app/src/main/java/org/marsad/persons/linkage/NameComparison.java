package org.marsad.persons.linkage;

import static org.marsad.persons.linkage.PreparedRecord.FAMILY;
import static org.marsad.persons.linkage.PreparedRecord.FATHER;
import static org.marsad.persons.linkage.PreparedRecord.GIVEN;
import static org.marsad.persons.linkage.PreparedRecord.GRANDFATHER;

/**
 * The levels of the name fields of a comparison vector ({@link RecordComparison}): given
 * name, father's name and lineage (grandfather and family pooled), from two parsed names.
 * The levels are listed on {@link ComparisonField}.
 */
final class NameComparison {

	static final int DIFFERENT = 1;

	static final int CLOSE = 2;

	static final int KEY = 3;

	static final int EXACT = 4;

	static final int SHIFTED = 2;

	private static final int ONE_EDIT = 2;

	private static final double CLOSE_SIMILARITY = 0.9;

	private static final int MIN_EDITED = 4;

	private NameComparison() {
	}

	/**
	 * Compares two name words: missing, different, close (Jaro–Winkler of at least 0.9, a
	 * typo), key (the same consonant skeleton in another script or another Latin
	 * spelling), exact. Two Arabic spellings never compare at key level: the skeleton
	 * drops the long vowels and merges emphatic letters, so «محمد» and «محمود» or «قدرة»
	 * and «كتري» share one; Arabic words compare as folded words only.
	 */
	static int part(NameToken a, NameToken b) {
		if (a == null || b == null) {
			return ComparisonField.MISSING;
		}
		if (a == b) {
			return EXACT;
		}
		boolean arabic = !a.latin && !b.latin;
		if (!arabic && a.key == b.key && !a.key.isEmpty()) {
			return KEY;
		}
		double similarity = (a.latin == b.latin) ? JaroWinkler.similarity(a.chars, b.chars)
				: JaroWinkler.similarity(a.keyChars, b.keyChars);
		return (similarity >= CLOSE_SIMILARITY) ? CLOSE : DIFFERENT;
	}

	/** Given names: the levels of {@link #part}, one up, with one_edit below close. */
	static int given(NameToken a, NameToken b) {
		int level = part(a, b);
		if (level != DIFFERENT) {
			return (level >= CLOSE) ? level + 1 : level;
		}
		return (a.latin == b.latin && OneEdit.apart(a.chars, b.chars)) ? ONE_EDIT : DIFFERENT;
	}

	/**
	 * Fathers' names: the levels of {@link #part}, one up, with one typing error counted
	 * as close; shifted below close when one record's father is the other's grandfather.
	 */
	static int father(NameToken[] x, NameToken[] y) {
		int level = part(x[FATHER], y[FATHER]);
		if (level == DIFFERENT && x[FATHER].latin == y[FATHER].latin
				&& OneEdit.apart(x[FATHER].chars, y[FATHER].chars)) {
			level = CLOSE;
		}
		if (level == DIFFERENT && (part(x[FATHER], y[GRANDFATHER]) >= KEY || part(x[GRANDFATHER], y[FATHER]) >= KEY)) {
			return SHIFTED;
		}
		return (level >= CLOSE) ? level + 1 : level;
	}

	/**
	 * Grandfather and family pooled: every part of the shorter lineage found among the
	 * other's grandfather and family gives exact (at key level or better) or close; some
	 * found gives partial. The shorter lineage's grandfather is also looked for as the
	 * other's father, since a source may swap father and grandfather. A lone grandfather
	 * against a lone family name compares nothing (missing) unless they agree: one record
	 * lost one part and the other the other.
	 */
	static int lineage(NameToken[] x, NameToken[] y) {
		int xs = count(x);
		int ys = count(y);
		if (xs == 0 || ys == 0) {
			return ComparisonField.MISSING;
		}
		NameToken[] shorter = (xs <= ys) ? x : y;
		NameToken[] longer = (xs <= ys) ? y : x;
		int worst = EXACT;
		int best = DIFFERENT;
		for (int i = GRANDFATHER; i <= FAMILY; i++) {
			if (shorter[i] != null) {
				int level = found(shorter[i], longer, i == GRANDFATHER);
				worst = Math.min(worst, level);
				best = Math.max(best, level);
			}
		}
		if (worst >= KEY) {
			return 4;
		}
		if (worst >= CLOSE) {
			return 3;
		}
		if (best >= CLOSE) {
			return 2;
		}
		boolean disjoint = xs == 1 && ys == 1 && (x[FAMILY] == null) != (y[FAMILY] == null);
		return disjoint ? ComparisonField.MISSING : 1;
	}

	private static int found(NameToken part, NameToken[] longer, boolean asFather) {
		int level = Math.max(lineagePart(part, longer[GRANDFATHER]), lineagePart(part, longer[FAMILY]));
		return asFather ? Math.max(level, lineagePart(part, longer[FATHER])) : level;
	}

	/**
	 * A lineage part compares as a name word, and also as close when one typing error (a
	 * letter replaced, dropped, added or two swapped) separates two words of four letters
	 * or more: Jaro–Winkler falls under 0.9 for an error in the middle of a short word
	 * («كملات», «كمهات»). Not for given names, where it would take «حسن» and «حسين», two
	 * brothers, for one name. Across scripts the keys are compared so («Malak», «لاملك»).
	 * An error in the article of a family name («لامسالمه») kept the article on: the word
	 * with «ال» put back is then one error from the other.
	 */
	private static int lineagePart(NameToken a, NameToken b) {
		int level = part(a, b);
		if (level != DIFFERENT) {
			return level;
		}
		if (a.latin != b.latin) {
			return (Math.max(a.keyChars.length, b.keyChars.length) >= MIN_EDITED
					&& OneEdit.apart(a.keyChars, b.keyChars)) ? CLOSE : level;
		}
		if (Math.max(a.chars.length, b.chars.length) >= MIN_EDITED && OneEdit.apart(a.chars, b.chars)) {
			return CLOSE;
		}
		boolean article = !a.latin && (OneEdit.apart(a.withArticle, b.chars) || OneEdit.apart(a.chars, b.withArticle));
		return article ? CLOSE : level;
	}

	private static int count(NameToken[] name) {
		return ((name[GRANDFATHER] != null) ? 1 : 0) + ((name[FAMILY] != null) ? 1 : 0);
	}

}
