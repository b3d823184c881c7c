package org.marsad.imports;

import java.util.List;
import java.util.Locale;

/**
 * The fields a column of a sheet can hold. Event fields are read from the first row of an
 * event (rows sharing an {@link #EVENT_KEY}); later rows of the same event may leave them
 * empty or repeat them. A row with a {@link #FIGURE} value adds a figure to its event.
 * <p>
 * Each field lists the header names it is proposed for: English, the ACLED codebook's
 * column names where they mean the same, and Arabic. Header names are compared folded
 * (case, hamza and alef forms, teh marbuta, spaces, {@code _} and {@code -} ignored).
 */
public enum ImportField implements SheetField {

	/** Rows with the same key are one event; without it every row is an event. */
	EVENT_KEY(false, "event", "event_key", "event_id", "event_id_cnty", "الحدث", "رقم الحدث", "معرف الحدث"),
	/** An event type code ({@code displacement}, {@code battles}, …). */
	TYPE(true, "type", "event_type", "نوع الحدث", "النوع"),
	/** A sub-type, free text. */
	SUB_TYPE(false, "sub_type", "subtype", "sub_event_type", "النوع الفرعي"),
	/** The first day: ISO, day/month/year, an Arabic date or a spreadsheet date. */
	DATE_FROM(true, "date", "date_from", "from", "event_date", "start_date", "التاريخ", "من تاريخ", "تاريخ البدء"),
	/** The last day; the first day when empty. */
	DATE_TO(false, "date_to", "to", "end_date", "إلى تاريخ", "حتى تاريخ", "تاريخ الانتهاء"),
	/** {@code day}, {@code week}, {@code month} or {@code year}. */
	DATE_PRECISION(false, "date_precision", "precision", "time_precision", "دقة التاريخ"),
	/** A place: its catalogue id (a P-code) or a name or alias of exactly one place. */
	PLACE(false, "place", "place_id", "location", "pcode", "admin_pcode", "المكان", "الموقع"),
	/** 1, 2 or 3 (ACLED's geo precision). */
	GEO_PRECISION(false, "geo_precision", "دقة الموقع"),
	/** The first actor: catalogue id or a name or alias. */
	ACTOR_1(false, "actor1", "actor_1", "actor", "الطرف الأول", "الفاعل"),
	/** The second actor. */
	ACTOR_2(false, "actor2", "actor_2", "الطرف الثاني"),
	/** A description in Arabic. */
	DESCRIPTION_AR(false, "description_ar", "notes_ar", "الوصف", "الملاحظات"),
	/** A description in English. */
	DESCRIPTION_EN(false, "description_en", "description", "notes"),
	/** {@code internal} or {@code publishable}. */
	CONFIDENTIALITY(false, "confidentiality", "السرية"),
	/**
	 * The number: digits, Arabic-Indic digits, words, with a qualifier («أكثر من 6000»).
	 */
	FIGURE(false, "figure", "value", "count", "number", "fatalities", "العدد", "الرقم"),
	/**
	 * A qualifier code ({@code exact}, {@code about}, {@code more_than}, …) overriding
	 * the one stated.
	 */
	QUALIFIER(false, "qualifier", "الصيغة"),
	/** The low bound. */
	LOW(false, "low", "min", "minimum", "الحد الأدنى"),
	/** The high bound. */
	HIGH(false, "high", "max", "maximum", "الحد الأعلى"),
	/** A unit code ({@code person}, {@code family}, …); {@code person} when empty. */
	UNIT(false, "unit", "الوحدة"),
	/** A category code ({@code exited}, {@code killed}, …). */
	CATEGORY(false, "category", "الفئة"),
	/** ISO 3166-1 alpha-2 code of the counted group. */
	NATIONALITY(false, "nationality", "الجنسية"),
	/** The actor the counted group belongs to. */
	GROUP_ACTOR(false, "group_actor", "الجهة"),
	/** {@code child} or {@code adult}. */
	AGE(false, "age", "age_group", "الفئة العمرية"),
	/** {@code female} or {@code male}. */
	SEX(false, "sex", "gender", "الجنس"),
	/** Whether the figure is a running total (yes/no, نعم/لا). */
	CUMULATIVE(false, "cumulative", "running_total", "تراكمي"),
	/** The day the figure counts to, or the first day of its period. */
	PERIOD_FROM(false, "as_of", "period_from", "حتى يوم"),
	/** The last day of the figure's period. */
	PERIOD_TO(false, "period_to");

	private final boolean required;

	private final List<String> headers;

	ImportField(boolean required, String... headers) {
		this.required = required;
		this.headers = List.of(headers);
	}

	/** The code used in mappings, e.g. {@code date_from}. */
	@Override
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether every import must map it. */
	@Override
	public boolean required() {
		return this.required;
	}

	/** The header names this field is proposed for, as written. */
	@Override
	public List<String> headers() {
		return this.headers;
	}

	@Override
	public String label() {
		return "import.field." + code();
	}

	/**
	 * Reads a code written by {@link #code()}.
	 * @param code the code
	 * @return the field, or {@code null} for an unknown code
	 */
	public static ImportField ofCode(String code) {
		for (ImportField field : values()) {
			if (field.code().equals(code)) {
				return field;
			}
		}
		return null;
	}

}
