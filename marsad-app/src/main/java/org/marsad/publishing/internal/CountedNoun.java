package org.marsad.publishing.internal;

import java.util.Map;

/**
 * A noun as Arabic counts it: the forms a number calls for, and its gender, which the
 * numbers 3–10 take the opposite of (Wright, "A Grammar of the Arabic Language", vol. 1,
 * §§ 321–325; Badawi, Carter and Gully, "Modern Written Arabic", ch. 4.2).
 *
 * @param singular the singular in the genitive, after 100, 1000 and their multiples («مئة
 * شخص»), and the singular counted by one («شخص واحد»)
 * @param dual the dual in the nominative («شخصان»)
 * @param plural the plural in the genitive, after 3–10 («ثلاثة أشخاص»)
 * @param accusative the singular in the accusative, after 11–99 («أحد عشر شخصاً»)
 * @param feminine whether the noun is grammatically feminine
 */
record CountedNoun(String singular, String dual, String plural, String accusative, boolean feminine) {

	/** «ألف»: thousands are counted like a masculine noun. */
	static final CountedNoun THOUSAND = new CountedNoun("ألف", "ألفان", "آلاف", "ألفاً", false);

	/** «مليون»: millions likewise. */
	static final CountedNoun MILLION = new CountedNoun("مليون", "مليونان", "ملايين", "مليوناً", false);

	/** «مليار». */
	static final CountedNoun BILLION = new CountedNoun("مليار", "ملياران", "مليارات", "ملياراً", false);

	/**
	 * The nouns of the figure units (DESIGN, "Figure units"), by unit code; a bulletin
	 * names one to count it in words.
	 */
	static final Map<String, CountedNoun> BY_UNIT = Map.of("person",
			new CountedNoun("شخص", "شخصان", "أشخاص", "شخصاً", false), "family",
			new CountedNoun("عائلة", "عائلتان", "عائلات", "عائلة", true), "vehicle",
			new CountedNoun("آلية", "آليتان", "آليات", "آلية", true), "aircraft",
			new CountedNoun("طائرة", "طائرتان", "طائرات", "طائرة", true), "strike",
			new CountedNoun("غارة", "غارتان", "غارات", "غارة", true), "building",
			new CountedNoun("مبنى", "مبنيان", "مبانٍ", "مبنى", false), "civilian",
			new CountedNoun("مدني", "مدنيان", "مدنيين", "مدنياً", false));

	/**
	 * Whether it is a scale word (thousand, million, billion), counted without «واحد».
	 */
	boolean scale() {
		return this.equals(THOUSAND) || this.equals(MILLION) || this.equals(BILLION);
	}

	/**
	 * The dual in construct, before the noun it counts: the nominative's final «ن» falls
	 * («مئتا شخص», «ألفا عائلة»).
	 */
	String dualConstruct() {
		return this.dual.endsWith("ن") ? this.dual.substring(0, this.dual.length() - 1) : this.dual;
	}

}
