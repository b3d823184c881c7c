package org.marsad.text.figures;

import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Sex;

/**
 * Dual nouns, which count two on their own: «طفلان», «عائلتين», «شخصين» (Wright, A
 * Grammar of the Arabic Language, §297: the dual ends in ـان in the nominative and ـين in
 * the oblique cases; a feminine noun keeps its ت before the ending).
 *
 * <p>
 * Rules:
 * <ul>
 * <li>forms are written out, not derived: a noun whose sound masculine plural has the
 * same letters as its oblique dual (مدنيين، مقاتلين، معتقلين) is listed only in the
 * nominative dual (مدنيان), so that a plural is never read as two</li>
 * <li>nouns that are also common words in another sense (رجلين «two legs») are left
 * out</li>
 * <li>each form stands for the same counted noun as its singular in
 * {@link CountedNouns}</li>
 * </ul>
 */
public final class DualNouns {

	private static final CueLexicon<CountedNoun> LEXICON = CueLexicon.<CountedNoun>builder()
		.add(CountedNoun.person(null, null), "شخصان", "شخصين", "مدنيان", "مواطنان", "فردان", "فردين", "ناشطان")
		.add(CountedNoun.personUsually(FigureCategory.KILLED), "قتيلان", "قتيلين")
		.add(CountedNoun.personUsually(FigureCategory.INJURED), "جريحان", "جريحين", "مصابان")
		.add(CountedNoun.personUsually(FigureCategory.DETAINED), "معتقلان", "محتجزان", "سجينان", "سجينين")
		.add(CountedNoun.person(AgeGroup.CHILD, null), "طفلان", "طفلين", "طفلتان", "طفلتين", "قاصران")
		.add(CountedNoun.person(null, Sex.FEMALE), "امرأتان", "امرأتين", "سيدتان", "سيدتين", "فتاتان", "فتاتين")
		.add(CountedNoun.person(null, Sex.MALE), "شابان", "شابين")
		.add(CountedNoun.fighter(), "عنصران", "عنصرين", "مقاتلان", "جنديان", "جنديين", "مسلحان", "قياديان")
		.add(CountedNoun.of(FigureUnit.FAMILY), "عائلتان", "عائلتين", "أسرتان", "أسرتين")
		.add(CountedNoun.of(FigureUnit.VEHICLE), "شاحنتان", "شاحنتين", "سيارتان", "سيارتين", "آليتان", "آليتين",
				"حافلتان", "حافلتين")
		.add(CountedNoun.of(FigureUnit.AIRCRAFT), "طائرتان", "طائرتين", "مروحيتان", "مروحيتين")
		.add(CountedNoun.implying(FigureUnit.STRIKE, FigureCategory.STRIKES), "غارتان", "غارتين", "ضربتان", "ضربتين",
				"قذيفتان", "قذيفتين", "صاروخان", "صاروخين")
		.add(CountedNoun.of(FigureUnit.BUILDING), "منزلان", "منزلين", "مبنيان", "مبنيين")
		.build();

	private DualNouns() {
	}

	/** The lexicon of dual nouns. */
	public static CueLexicon<CountedNoun> lexicon() {
		return LEXICON;
	}

}
