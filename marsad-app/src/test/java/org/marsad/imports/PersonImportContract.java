package org.marsad.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.security.Role;
import org.marsad.settings.MarsadProperties;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing persons through the import API: Arabic headers recognised, households from
 * rows sharing a key, identity documents with their numbers sealed and never repeated,
 * the sheet recorded as the persons' source, duplicates queued for review, and every
 * problem named by the sheet's row and column with nothing written.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class PersonImportContract extends ImportContract {

	@Autowired
	MarsadProperties properties;

	static final String PERSONS_HEADER = "الاسم الكامل,الاسم باللاتينية,الجنس,العمر,سنة الميلاد,الجنسية,مكان الأصل,"
			+ "رقم العائلة,صلة القرابة,الوصف,نوع الوثيقة,بلد الإصدار,رقم الوثيقة\n";

	static final String NUMBER = "01020304050";

	private static final String FAMILY = PERSONS_HEADER + """
			محمد بن أحمد الخلف أبو بكر,Mohammed al-Khalaf,ذكر,٤٢,,سوري,الباغوز,ع-1,رب الأسرة,,هوية,SY,%s
			فاطمة علي الحسن,Fatima al-Hasan,أنـثى,٣٨ سنة,,سورية,الباغوز,ع-1,زوجة,,,,
			أحمد محمد الخلف,,ذكر,,٢٠١٠,SY,sy-baghuz,ع-1,ابن,,,,
			خديجة عمر السالم,,انثى,,1950,عراقية,,,,ترتدي وشاحاً أخضر,,,
			""".formatted(NUMBER);

	static String personsMapping() {
		return """
				{"kind": "persons", "columns": {"full_name": "الاسم الكامل", "latin_name": "الاسم باللاتينية",
				 "sex": "الجنس", "age": "العمر", "birth_year": "سنة الميلاد", "nationality": "الجنسية",
				 "origin": "مكان الأصل", "household_key": "رقم العائلة", "relation": "صلة القرابة",
				 "description": "الوصف", "document_type": "نوع الوثيقة", "document_country": "بلد الإصدار",
				 "document_number": "رقم الوثيقة"}}
				""";
	}

	String personsSheet(String csv) throws Exception {
		return read(upload("أشخاص.csv", csv.getBytes(StandardCharsets.UTF_8), Role.DOCUMENTER)).get("id").asString();
	}

	@Test
	void proposesAPersonsMappingFromArabicHeadersAndMasksDocumentNumbers() throws Exception {
		upload("أشخاص.csv", FAMILY.getBytes(StandardCharsets.UTF_8), Role.DOCUMENTER).andExpect(status().isCreated())
			.andExpect(jsonPath("$.suggested.kind").value("persons"))
			.andExpect(jsonPath("$.suggested.columns.full_name").value("الاسم الكامل"))
			.andExpect(jsonPath("$.suggested.columns.sex").value("الجنس"))
			.andExpect(jsonPath("$.suggested.columns.household_key").value("رقم العائلة"))
			.andExpect(jsonPath("$.suggested.columns.relation").value("صلة القرابة"))
			.andExpect(jsonPath("$.suggested.columns.document_number").value("رقم الوثيقة"))
			.andExpect(jsonPath("$.sample[0][12]").value("••••"));
	}

	@Test
	void aDryRunCountsPersonsAndHouseholdsAndKeepsNothing() throws Exception {
		long persons = rows("person");
		long reports = rows("report");
		check(personsSheet(FAMILY), personsMapping()).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(4))
			.andExpect(jsonPath("$.persons").value(4))
			.andExpect(jsonPath("$.households").value(1))
			.andExpect(jsonPath("$.problems").isEmpty());
		assertThat(rows("person")).isEqualTo(persons);
		assertThat(rows("report")).isEqualTo(reports);
	}

	@Test
	void aCommitRegistersHouseholdsPersonsAndDocumentsWithTheSheetAsTheirSource() throws Exception {
		long households = rows("household");
		JsonNode job = commitAndWait(personsSheet(FAMILY), personsMapping());
		assertThat(job.get("state").asString()).isEqualTo("COMMITTED");
		assertThat(job.get("kind").asString()).isEqualTo("persons");
		assertThat(job.get("persons").asInt()).isEqualTo(4);
		assertThat(job.get("households").asInt()).isEqualTo(1);
		assertThat(rows("household")).isEqualTo(households + 1);
		String head = personId("محمد بن أحمد الخلف أبو بكر");
		assertThat(column(head, "given_name")).isEqualTo("محمد");
		assertThat(column(head, "kunya")).isEqualTo("أبو بكر");
		assertThat(column(head, "household_relation")).isEqualTo("head");
		assertThat(column(head, "age")).isEqualTo("42");
		assertThat(column(head, "origin_place_id")).isEqualTo("sy-baghuz");
		assertThat(column(personId("فاطمة علي الحسن"), "sex")).isEqualTo("female");
		assertThat(column(personId("أحمد محمد الخلف"), "birth_year")).isEqualTo("2010");
		assertThat(column(personId("خديجة عمر السالم"), "nationality")).isEqualTo("IQ");
		String stored = this.jdbc.sql("SELECT document_number FROM identity_document WHERE person_id = :p")
			.param("p", java.util.UUID.fromString(head))
			.query(String.class)
			.single();
		assertThat(stored).isNotNull().doesNotContain(NUMBER);
		List<String> channels = this.jdbc
			.sql("SELECT r.channel FROM person_source s JOIN report r ON r.id = s.report_id WHERE s.person_id = :p")
			.param("p", java.util.UUID.fromString(head))
			.query(String.class)
			.list();
		assertThat(channels).containsExactly("document");
	}

	@Test
	void aCommittedSheetOfPersonsIsRemovedWithTheNumbersItHeld() throws Exception {
		String id = personsSheet(FAMILY);
		Path file = this.properties.data().resolve("imports").resolve(id);
		assertThat(file).exists();
		JsonNode job = commitAndWait(id, personsMapping());
		assertThat(job.get("state").asString()).isEqualTo("COMMITTED");
		assertThat(file).doesNotExist();
		String sheet = this.mvc.perform(get("/api/imports/" + id).with(as(Role.DOCUMENTER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(sheet).doesNotContain(NUMBER);
		check(id, personsMapping()).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void importsAnXlsxSheet() throws Exception {
		JsonNode job = commitAndWait(read(upload("أشخاص.xlsx", xlsx(), Role.DOCUMENTER)).get("id").asString(),
				personsMapping());
		assertThat(job.get("state").asString()).isEqualTo("COMMITTED");
		assertThat(job.get("persons").asInt()).isEqualTo(2);
		assertThat(column(personId("سلمى يوسف الأحمد"), "age")).isEqualTo("7");
		assertThat(column(personId("سلمى يوسف الأحمد"), "household_relation")).isEqualTo("daughter");
	}

	@Test
	void unknownWordsAreNamedByRowAndColumnAndNothingIsWritten() throws Exception {
		String sheet = PERSONS_HEADER + """
				سعيد خالد العلي,,غير معروف,30,,SY,,,,,,,
				ليلى خالد العلي,,أنثى,١٥٠,,SY,,,,,,,
				""";
		long persons = rows("person");
		JsonNode job = commitAndWait(personsSheet(sheet), personsMapping());
		assertThat(job.get("state").asString()).isEqualTo("REFUSED");
		assertThat(job.get("problems").get(0).get("row").asInt()).isEqualTo(2);
		assertThat(job.get("problems").get(0).get("column").asString()).isEqualTo("الجنس");
		assertThat(job.get("problems").get(0).get("value").asString()).isEqualTo("غير معروف");
		assertThat(job.get("problems").get(1).get("row").asInt()).isEqualTo(3);
		assertThat(job.get("problems").get(1).get("column").asString()).isEqualTo("العمر");
		assertThat(rows("person")).isEqualTo(persons);
	}

	@Test
	void aHouseholdWithTwoHeadsIsRefusedAtTheSecondHead() throws Exception {
		String sheet = PERSONS_HEADER + """
				محمد أحمد الخلف,,ذكر,40,,SY,,ع-2,رب الأسرة,,,,
				علي أحمد الخلف,,ذكر,38,,SY,,ع-2,رب العائلة,,,,
				""";
		check(personsSheet(sheet), personsMapping()).andExpect(jsonPath("$.problems.length()").value(1))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("صلة القرابة"));
	}

	@Test
	void aDocumentNumberIsNeverRepeated(CapturedOutput output) throws Exception {
		String secret = "9".repeat(70);
		String sheet = PERSONS_HEADER + "محمد أحمد الخلف,,ذكر,40,,SY,,,,,هوية,SY," + secret + "\n";
		String id = personsSheet(sheet);
		String body = check(id, personsMapping()).andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("رقم الوثيقة"))
			.andExpect(jsonPath("$.problems[0].value").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode job = commitAndWait(id, personsMapping());
		assertThat(job.get("state").asString()).isEqualTo("REFUSED");
		assertThat(body).doesNotContain(secret);
		assertThat(job.toString()).doesNotContain(secret);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_job WHERE problems LIKE :n")
			.param("n", "%" + secret + "%")
			.query(Long.class)
			.single()).isZero();
		assertThat(output.getAll()).doesNotContain(secret);
	}

	@Test
	void importedPersonsAreQueuedForReviewNotMerged() throws Exception {
		String sheet = PERSONS_HEADER + """
				عبد الرحمن محمود الحسين,Abdulrahman al-Hussein,ذكر,٣٥,,SY,الباغوز,,,,,,
				عبدالرحمن محمود الحسين,Abd al-Rahman al-Husayn,ذكر,35,,سوري,الباغوز,,,,,,
				""";
		JsonNode job = commitAndWait(personsSheet(sheet), personsMapping());
		assertThat(job.get("state").asString()).isEqualTo("COMMITTED");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		long pairs = 0;
		while (pairs == 0 && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			pairs = this.jdbc
				.sql("SELECT COUNT(*) FROM person_match m JOIN person a ON a.id = m.person_a "
						+ "JOIN person b ON b.id = m.person_b WHERE m.state = 'open' "
						+ "AND a.full_name LIKE '%الحسين' AND b.full_name LIKE '%الحسين'")
				.query(Long.class)
				.single();
		}
		assertThat(pairs).isPositive();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM person WHERE full_name LIKE '%الحسين' AND merged_into IS NULL")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ANALYST", "VIEWER" })
	void onlyThoseWhoImportEventsMayImportPersons(Role role) throws Exception {
		long persons = rows("person");
		String id = personsSheet(FAMILY);
		this.mvc
			.perform(post("/api/imports/" + id + "/check").with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(personsMapping()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/imports/" + id + "/commit").with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(personsMapping()))
			.andExpect(status().isForbidden());
		assertThat(rows("person")).isEqualTo(persons);
	}

	@Test
	void refusesAnUnknownKindNamingIt() throws Exception {
		check(personsSheet(FAMILY), "{\"kind\": \"cattle\", \"columns\": {}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("mapping.kind"));
	}

	@Test
	void refusesAPersonsMappingWithoutAFullName() throws Exception {
		check(personsSheet(FAMILY), "{\"kind\": \"persons\", \"columns\": {\"sex\": \"الجنس\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("mapping.full_name"));
	}

	@Test
	void refusesAMalformedSheetOfPersonsAtItsRowAndKeepsNothing() throws Exception {
		long sheets = rows("import_sheet");
		String broken = PERSONS_HEADER + "محمد أحمد الخلف,,ذكر,40\n\"فاطمة علي,,أنثى,30\n";
		upload("أشخاص.csv", broken.getBytes(StandardCharsets.UTF_8), Role.DOCUMENTER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.row").value(3));
		assertThat(rows("import_sheet")).isEqualTo(sheets);
	}

	@Test
	void recordsAHostileFileNameAsSafeTextInTheSource() throws Exception {
		String id = read(upload("../../etc/\u202E<img src=x>أشخاص.csv", FAMILY.getBytes(StandardCharsets.UTF_8),
				Role.DOCUMENTER))
			.get("id")
			.asString();
		assertThat(commitAndWait(id, personsMapping()).get("state").asString()).isEqualTo("COMMITTED");
		String title = this.jdbc
			.sql("SELECT v.title FROM person_source s JOIN report_version v ON v.report_id = s.report_id "
					+ "JOIN person p ON p.id = s.person_id WHERE p.full_name = 'خديجة عمر السالم' "
					+ "ORDER BY s.linked_at DESC LIMIT 1")
			.query(String.class)
			.single();
		assertThat(title).contains("«<img src=x>أشخاص.csv»").doesNotContain("/").doesNotContain("\u202E");
	}

	private String personId(String fullName) {
		return this.jdbc.sql("SELECT id FROM person WHERE full_name = :n ORDER BY created_at DESC LIMIT 1")
			.param("n", fullName)
			.query(String.class)
			.single();
	}

	private String column(String personId, String column) {
		return this.jdbc.sql("SELECT " + column + " FROM person WHERE id = :id")
			.param("id", java.util.UUID.fromString(personId))
			.query(String.class)
			.single();
	}

	private static byte[] xlsx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Marsad", "1.0");
		Worksheet sheet = workbook.newWorksheet("الأشخاص");
		String[] header = PERSONS_HEADER.strip().split(",");
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		sheet.value(1, 0, "يوسف أحمد الأحمد");
		sheet.value(1, 2, "ذكر");
		sheet.value(1, 3, 39);
		sheet.value(1, 7, "H7");
		sheet.value(1, 8, "head");
		sheet.value(2, 0, "سلمى يوسف الأحمد");
		sheet.value(2, 2, "F");
		sheet.value(2, 3, 7);
		sheet.value(2, 7, "H7");
		sheet.value(2, 8, "بنت");
		workbook.finish();
		return out.toByteArray();
	}

}
