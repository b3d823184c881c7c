package org.marsad.text.figures;

import org.marsad.text.vocabulary.FigureCategory;

/**
 * The words that say what happened to what a figure counts (DESIGN, "Figure categories"),
 * as verbs and verbal nouns in Arabic and as English verbs.
 *
 * <p>
 * Cues:
 * <ul>
 * <li>exited: خروج، نزوح، فرار، هروب، مغادرة; fled, left, displaced</li>
 * <li>transferred: نقل، ترحيل; transferred, moved, taken</li>
 * <li>killed, injured, arrested, detained, surrendered, missing, trapped, released,
 * returned, deployed</li>
 * <li>surrendered also from the reflexive «أنفسهم» that completes «سلّم … أنفسهم» when
 * the number stands between verb and reflexive</li>
 * <li>entered: دخول، وصول، عبور; entered, arrived, crossed (a figure of forces that
 * arrive becomes deployed, of people brought to a camp becomes transferred: see
 * {@link FigureFinder})</li>
 * </ul>
 */
public final class FigureCues {

	private static final CueLexicon<FigureCategory> LEXICON = CueLexicon.<FigureCategory>builder()
		.add(FigureCategory.EXITED, "خروج", "خرج", "خرجت", "خرجوا", "يخرج", "نزوح", "نزح", "نزحت", "نزحوا", "فرار",
				"فر", "فرت", "فروا", "هروب", "هرب", "هربوا", "مغادرة", "غادر", "غادرت", "غادروا", "تهجير", "هجر",
				"الخارجين", "خارجين", "الفارين", "فارين", "fleeing", "fled", "left", "leaving", "displaced",
				"displacement", "exodus", "evacuated", "escaped")
		.add(FigureCategory.TRANSFERRED, "نقل", "نقلت", "نقلوا", "نقلهم", "ينقل", "ترحيل", "رحل", "رحلوا",
				"transferred", "moved", "taken", "relocated", "bused")
		.add(FigureCategory.KILLED, "مقتل", "قتل", "قتلت", "قتلوا", "يقتل", "استشهاد", "استشهد", "استشهدوا", "مصرع",
				"لقي حتفه", "لقوا حتفهم", "وفاة", "توفي", "اعدام", "أعدم", "killing", "killed", "died", "dead",
				"executed", "deaths")
		.add(FigureCategory.INJURED, "إصابة", "إصابات", "أصيب", "أصيبت", "أصيبوا", "جرح", "جرحت", "جرحوا", "injured",
				"wounded", "injuring", "wounding")
		.add(FigureCategory.ARRESTED, "اعتقال", "اعتقل", "اعتقلت", "اعتقلوا", "القبض", "ألقي القبض", "اختطاف", "اختطف",
				"خطف", "arrested", "arrest", "abducted", "apprehended")
		.add(FigureCategory.DETAINED, "احتجاز", "احتجز", "احتجزت", "احتجزوا", "محتجز", "محتجزين", "توقيف", "detained",
				"held", "detention")
		.add(FigureCategory.SURRENDERED, "تسليم نفسه", "تسليم أنفسهم", "سلموا أنفسهم", "سلم نفسه", "أنفسهم", "أنفسهن",
				"استسلام", "استسلم", "استسلموا", "surrendered", "surrender", "gave themselves up")
		.add(FigureCategory.MISSING, "فقدان", "فقد", "فقدوا", "مفقود", "مفقودين", "مجهول المصير", "missing")
		.add(FigureCategory.TRAPPED, "عالق", "عالقين", "عالقون", "محاصر", "محاصرين", "محاصرون", "trapped", "besieged",
				"stranded")
		.add(FigureCategory.RELEASED, "إطلاق سراح", "أطلق سراح", "أفرج", "أفرجت", "الإفراج", "released", "freed")
		.add(FigureCategory.RETURNED, "عودة", "عاد", "عادت", "عادوا", "returned", "return", "returning")
		.add(FigureCategory.DEPLOYED, "انتشار", "انتشر", "انتشرت", "انتشروا", "تعزيزات", "استقدام", "استقدمت",
				"deployed", "reinforcements")
		.add(FigureCategory.ENTERED, "دخول", "دخل", "دخلت", "دخلوا", "وصول", "وصل", "وصلت", "وصلوا", "عبور", "عبر",
				"عبرت", "entered", "arrived", "crossed", "arrival")
		.build();

	private static final CueLexicon<FigureCategory> ADJACENT = CueLexicon.<FigureCategory>builder()
		.add(FigureCategory.ARRESTED, "أسر", "أسرت", "أسروا")
		.add(FigureCategory.DEPLOYED, "نشر", "نشرت", "نشروا")
		.build();

	private FigureCues() {
	}

	/**
	 * Cue words that have another common sense (أسر: captured, or families; نشر:
	 * deployed, or published) and count only directly before the number they govern («أسر
	 * 12 مقاتلاً», «نشرت أكثر من 1000 عنصر»).
	 * @return the lexicon of such cues
	 */
	public static CueLexicon<FigureCategory> adjacent() {
		return ADJACENT;
	}

	/** The lexicon of category cues. */
	public static CueLexicon<FigureCategory> lexicon() {
		return LEXICON;
	}

}
