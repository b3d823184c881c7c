package org.marsad.text.figures;

/**
 * The lexicon of {@link LinkWord}s.
 *
 * <ul>
 * <li>filler: من، of, الـ</li>
 * <li>part of: ضمن، بينهم، من بينهم، منهم، among them, including</li>
 * <li>camp: مخيم، مخيمات، معسكر، camp, camps</li>
 * </ul>
 */
public final class LinkWords {

	private static final CueLexicon<LinkWord> LEXICON = CueLexicon.<LinkWord>builder()
		.add(LinkWord.FILLER, "من", "of", "الـ", "ال")
		.add(LinkWord.PART_OF, "ضمن", "بينهم", "من بينهم", "منهم", "among", "among them", "including")
		.add(LinkWord.CAMP, "مخيم", "مخيمات", "معسكر", "camp", "camps")
		.build();

	private LinkWords() {
	}

	/** The lexicon of link words. */
	public static CueLexicon<LinkWord> lexicon() {
		return LEXICON;
	}

}
