package org.marsad.text.figures;

/**
 * The lexicon of {@link LinkWord}s.
 *
 * <ul>
 * <li>filler: من، الجنسية، of, الـ</li>
 * <li>part of: ضمن، ضمنهم، بينهم، من بينهم، منهم، among them, including, in («23,200
 * Iraqis in more than 6,000 families»)</li>
 * <li>count of: عدد، حصيلة، number of, toll</li>
 * <li>and: و، and</li>
 * <li>camp: مخيم، مخيمات، معسكر، camp, camps</li>
 * </ul>
 */
public final class LinkWords {

	private static final CueLexicon<LinkWord> LEXICON = CueLexicon.<LinkWord>builder()
		.add(LinkWord.FILLER, "من", "الجنسية", "of", "الـ", "ال")
		.add(LinkWord.PART_OF, "ضمن", "ضمنهم", "بينهم", "من بينهم", "منهم", "among", "among them", "including", "in")
		.add(LinkWord.COUNT_OF, "عدد", "حصيلة", "number", "toll")
		.add(LinkWord.AND, "و", "and")
		.add(LinkWord.CAMP, "مخيم", "مخيمات", "معسكر", "camp", "camps")
		.build();

	private LinkWords() {
	}

	/** The lexicon of link words. */
	public static CueLexicon<LinkWord> lexicon() {
		return LEXICON;
	}

}
