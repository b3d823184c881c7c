package org.marsad.persons.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.marsad.persons.PersonFields;

/**
 * The rules a person's fields follow; every broken rule is named, by field.
 * <ul>
 * <li>a full name of 1 to {@value #MAX_NAME} characters; name parts up to
 * {@value #MAX_PART}; at most {@value #MAX_LATIN} Latin spellings of up to
 * {@value #MAX_PART} characters each</li>
 * <li>sex {@code female} or {@code male}; age 0 to 130, given on a day not in the future;
 * birth year from {@value #FIRST_YEAR} to this year, with a precision ({@code exact} when
 * omitted); no precision without a year</li>
 * <li>nationality two capital letters; place of origin, household and reports that exist;
 * a relation only within a household</li>
 * <li>a description up to {@value #MAX_TEXT} characters; confidentiality {@code internal}
 * (the default) or {@code publishable}</li>
 * </ul>
 */
class PersonRules {

	static final int MAX_NAME = 300;

	static final int MAX_PART = 100;

	static final int MAX_LATIN = 8;

	static final int MAX_TEXT = 4000;

	static final int FIRST_YEAR = 1890;

	static final Set<String> SEXES = Set.of("female", "male");

	static final Set<String> PRECISIONS = Set.of("exact", "about", "decade");

	static final Set<String> RELATIONS = Set.of("head", "spouse", "son", "daughter", "parent", "sibling", "grandchild",
			"grandparent", "relative", "other");

	static final Set<String> CONFIDENTIALITY = Set.of("internal", "publishable");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private final References references;

	PersonRules(References references) {
		this.references = references;
	}

	CheckedPerson check(PersonFields fields, LocalDate today, Problems problems) {
		if (fields == null) {
			problems.add("persons.error.required");
			return null;
		}
		String fullName = text(fields.fullName(), "fullName", MAX_NAME, true, problems);
		NameParts given = new NameParts(text(fields.givenName(), "givenName", MAX_PART, false, problems),
				text(fields.fatherName(), "fatherName", MAX_PART, false, problems),
				text(fields.grandfatherName(), "grandfatherName", MAX_PART, false, problems),
				text(fields.familyName(), "familyName", MAX_PART, false, problems),
				text(fields.kunya(), "kunya", MAX_PART, false, problems));
		List<String> latin = latinNames(fields.latinNames(), problems);
		String sex = code(fields.sex(), "sex", SEXES, problems);
		LocalDate ageOn = (fields.ageOn() != null) ? fields.ageOn() : (fields.age() != null) ? today : null;
		checkAge(fields, ageOn, today, problems);
		String precision = birthPrecision(fields, today, problems);
		String nationality = country(fields.nationality(), "nationality", problems);
		String origin = blankToNull(fields.originPlaceId());
		if (origin != null && !this.references.place(origin)) {
			problems.add("originPlaceId", "persons.error.unknownPlace");
		}
		String description = text(fields.description(), "description", MAX_TEXT, false, problems);
		String relation = code(fields.householdRelation(), "householdRelation", RELATIONS, problems);
		checkHousehold(fields.householdId(), relation, problems);
		String confidentiality = (fields.confidentiality() == null || fields.confidentiality().isBlank()) ? "internal"
				: code(fields.confidentiality(), "confidentiality", CONFIDENTIALITY, problems);
		checkReports(fields.sourceReportIds(), problems);
		if (fullName == null) {
			return null;
		}
		NameParts parts = isEmpty(given) ? NameParts.parse(fullName) : given;
		return new CheckedPerson(fullName, parts, latin, sex, fields.age(), ageOn, fields.birthYear(), precision,
				nationality, origin, description, fields.householdId(), relation, confidentiality,
				List.copyOf(fields.sourceReportIds()));
	}

	private void checkAge(PersonFields fields, LocalDate ageOn, LocalDate today, Problems problems) {
		if (fields.age() != null && (fields.age() < 0 || fields.age() > 130)) {
			problems.add("age", "persons.error.age");
		}
		if (ageOn != null && ageOn.isAfter(today)) {
			problems.add("ageOn", "persons.error.future");
		}
	}

	private String birthPrecision(PersonFields fields, LocalDate today, Problems problems) {
		Integer year = fields.birthYear();
		if (year != null && (year < FIRST_YEAR || year > today.getYear())) {
			problems.add("birthYear", "persons.error.birthYear");
		}
		String precision = code(fields.birthPrecision(), "birthPrecision", PRECISIONS, problems);
		if (precision != null && year == null) {
			problems.add("birthPrecision", "persons.error.precisionWithoutYear");
		}
		return (year != null && precision == null) ? "exact" : precision;
	}

	private void checkHousehold(UUID household, String relation, Problems problems) {
		if (household != null && !this.references.household(household)) {
			problems.add("householdId", "persons.error.unknownHousehold");
		}
		if (relation != null && household == null) {
			problems.add("householdRelation", "persons.error.relationWithoutHousehold");
		}
	}

	private void checkReports(List<UUID> reports, Problems problems) {
		for (int i = 0; i < reports.size(); i++) {
			if (!this.references.report(reports.get(i))) {
				problems.add("sourceReportIds[" + i + "]", "persons.error.unknownReport");
			}
		}
	}

	private static List<String> latinNames(List<String> names, Problems problems) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = text(names.get(i), "latinNames[" + i + "]", MAX_PART, false, problems);
			if (name != null && !kept.contains(name)) {
				kept.add(name);
			}
		}
		if (kept.size() > MAX_LATIN) {
			problems.add("latinNames", "persons.error.tooMany");
		}
		return List.copyOf(kept);
	}

	static String text(String value, String field, int max, boolean required, Problems problems) {
		String text = blankToNull(value);
		if (text == null) {
			if (required) {
				problems.add(field, "persons.error.required");
			}
			return null;
		}
		if (text.length() > max) {
			problems.add(field, "persons.error.tooLong");
			return null;
		}
		if (text.indexOf('\n') >= 0 && max <= MAX_NAME) {
			problems.add(field, "persons.error.lineBreak");
			return null;
		}
		return text;
	}

	static String code(String value, String field, Set<String> allowed, Problems problems) {
		String code = blankToNull(value);
		if (code != null && !allowed.contains(code)) {
			problems.add(field, "persons.error.unknownCode");
			return null;
		}
		return code;
	}

	static String country(String value, String field, Problems problems) {
		String code = blankToNull(value);
		if (code != null && !COUNTRY.matcher(code).matches()) {
			problems.add(field, "persons.error.country");
			return null;
		}
		return code;
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static boolean isEmpty(NameParts parts) {
		return parts.given() == null && parts.father() == null && parts.grandfather() == null && parts.family() == null
				&& parts.kunya() == null;
	}

}
