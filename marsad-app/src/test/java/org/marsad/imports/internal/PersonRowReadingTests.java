package org.marsad.imports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.imports.ColumnMapping;
import org.marsad.persons.PersonFields;

import static org.assertj.core.api.Assertions.assertThat;

class PersonRowReadingTests {

	private static final LocalDate TODAY = LocalDate.of(2019, 2, 1);

	private static final List<String> HEADER = List.of("الاسم الكامل", "الاسم باللاتينية", "الجنس", "العمر",
			"سنة الميلاد", "الجنسية", "رقم العائلة", "صلة القرابة", "نوع الوثيقة", "رقم الوثيقة", "حالة الوثيقة");

	private final PersonRowReading reading = new PersonRowReading(SheetColumns.of(HEADER, SheetColumns.suggest(HEADER)),
			new Cells(TODAY), null, (code) -> code, TODAY);

	@Test
	void keepsTheFullNameAsWrittenForTheRegistryToParse() {
		PersonSheetRow row = read("مُحمّد بن أحمد الخلف أبو بكر", "", "", "", "", "", "", "", "", "", "");
		assertThat(row.person().fullName()).isEqualTo("مُحمّد بن أحمد الخلف أبو بكر");
		assertThat(row.person().givenName()).isNull();
	}

	@Test
	void readsAgesAndBirthYearsInArabicIndicDigits() {
		PersonSheetRow row = read("فاطمة الحسن", "", "أنـثى", "٣٨ سنة", "١٩٨٠", "", "", "", "", "", "");
		assertThat(row.person().age()).isEqualTo(38);
		assertThat(row.person().ageOn()).isEqualTo(TODAY);
		assertThat(row.person().birthYear()).isEqualTo(1980);
		assertThat(row.person().sex()).isEqualTo("female");
		assertThat(row.problems()).isEmpty();
	}

	@Test
	void takesTheYearOfADateOfBirth() {
		assertThat(read("علي", "", "", "", "٠٣/٠٤/١٩٧٥", "", "", "", "", "", "").person().birthYear()).isEqualTo(1975);
	}

	@Test
	void splitsSeveralLatinSpellings() {
		PersonFields person = read("محمد", "Mohammed al-Khalaf; Muhammad Alkhalaf", "", "", "", "", "", "", "", "", "")
			.person();
		assertThat(person.latinNames()).containsExactly("Mohammed al-Khalaf", "Muhammad Alkhalaf");
	}

	@Test
	void namesAnUnknownSexByRowColumnAndCell() {
		PersonSheetRow row = read("سعيد", "", "خنثى؟", "", "", "", "", "", "", "", "");
		assertThat(row.problems()).singleElement().satisfies((p) -> {
			assertThat(p.row()).isEqualTo(7);
			assertThat(p.column()).isEqualTo("الجنس");
			assertThat(p.value()).isEqualTo("خنثى؟");
			assertThat(p.message()).isEqualTo("import.error.sex");
		});
	}

	@Test
	void readsTheHouseholdKeyAndTheRelation() {
		PersonSheetRow row = read("أحمد", "", "", "", "", "", " ع-1 ", "ابن", "", "", "");
		assertThat(row.householdKey()).isEqualTo("ع-1");
		assertThat(row.person().householdRelation()).isEqualTo("son");
	}

	@Test
	void readsADocumentHeldUnlessItsStateSaysOtherwise() {
		PersonSheetRow held = read("أحمد", "", "", "", "", "", "", "", "هوية", "١٢٣٤٥", "");
		assertThat(held.document().type()).isEqualTo("national_id");
		assertThat(held.document().state()).isEqualTo("held");
		assertThat(held.document().number()).isEqualTo("١٢٣٤٥");
		assertThat(read("أحمد", "", "", "", "", "", "", "", "جواز سفر", "", "ضائعة").document().state())
			.isEqualTo("lost");
	}

	@Test
	void neverShowsTheDocumentNumberInAProblemOrARow() {
		PersonSheetRow row = read("أحمد", "", "", "", "", "", "", "", "هوية", "SECRET-778", "");
		assertThat(this.reading.shownCell(row, org.marsad.imports.PersonField.DOCUMENT_NUMBER)).isNull();
		assertThat(row.toString()).doesNotContain("SECRET-778");
		assertThat(row.document().toString()).doesNotContain("SECRET-778");
	}

	@Test
	void aDocumentNumberWithoutItsTypeIsNamedAtTheNumbersColumnWithoutTheNumber() {
		PersonSheetRow row = read("أحمد", "", "", "", "", "", "", "", "", "SECRET-991", "");
		assertThat(row.problems()).singleElement().satisfies((p) -> {
			assertThat(p.column()).isEqualTo("رقم الوثيقة");
			assertThat(p.value()).isNull();
			assertThat(p.message()).isEqualTo("import.error.documentType");
		});
	}

	@Test
	void anEmptyLineIsNoPerson() {
		assertThat(read("", " ", "", "", "", "", "", "", "", "", "").empty()).isTrue();
	}

	private PersonSheetRow read(String... cells) {
		return this.reading.read(7, List.of(cells));
	}

	@Test
	void readsAMappingWithoutOptionalColumns() {
		List<String> header = List.of("الاسم");
		PersonRowReading minimal = new PersonRowReading(
				SheetColumns.of(header, new ColumnMapping(Map.of("full_name", "الاسم"), "persons")), new Cells(TODAY),
				null, (code) -> code, TODAY);
		PersonSheetRow row = minimal.read(2, List.of("هدى"));
		assertThat(row.person().fullName()).isEqualTo("هدى");
		assertThat(row.document()).isNull();
		assertThat(row.householdKey()).isNull();
	}

}
