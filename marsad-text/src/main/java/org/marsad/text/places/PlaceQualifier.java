package org.marsad.text.places;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.marsad.text.vocabulary.PlaceKind;

/**
 * Words that say what kind of place follows («مخيم الهول», «بلدة هجين», "town of Hajin").
 *
 * <p>
 * Rules:
 * <ul>
 * <li>Arabic qualifiers precede the name; English ones precede ("town of Hajin") or
 * follow it ("Roj camp")</li>
 * <li>the qualifier is inside the mention's span, because it is part of how the report
 * names the place and it picks the kind («مخيم الهول» is the camp, «الهول» alone the
 * town)</li>
 * <li>each qualifier prefers some kinds; candidates of those kinds win when there are
 * any</li>
 * <li>«ريف X» may be followed by a direction (الشرقي، الغربي، الشمالي، الجنوبي), also
 * inside the span; the mention resolves to X's governorate or region unless the gazetteer
 * names the countryside itself («ريف دير الزور الشرقي»), which is then the longer
 * match</li>
 * </ul>
 */
public enum PlaceQualifier {

	/** بلدة، مدينة، قرية، town of, city of, village of. */
	SETTLEMENT(List.of("بلدة", "مدينة", "قرية", "بلدات", "قرى", "town of", "city of", "village of"),
			List.of("town", "city", "village"), EnumSet.of(PlaceKind.TOWN, PlaceKind.VILLAGE)),

	/** مخيم. */
	CAMP(List.of("مخيم", "مخيمات"), List.of("camp"), EnumSet.of(PlaceKind.CAMP)),

	/** منطقة. */
	AREA(List.of("منطقة"), List.of("district", "area"),
			EnumSet.of(PlaceKind.REGION, PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT)),

	/** ناحية. */
	SUBDISTRICT(List.of("ناحية"), List.of("subdistrict"), EnumSet.of(PlaceKind.SUBDISTRICT)),

	/** محافظة. */
	GOVERNORATE(List.of("محافظة", "province of", "governorate of"), List.of("governorate", "province"),
			EnumSet.of(PlaceKind.GOVERNORATE)),

	/** ريف, the countryside of a town or governorate. */
	COUNTRYSIDE(List.of("ريف", "countryside of"), List.of("countryside"),
			EnumSet.of(PlaceKind.REGION, PlaceKind.GOVERNORATE, PlaceKind.DISTRICT)),

	/** حي, a quarter of a town. */
	QUARTER(List.of("حي", "أحياء"), List.of("neighbourhood", "neighborhood", "quarter"), EnumSet.of(PlaceKind.FEATURE));

	/** Directions that may follow «ريف X». */
	static final List<String> DIRECTIONS = List.of("الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشمالي الشرقي",
			"الشمالي الغربي", "الجنوبي الشرقي", "الجنوبي الغربي");

	private final List<String> prefixes;

	private final List<String> suffixes;

	private final Set<PlaceKind> preferred;

	PlaceQualifier(List<String> prefixes, List<String> suffixes, Set<PlaceKind> preferred) {
		this.prefixes = prefixes;
		this.suffixes = suffixes;
		this.preferred = preferred;
	}

	/** Words before the name that introduce the qualifier. */
	public List<String> prefixes() {
		return this.prefixes;
	}

	/** English words after the name ("al-Hol camp", "Raqqa countryside"). */
	public List<String> suffixes() {
		return this.suffixes;
	}

	/** Kinds that the qualifier prefers. */
	public Set<PlaceKind> preferred() {
		return this.preferred;
	}

	/** Whether a direction may follow the name. */
	boolean takesDirection() {
		return this == COUNTRYSIDE;
	}

}
