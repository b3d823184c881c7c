package org.marsad.text.figures;

import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Sex;

/**
 * The nouns that say what a number counts, in Arabic and English, as monitors of
 * displacement, detention and strikes use them (DESIGN, "Figure units").
 *
 * <p>
 * Forms are listed as written (singular, plural, accusative with tanween alef where
 * common); {@link CueLexicon} adds clitics and endings.
 * <ul>
 * <li>people: شخص، مدني، مواطن، آخرين; people, civilians, persons</li>
 * <li>people named for what befell them: نازح، لاجئ (left), قتيل، جريح، معتقل، محتجز،
 * موقوف، سجين; their category holds when no cue word governs the figure</li>
 * <li>children and women carry age and sex</li>
 * <li>combatants (عنصر، مقاتل، جندي، مسلح) let a following actor name their group; they
 * are counted as adults</li>
 * <li>families, vehicles, aircraft, buildings</li>
 * <li>strikes and square kilometres imply their own category</li>
 * </ul>
 */
public final class CountedNouns {

	private static final CueLexicon<CountedNoun> LEXICON = CueLexicon.<CountedNoun>builder()
		.add(CountedNoun.person(null, null), "شخص", "شخصاً", "أشخاص", "مدني", "مدنياً", "مدنيين", "مدنيون", "مواطن",
				"مواطناً", "مواطنين", "مواطنون", "آخرين", "آخرون", "آخر", "نسمة", "فرد", "فرداً", "أفراد", "ناشط",
				"ناشطاً", "ناشطين", "ناشطون", "مطلوب", "مطلوباً", "مطلوبين", "people", "person", "persons", "civilian",
				"civilians", "residents", "others", "individuals")
		.add(CountedNoun.personUsually(FigureCategory.EXITED), "نازح", "نازحاً", "نازحين", "نازحون", "لاجئ", "لاجئاً",
				"لاجئين", "لاجئون", "refugees", "idps")
		.add(CountedNoun.personUsually(FigureCategory.KILLED), "قتيل", "قتيلاً", "قتلى")
		.add(CountedNoun.personUsually(FigureCategory.INJURED), "جريح", "جريحاً", "جرحى", "مصاب", "مصاباً", "مصابين")
		.add(CountedNoun.personUsually(FigureCategory.DETAINED), "معتقل", "معتقلاً", "معتقلين", "محتجز", "محتجزاً",
				"محتجزين", "موقوف", "موقوفاً", "موقوفين", "سجين", "سجيناً", "سجناء", "detainees", "prisoners")
		.add(CountedNoun.person(AgeGroup.CHILD, null), "طفل", "طفلاً", "أطفال", "قاصر", "قاصرين", "child", "children",
				"minors")
		.add(CountedNoun.person(null, Sex.FEMALE), "امرأة", "امرأه", "نساء", "سيدة", "سيدات", "women", "woman")
		.add(CountedNoun.person(null, Sex.MALE), "رجل", "رجلاً", "رجال", "شاب", "شاباً", "شبان", "men")
		.add(CountedNoun.fighter(), "عنصر", "عنصراً", "عناصر", "مقاتل", "مقاتلاً", "مقاتلين", "مقاتلون", "جندي",
				"جندياً", "جنود", "قيادي", "قيادياً", "قياديين", "مسلح", "مسلحاً", "مسلحين", "مرتزق", "مرتزقة", "عسكري",
				"عسكرياً", "عسكريين", "fighters", "fighter", "members", "soldiers", "troops", "militants")
		.add(CountedNoun.of(FigureUnit.FAMILY), "عائلة", "عائلات", "أسرة", "أسر", "عوائل", "family", "families",
				"households")
		.add(CountedNoun.of(FigureUnit.VEHICLE), "شاحنة", "شاحنات", "آلية", "آليات", "سيارة", "سيارات", "عربة", "عربات",
				"مدرعة", "مدرعات", "حافلة", "حافلات", "صهريج", "صهاريج", "truck", "trucks", "vehicle", "vehicles",
				"buses", "cars", "tankers")
		.add(CountedNoun.of(FigureUnit.AIRCRAFT), "طائرة", "طائرات", "مروحية", "مروحيات", "aircraft", "helicopters",
				"planes", "drones")
		.add(CountedNoun.implying(FigureUnit.STRIKE, FigureCategory.STRIKES), "غارة", "غارات", "ضربة", "ضربات",
				"ضربة جوية", "ضربات جوية", "قذيفة", "قذائف", "صاروخ", "صواريخ", "برميل", "براميل", "strike", "strikes",
				"airstrike", "airstrikes", "air strikes", "shells", "rockets", "missiles", "barrel bombs")
		.add(CountedNoun.of(FigureUnit.BUILDING), "مبنى", "مباني", "منزل", "منزلاً", "منازل", "بيت", "بيوت", "مدرسة",
				"مدارس", "خيمة", "خيام", "building", "buildings", "houses", "homes", "tents")
		.add(CountedNoun.implying(FigureUnit.KM2, FigureCategory.AREA), "كلم مربع", "كم مربع", "كيلومتر مربع",
				"كيلو متر مربع", "كيلومترات مربعة", "كم2", "km2", "square kilometres", "square kilometers", "sq km")
		.build();

	private CountedNouns() {
	}

	/** The lexicon of counted nouns. */
	public static CueLexicon<CountedNoun> lexicon() {
		return LEXICON;
	}

}
