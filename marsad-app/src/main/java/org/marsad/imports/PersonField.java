package org.marsad.imports;

import java.util.List;
import java.util.Locale;

/**
 * The fields a column of a sheet of persons can hold. Each row is one person; rows that
 * share a {@link #HOUSEHOLD_KEY} are one household, registered at once with the relation
 * of each member to its head.
 * <p>
 * Each field lists the header names it is proposed for: English, the PFIF 1.4 field names
 * where they mean the same, and Arabic as monitors write them. Header names are compared
 * folded (case, hamza and alef forms, teh marbuta, diacritics, tatweel, spaces, {@code _}
 * and {@code -} ignored).
 */
public enum PersonField implements SheetField {

	/** The full name as written; the registry parses its parts. */
	FULL_NAME(true, "full_name", "name", "full name", "الاسم الكامل", "الاسم الثلاثي", "الاسم", "اسم الشخص"),
	/** Latin spellings, several separated by {@code ;} or {@code |}. */
	LATIN_NAME(false, "latin_name", "latin_names", "name_en", "name in latin", "الاسم باللاتينية", "الاسم بالانكليزية",
			"الاسم بالإنجليزية"),
	/**
	 * Female or male: {@code female}, {@code F}, «أنثى», {@code male}, {@code M}, «ذكر».
	 */
	SEX(false, "sex", "gender", "الجنس"),
	/** The age in years when the sheet was written (digits or Arabic-Indic digits). */
	AGE(false, "age", "العمر", "السن"),
	/** The year of birth. */
	BIRTH_YEAR(false, "birth_year", "year_of_birth", "date_of_birth", "سنة الميلاد", "تاريخ الميلاد", "مواليد"),
	/** A country code ({@code SY}) or a nationality or country name («سوري», «Iraqi»). */
	NATIONALITY(false, "nationality", "citizenship", "الجنسية"),
	/** The place of origin: a catalogue id or a name or alias of exactly one place. */
	ORIGIN(false, "origin", "place_of_origin", "home_city", "مكان الأصل", "مكان الاصل", "البلدة الأصلية", "مكان القيد"),
	/** Rows with the same key are one household. */
	HOUSEHOLD_KEY(false, "household", "household_key", "family_id", "family_number", "رقم العائلة", "رقم الأسرة",
			"رمز العائلة"),
	/**
	 * The relation to the household's head: {@code head}, «رب الأسرة», «زوجة», «ابن» …
	 */
	RELATION(false, "relation", "relationship", "household_relation", "صلة القرابة", "القرابة", "الصلة"),
	/** What else identifies the person. */
	DESCRIPTION(false, "description", "notes", "الوصف", "الملاحظات", "ملاحظات"),
	/** {@code internal} (the default) or {@code publishable}. */
	CONFIDENTIALITY(false, "confidentiality", "السرية"),
	/** The identity document's type code ({@code national_id}, {@code passport}, …). */
	DOCUMENT_TYPE(false, "document_type", "id_type", "نوع الوثيقة", "نوع الهوية"),
	/** The issuing country's code. */
	DOCUMENT_COUNTRY(false, "document_country", "issuing_country", "بلد الإصدار", "جهة الإصدار"),
	/** The document's number: protected, never repeated. */
	DOCUMENT_NUMBER(false, "document_number", "id_number", "national_id", "رقم الوثيقة", "رقم الهوية", "الرقم الوطني"),
	/**
	 * {@code held} (the default), {@code lost}, {@code destroyed} or {@code confiscated}.
	 */
	DOCUMENT_STATE(false, "document_state", "حالة الوثيقة");

	private final boolean required;

	private final List<String> headers;

	PersonField(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers);
	}

	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean required() {
		return this.required;
	}

	@Override
	public List<String> headers() {
		return this.headers;
	}

	@Override
	public String label() {
		return "import.person." + code();
	}

	@Override
	public boolean protectedCells() {
		return this == DOCUMENT_NUMBER;
	}

}
