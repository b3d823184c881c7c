package org.marsad.imports.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.marsad.imports.PersonField;
import org.marsad.imports.RowProblem;
import org.marsad.imports.internal.CatalogueNames.Resolution;
import org.marsad.imports.internal.Cells.DateCell;
import org.marsad.persons.NewDocument;
import org.marsad.persons.PersonFields;

/**
 * Reads data rows of a sheet of persons into person fields through a column mapping.
 * Words the registry has codes for are read into them ({@link PersonCodes}); a word that
 * is none of them becomes a {@link RowProblem} naming the row, the column as the sheet
 * names it and the cell. What can be read but breaks a rule of the registry (an age above
 * 130, two heads in one household) is left to the persons API, whose refusals
 * {@link PersonRun} names the same way.
 * <ul>
 * <li>The full name is kept as written: the registry parses its parts.</li>
 * <li>A birth year may be written as a year or as a date of birth; its year is
 * taken.</li>
 * <li>A row with any document cell gives a document, {@code held} unless its state says
 * otherwise, and must say its type. The document number is never shown back: a problem on
 * its column carries no value.</li>
 * </ul>
 */
final class PersonRowReading {

	private final SheetColumns columns;

	private final Cells cells;

	private final CatalogueNames names;

	private final RowReading.Messages messages;

	private final LocalDate today;

	PersonRowReading(SheetColumns columns, Cells cells, CatalogueNames names, RowReading.Messages messages,
			LocalDate today) {
		this.columns = columns;
		this.cells = cells;
		this.names = names;
		this.messages = messages;
		this.today = today;
	}

	PersonSheetRow read(int number, List<String> row) {
		if (row.stream().allMatch(Cells::blank)) {
			return new PersonSheetRow(number, null, null, null, List.of(), row);
		}
		Reading r = new Reading(number, row);
		Integer age = r.read(PersonField.AGE, PersonCodes::age, "import.error.age");
		String origin = r.text(PersonField.ORIGIN);
		String place = null;
		if (origin != null) {
			Resolution resolution = this.names.place(origin);
			place = resolution.id();
			if (place == null) {
				r.problem(PersonField.ORIGIN, resolution.problem());
			}
		}
		PersonFields person = new PersonFields(r.text(PersonField.FULL_NAME), null, null, null, null, null,
				latinNames(r.text(PersonField.LATIN_NAME)),
				r.read(PersonField.SEX, PersonCodes::sex, "import.error.sex"), age, (age != null) ? this.today : null,
				r.read(PersonField.BIRTH_YEAR, this::year, "import.error.year"), null,
				r.read(PersonField.NATIONALITY, PersonCodes::country, "import.error.country"), place,
				r.text(PersonField.DESCRIPTION), null,
				r.read(PersonField.RELATION, PersonCodes::relation, "import.error.relation"),
				Cells.code(r.cell(PersonField.CONFIDENTIALITY)), List.of());
		return new PersonSheetRow(number, r.text(PersonField.HOUSEHOLD_KEY), person, document(r), r.problems, row);
	}

	private static NewDocument document(Reading r) {
		String type = r.cell(PersonField.DOCUMENT_TYPE);
		String country = r.cell(PersonField.DOCUMENT_COUNTRY);
		String number = r.text(PersonField.DOCUMENT_NUMBER);
		String state = r.cell(PersonField.DOCUMENT_STATE);
		if (Cells.blank(type) && Cells.blank(country) && number == null && Cells.blank(state)) {
			return null;
		}
		if (Cells.blank(type)) {
			// named at the number's column when there is one: the type's may not be
			// mapped
			r.problem(number != null ? PersonField.DOCUMENT_NUMBER : PersonField.DOCUMENT_TYPE,
					"import.error.documentType");
		}
		return new NewDocument(Cells.blank(type) ? null : PersonCodes.documentType(type),
				r.read(PersonField.DOCUMENT_COUNTRY, PersonCodes::country, "import.error.country"), number,
				Cells.blank(state) ? "held" : PersonCodes.documentState(state), null);
	}

	private Integer year(String cell) {
		Integer year = Cells.whole(cell);
		if (year != null) {
			return year;
		}
		DateCell date = this.cells.date(cell);
		return (date != null) ? date.from().getYear() : null;
	}

	private static List<String> latinNames(String cell) {
		if (cell == null) {
			return List.of();
		}
		return Arrays.stream(cell.split("[;|\u060C]")).map(String::strip).filter((n) -> !n.isEmpty()).toList();
	}

	/** A row's cell of a field, cut to be shown; never a protected cell. */
	String shownCell(PersonSheetRow row, PersonField field) {
		return field.protectedCells() ? null : RowReading.shown(this.columns.cell(field, row.cells()));
	}

	/** The column a field is read from, or {@code null} when it is not mapped. */
	String column(PersonField field) {
		return this.columns.column(field);
	}

	/** A message in the language of whoever started the import. */
	String message(String code) {
		return this.messages.text(code);
	}

	/** The cells of one row of persons. */
	private final class Reading extends RowCells<PersonField> {

		Reading(int number, List<String> row) {
			super(number, row, PersonRowReading.this.columns, PersonRowReading.this.messages);
		}

	}

}
