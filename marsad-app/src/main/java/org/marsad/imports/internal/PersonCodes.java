package org.marsad.imports.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.catalogue.NameKeys;
import org.marsad.text.normalize.ArabicFolding;

/**
 * The words monitors write in sheets of persons, read into the registry's codes: sex,
 * relation to the head of the household, nationality, identity document type and state,
 * and ages written with their unit («٣٥ سنة»).
 * <ul>
 * <li>Words are compared by {@link NameKeys} (hamza and alef forms, teh marbuta, alef
 * maksura, diacritics, tatweel, case and the article ignored), so «أنثى», «انثى» and
 * «أنـثى» are one word.</li>
 * <li>A code of the registry is read as itself ({@code female}, {@code spouse},
 * {@code SY}).</li>
 * <li>Nationalities and countries are those of the people the monitors of Syria most
 * often record: Syria and its neighbours, Palestinians, and a few others; anything else
 * is written as its ISO 3166-1 alpha-2 code.</li>
 * </ul>
 */
final class PersonCodes {

	private static final Pattern AGE = Pattern
		.compile("(\\d{1,3})\\s*(سنه|سنوات|سنين|سنة|عام|عاما|اعوام|years?|yrs?|y)?\\.?", Pattern.CASE_INSENSITIVE);

	private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

	private static final Map<String, String> SEXES = keys(
			Map.of("female", "female", "f", "female", "woman", "female", "أنثى", "female", "امرأة", "female", "male",
					"male", "m", "male", "man", "male", "ذكر", "male", "رجل", "male"));

	private static final Map<String, String> RELATIONS = keys(Map.ofEntries(Map.entry("head", "head"),
			Map.entry("head of household", "head"), Map.entry("رب الأسرة", "head"), Map.entry("رب العائلة", "head"),
			Map.entry("ربة الأسرة", "head"), Map.entry("رأس الأسرة", "head"), Map.entry("المعيل", "head"),
			Map.entry("spouse", "spouse"), Map.entry("wife", "spouse"), Map.entry("husband", "spouse"),
			Map.entry("زوج", "spouse"), Map.entry("زوجة", "spouse"), Map.entry("son", "son"), Map.entry("ابن", "son"),
			Map.entry("daughter", "daughter"), Map.entry("ابنة", "daughter"), Map.entry("بنت", "daughter"),
			Map.entry("parent", "parent"), Map.entry("father", "parent"), Map.entry("mother", "parent"),
			Map.entry("أب", "parent"), Map.entry("أم", "parent"), Map.entry("والد", "parent"),
			Map.entry("والدة", "parent"), Map.entry("sibling", "sibling"), Map.entry("brother", "sibling"),
			Map.entry("sister", "sibling"), Map.entry("أخ", "sibling"), Map.entry("أخت", "sibling"),
			Map.entry("grandchild", "grandchild"), Map.entry("grandson", "grandchild"),
			Map.entry("granddaughter", "grandchild"), Map.entry("حفيد", "grandchild"), Map.entry("حفيدة", "grandchild"),
			Map.entry("grandparent", "grandparent"), Map.entry("grandfather", "grandparent"),
			Map.entry("grandmother", "grandparent"), Map.entry("جد", "grandparent"), Map.entry("جدة", "grandparent"),
			Map.entry("relative", "relative"), Map.entry("قريب", "relative"), Map.entry("قريبة", "relative"),
			Map.entry("other", "other"), Map.entry("آخر", "other"), Map.entry("أخرى", "other")));

