package org.marsad.imports;

import java.util.List;
import java.util.Locale;

/**
 * What a sheet holds: events and their figures, or persons and their households. The kind
 * is part of the mapping; the upload proposes one from the header row.
 */
public enum ImportKind {

	/** Events and figures ({@link ImportField}). */
	EVENTS(List.of(ImportField.values())),
	/** Persons, households and identity documents ({@link PersonField}). */
	PERSONS(List.of(PersonField.values()));

	private final List<SheetField> fields;

	ImportKind(List<? extends SheetField> fields) {
		this.fields = List.copyOf(fields);
	}

	/** The code used in mappings, e.g. {@code persons}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The fields a column can hold, in the order the mapping page lists them. */
	public List<SheetField> fields() {
		return this.fields;
	}

	/**
	 * A field of this kind.
	 * @param code the field's code
	 * @return the field, or {@code null} for an unknown code
	 */
	public SheetField field(String code) {
		for (SheetField field : this.fields) {
			if (field.code().equals(code)) {
				return field;
			}
		}
		return null;
	}

	/**
	 * Reads a code written by {@link #code()}; {@code events} when empty.
	 * @param code the code, or {@code null}
	 * @return the kind, or {@code null} for an unknown code
	 */
	public static ImportKind ofCode(String code) {
		if (code == null || code.isBlank()) {
			return EVENTS;
		}
		for (ImportKind kind : values()) {
			if (kind.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return kind;
			}
		}
		return null;
	}

}
