package org.marsad.imports.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.imports.ColumnMapping;
import org.marsad.imports.ImportField;
import org.marsad.imports.ImportRefused;
import org.marsad.imports.PersonField;
import org.marsad.intake.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SheetColumnsTests {

	@Test
	void proposesFieldsForArabicHeadersWrittenWithOtherHamzaAndTehMarbuta() {
		ColumnMapping mapping = SheetColumns.suggest(List.of("نوع الحدث", "التاريخ", "الموقع", "العدد", "الفئه"));
		assertThat(mapping.column(ImportField.TYPE)).isEqualTo("نوع الحدث");
		assertThat(mapping.column(ImportField.DATE_FROM)).isEqualTo("التاريخ");
		assertThat(mapping.column(ImportField.PLACE)).isEqualTo("الموقع");
		assertThat(mapping.column(ImportField.FIGURE)).isEqualTo("العدد");
		assertThat(mapping.column(ImportField.CATEGORY)).isEqualTo("الفئه");
	}

	@Test
	void proposesFieldsForAcledColumnNames() {
		ColumnMapping mapping = SheetColumns.suggest(List.of("event_id_cnty", "event_date", "event_type",
				"sub_event_type", "actor1", "location", "fatalities"));
		assertThat(mapping.column(ImportField.EVENT_KEY)).isEqualTo("event_id_cnty");
		assertThat(mapping.column(ImportField.DATE_FROM)).isEqualTo("event_date");
		assertThat(mapping.column(ImportField.SUB_TYPE)).isEqualTo("sub_event_type");
		assertThat(mapping.column(ImportField.FIGURE)).isEqualTo("fatalities");
	}

	@Test
	void proposesASheetOfPersonsForArabicHeadersWithTatweelDiacriticsAndHamzaVariants() {
		ColumnMapping mapping = SheetColumns.suggest(List.of("الإسم الكامل", "الجنـس", "العُمر", "سنة الميلاد",
				"الجنسيه", "مكان الاصل", "رقم الاسرة", "صلة القرابه", "رقم الهوية"));
		assertThat(mapping.kind()).isEqualTo("persons");
		assertThat(mapping.column(PersonField.FULL_NAME)).isEqualTo("الإسم الكامل");
		assertThat(mapping.column(PersonField.SEX)).isEqualTo("الجنـس");
		assertThat(mapping.column(PersonField.AGE)).isEqualTo("العُمر");
		assertThat(mapping.column(PersonField.BIRTH_YEAR)).isEqualTo("سنة الميلاد");
		assertThat(mapping.column(PersonField.NATIONALITY)).isEqualTo("الجنسيه");
		assertThat(mapping.column(PersonField.ORIGIN)).isEqualTo("مكان الاصل");
		assertThat(mapping.column(PersonField.HOUSEHOLD_KEY)).isEqualTo("رقم الاسرة");
		assertThat(mapping.column(PersonField.RELATION)).isEqualTo("صلة القرابه");
		assertThat(mapping.column(PersonField.DOCUMENT_NUMBER)).isEqualTo("رقم الهوية");
	}

	@Test
	void proposesASheetOfPersonsForEnglishHeaders() {
		ColumnMapping mapping = SheetColumns
			.suggest(List.of("Full Name", "Sex", "Age", "Nationality", "Household", "Relationship", "ID Number"));
		assertThat(mapping.kind()).isEqualTo("persons");
		assertThat(mapping.column(PersonField.FULL_NAME)).isEqualTo("Full Name");
		assertThat(mapping.column(PersonField.HOUSEHOLD_KEY)).isEqualTo("Household");
		assertThat(mapping.column(PersonField.DOCUMENT_NUMBER)).isEqualTo("ID Number");
	}

	@Test
	void keepsProposingEventsForASheetOfFiguresThatCountBySex() {
		ColumnMapping mapping = SheetColumns.suggest(List.of("نوع الحدث", "التاريخ", "العدد", "الجنس", "الجنسية"));
		assertThat(mapping.kind()).isEqualTo("events");
		assertThat(mapping.column(ImportField.SEX)).isEqualTo("الجنس");
	}

	@Test
	void refusesAnEventFieldInAMappingOfPersons() {
		assertThatExceptionOfType(ImportRefused.class)
			.isThrownBy(() -> SheetColumns.of(List.of("الاسم", "النوع"),
					new ColumnMapping(Map.of("full_name", "الاسم", "type", "النوع"), "persons")))
			.satisfies((refused) -> assertThat(refused.problems()).extracting(FieldProblem::field)
				.containsExactly("mapping.type"));
	}

	@Test
	void namesAnEmptyHeaderCellByItsPositionAndDropsTrailingOnes() {
		assertThat(SheetColumns.header(Arrays.asList("النوع", " ", "التاريخ", "", " "))).containsExactly("النوع", "#2",
				"التاريخ");
	}

	@Test
	void makesLineBreaksInAHeaderOneSpace() {
		assertThat(SheetColumns.header(List.of("عدد\nالعائلات"))).containsExactly("عدد العائلات");
	}

	@Test
	void refusesTwoColumnsOfTheSameName() {
		assertThatExceptionOfType(SheetUnreadable.class)
			.isThrownBy(() -> SheetColumns.header(List.of("العدد", "العدد")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("import.error.duplicateColumn"));
	}

	@Test
	void refusesAMappingToAColumnTheSheetDoesNotHave() {
		ColumnMapping mapping = new ColumnMapping(Map.of("type", "النوع", "date_from", "التاريخ", "place", "المحافظة"));
		assertThatExceptionOfType(ImportRefused.class)
			.isThrownBy(() -> SheetColumns.of(List.of("النوع", "التاريخ"), mapping))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("mapping.place", "import.error.unknownColumn")));
	}

	@Test
	void refusesAMappingWithoutARequiredField() {
		ColumnMapping mapping = new ColumnMapping(Map.of("type", "النوع"));
		assertThatExceptionOfType(ImportRefused.class)
			.isThrownBy(() -> SheetColumns.of(List.of("النوع", "التاريخ"), mapping))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("mapping.date_from", "import.error.fieldRequired")));
	}

	@Test
	void refusesOneColumnForTwoFields() {
		ColumnMapping mapping = new ColumnMapping(
				Map.of("type", "النوع", "date_from", "التاريخ", "date_to", "التاريخ"));
		assertThatExceptionOfType(ImportRefused.class)
			.isThrownBy(() -> SheetColumns.of(List.of("النوع", "التاريخ"), mapping))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::code)
				.containsExactly("import.error.columnTwice"));
	}

	@Test
	void refusesAFieldThatDoesNotExist() {
		ColumnMapping mapping = new ColumnMapping(Map.of("type", "النوع", "date_from", "التاريخ", "victims", "العدد"));
		assertThatExceptionOfType(ImportRefused.class)
			.isThrownBy(() -> SheetColumns.of(List.of("النوع", "التاريخ", "العدد"), mapping))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("mapping.victims", "import.error.unknownField")));
	}

}