	private static final Map<String, String> COUNTRIES = keys(Map.ofEntries(Map.entry("syria", "SY"),
			Map.entry("syrian", "SY"), Map.entry("سوريا", "SY"), Map.entry("سورية", "SY"), Map.entry("سوري", "SY"),
			Map.entry("iraq", "IQ"), Map.entry("iraqi", "IQ"), Map.entry("العراق", "IQ"), Map.entry("عراقي", "IQ"),
			Map.entry("عراقية", "IQ"), Map.entry("lebanon", "LB"), Map.entry("lebanese", "LB"),
			Map.entry("لبنان", "LB"), Map.entry("لبناني", "LB"), Map.entry("لبنانية", "LB"), Map.entry("jordan", "JO"),
			Map.entry("jordanian", "JO"), Map.entry("الأردن", "JO"), Map.entry("أردني", "JO"),
			Map.entry("أردنية", "JO"), Map.entry("palestine", "PS"), Map.entry("palestinian", "PS"),
			Map.entry("فلسطين", "PS"), Map.entry("فلسطيني", "PS"), Map.entry("فلسطينية", "PS"),
			Map.entry("turkey", "TR"), Map.entry("turkish", "TR"), Map.entry("تركيا", "TR"), Map.entry("تركي", "TR"),
			Map.entry("تركية", "TR"), Map.entry("egypt", "EG"), Map.entry("egyptian", "EG"), Map.entry("مصر", "EG"),
			Map.entry("مصري", "EG"), Map.entry("مصرية", "EG"), Map.entry("iran", "IR"), Map.entry("iranian", "IR"),
			Map.entry("إيران", "IR"), Map.entry("إيراني", "IR"), Map.entry("afghanistan", "AF"),
			Map.entry("afghan", "AF"), Map.entry("أفغانستان", "AF"), Map.entry("أفغاني", "AF")));

	private static final Map<String, String> DOCUMENT_TYPES = keys(
			Map.ofEntries(Map.entry("national id", "national_id"), Map.entry("id card", "national_id"),
					Map.entry("هوية", "national_id"), Map.entry("بطاقة شخصية", "national_id"),
					Map.entry("البطاقة الشخصية", "national_id"), Map.entry("passport", "passport"),
					Map.entry("جواز سفر", "passport"), Map.entry("family booklet", "family_booklet"),
					Map.entry("دفتر عائلة", "family_booklet"), Map.entry("birth certificate", "birth_certificate"),
					Map.entry("شهادة ميلاد", "birth_certificate"), Map.entry("بيان ولادة", "birth_certificate"),
					Map.entry("إخراج قيد", "civil_registry_extract"), Map.entry("driving licence", "driving_licence"),
					Map.entry("رخصة قيادة", "driving_licence"), Map.entry("refugee card", "refugee_card"),
					Map.entry("بطاقة لاجئ", "refugee_card")));

	private static final Map<String, String> DOCUMENT_STATES = keys(Map.ofEntries(Map.entry("held", "held"),
			Map.entry("بحوزته", "held"), Map.entry("موجودة", "held"), Map.entry("lost", "lost"),
			Map.entry("مفقودة", "lost"), Map.entry("ضائعة", "lost"), Map.entry("destroyed", "destroyed"),
			Map.entry("تالفة", "destroyed"), Map.entry("متلفة", "destroyed"), Map.entry("confiscated", "confiscated"),
			Map.entry("مصادرة", "confiscated")));

	private PersonCodes() {
	}

	/** {@code female} or {@code male}, or {@code null} for a word that is neither. */
	static String sex(String cell) {
		return SEXES.get(NameKeys.of(cell));
	}

	/** A relation code of the registry, or {@code null} for an unknown word. */
	static String relation(String cell) {
		return RELATIONS.get(NameKeys.of(cell));
	}

	/** An ISO 3166-1 alpha-2 code, or {@code null} for an unknown name. */
	static String country(String cell) {
		String stripped = cell.strip();
		if (COUNTRY_CODE.matcher(stripped).matches()) {
			return stripped.toUpperCase(Locale.ROOT);
		}
		return COUNTRIES.get(NameKeys.of(stripped));
	}

	/** A document type code: a known word read, anything else as a code to be checked. */
	static String documentType(String cell) {
		return DOCUMENT_TYPES.getOrDefault(NameKeys.of(cell), Cells.code(cell));
	}

	/**
	 * A document state code: a known word read, anything else as a code to be checked.
	 */
	static String documentState(String cell) {
		return DOCUMENT_STATES.getOrDefault(NameKeys.of(cell), Cells.code(cell));
	}

	/** An age in whole years, written alone or with its unit, or {@code null}. */
	static Integer age(String cell) {
		Matcher m = AGE.matcher(ArabicFolding.fold(cell.strip()));
		return m.matches() ? Integer.valueOf(m.group(1)) : null;
	}

	private static Map<String, String> keys(Map<String, String> words) {
		Map<String, String> keyed = new HashMap<>();
		words.forEach((word, code) -> keyed.put(NameKeys.of(word), code));
		return Map.copyOf(keyed);
	}

}
