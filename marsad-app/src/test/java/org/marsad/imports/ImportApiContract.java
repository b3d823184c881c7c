package org.marsad.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import API: upload, proposed mapping, dry run in the sheet's terms, all-or-nothing
 * commit, who may import, and problems that name the field.
 */
abstract class ImportApiContract extends ImportContract {

	private static final String GOOD = HEADER + """
			E1,displacement,2019-01-30,الباغوز,قسد,"أكثر من ٦٠٠٠",family,exited,IQ
			E1,displacement,2019-01-30,الباغوز,قسد,23200,person,exited,IQ
			E2,displacement,٣١/٠١/٢٠١٩,sy-baghuz,sdf,نحو 3370,person,arrested,
			""";

	@Test
	void uploadsASheetAndProposesAMapping() throws Exception {
		upload(GOOD).andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.format").value("csv"))
			.andExpect(jsonPath("$.encoding").value("UTF-8"))
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.columns[1]").value("نوع الحدث"))
			.andExpect(jsonPath("$.sample[0][3]").value("الباغوز"))
			.andExpect(jsonPath("$.suggested.columns.type").value("نوع الحدث"))
			.andExpect(jsonPath("$.suggested.columns.date_from").value("التاريخ"))
			.andExpect(jsonPath("$.suggested.columns.place").value("المكان"));
	}

	@Test
	void aDryRunCountsWhatWouldBeCreatedAndKeepsNothing() throws Exception {
		long events = rows("event");
		check(sheetId(GOOD), mapping()).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(3))
			.andExpect(jsonPath("$.events").value(2))
			.andExpect(jsonPath("$.figures").value(3))
			.andExpect(jsonPath("$.problems").isEmpty());
		assertThat(rows("event")).isEqualTo(events);
	}

	@Test
	void aDryRunNamesProblemsByTheSheetsRowsAndColumns() throws Exception {
		String sheet = HEADER + """
				E1,displacement,2019-01-30,الباغوز,قسد,100,person,exited,IQ
				E2,displacement,31/02/2019,الباغوز,قسد,100,person,exited,IQ
				E3,displacement,2019-01-30,أتلانتس,قسد,100,person,exited,IQ
				E4,displacement,2019-01-30,دير الزور,قسد,100,person,exited,IQ
				""";
		check(sheetId(sheet), mapping()).andExpect(status().isOk())
			.andExpect(jsonPath("$.problems.length()").value(3))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("التاريخ"))
			.andExpect(jsonPath("$.problems[0].value").value("31/02/2019"))
			.andExpect(jsonPath("$.problems[1].row").value(4))
			.andExpect(jsonPath("$.problems[1].column").value("المكان"))
			.andExpect(jsonPath("$.problems[2].row").value(5))
			.andExpect(jsonPath("$.problems[2].message").value(containsString("المعرّف")));
	}

	@Test
	void aDryRunNamesTheRulesOfTheRecordInTheSheetsTerms() throws Exception {
		String sheet = HEADER + "E1,displacement,2099-01-30,الباغوز,قسد,100,person,exited,IQ\n"
				+ "E2,displacement,2019-01-30,الباغوز,قسد,100,person,vanished,IQ\n";
		check(sheetId(sheet), mapping()).andExpect(status().isOk())
			.andExpect(jsonPath("$.problems[0].row").value(2))
			.andExpect(jsonPath("$.problems[0].column").value("التاريخ"))
			.andExpect(jsonPath("$.problems[1].row").value(3))
			.andExpect(jsonPath("$.problems[1].column").value("الفئة"))
			.andExpect(jsonPath("$.problems[1].value").value("vanished"));
	}

	@Test
	void rowsOfOneEventMustAgree() throws Exception {
		String sheet = HEADER + "E1,displacement,2019-01-30,الباغوز,قسد,100,person,exited,IQ\n"
				+ "E1,displacement,2019-01-29,الباغوز,قسد,200,person,exited,SY\n";
		check(sheetId(sheet), mapping()).andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("التاريخ"))
			.andExpect(jsonPath("$.problems[0].message").value(endsWith(" 2")));
	}

	@Test
	void aCommitKeepsEveryRow() throws Exception {
		long events = rows("event");
		long figures = rows("figure");
		long moreThan6000 = moreThan6000();
		JsonNode job = commitAndWait(sheetId(GOOD), mapping());
		assertThat(job.get("state").asString()).isEqualTo("COMMITTED");
		assertThat(job.get("events").asInt()).isEqualTo(2);
		assertThat(job.get("done").asInt()).isEqualTo(3);
		assertThat(rows("event")).isEqualTo(events + 2);
		assertThat(rows("figure")).isEqualTo(figures + 3);
		assertThat(moreThan6000()).isEqualTo(moreThan6000 + 1);
	}

	private long moreThan6000() {
		return this.jdbc.sql("SELECT COUNT(*) FROM figure WHERE qualifier = 'more_than' AND low = 6000")
			.query(Long.class)
			.single();
	}

	@Test
	void aSheetIsImportedOnlyOnce() throws Exception {
		String id = sheetId(GOOD);
		assertThat(commitAndWait(id, mapping()).get("state").asString()).isEqualTo("COMMITTED");
		long events = rows("event");
		this.mvc
			.perform(post("/api/imports/" + id + "/commit").with(as(Role.DOCUMENTER))
				.contentType(MediaType.APPLICATION_JSON)
				.content(mapping()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("sheet"));
		assertThat(rows("event")).isEqualTo(events);
	}

	@Test
	void aRefusedSheetCanBeCommittedAgainOnceCorrected() throws Exception {
		String id = sheetId(HEADER + "E1,displacement,2019-01-30,الباغوز,قسد,100,person,exited,IQ\n");
		String wrong = "{\"columns\": {\"type\": \"نوع الحدث\", \"date_from\": \"الجنسية\"}}";
		assertThat(commitAndWait(id, wrong).get("state").asString()).isEqualTo("REFUSED");
		assertThat(commitAndWait(id, mapping()).get("state").asString()).isEqualTo("COMMITTED");
	}

	@Test
	void aCommitWithOneRefusedRowKeepsNothing() throws Exception {
		String sheet = GOOD + "E3,displacement,2099-01-30,الباغوز,قسد,100,person,exited,IQ\n";
		long events = rows("event");
		JsonNode job = commitAndWait(sheetId(sheet), mapping());
		assertThat(job.get("state").asString()).isEqualTo("REFUSED");
		assertThat(job.get("problems").get(0).get("row").asInt()).isEqualTo(5);
		assertThat(job.get("events").asInt()).isZero();
		assertThat(rows("event")).isEqualTo(events);
	}

	@Test
	void readsAWindows1256SheetWhenItsEncodingIsNamed() throws Exception {
		byte[] bytes = GOOD.getBytes(Charset.forName("windows-1256"));
		upload("1256.csv", bytes, Role.DOCUMENTER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.row").value(1));
		this.mvc
			.perform(multipart("/api/imports").file(new MockMultipartFile("file", "1256.csv", "text/csv", bytes))
				.param("encoding", "windows-1256")
				.with(as(Role.DOCUMENTER)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.encoding").value("windows-1256"))
			.andExpect(jsonPath("$.sample[0][3]").value("الباغوز"));
	}

	@Test
	void refusesAnEmptyFileNamingIt() throws Exception {
		long sheets = rows("import_sheet");
		upload("فارغ.csv", new byte[0], Role.DOCUMENTER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
		assertThat(rows("import_sheet")).isEqualTo(sheets);
	}

	@Test
	void refusesAFileWithoutDataRows() throws Exception {
		upload(HEADER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.detail").value("The file has no row below its header."));
	}

	@Test
	void refusesALegacyExcelWorkbook() throws Exception {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };
		upload("قديم.xls", ole2, Role.DOCUMENTER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString(".xlsx")));
	}

	@Test
	void refusesAnUnknownEncodingNamingIt() throws Exception {
		this.mvc
			.perform(multipart("/api/imports")
				.file(new MockMultipartFile("file", "a.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8)))
				.param("encoding", "klingon-1")
				.with(as(Role.DOCUMENTER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("encoding"));
	}

	@Test
	void keepsAHostileFileNameOnlyAsSafeText() throws Exception {
		JsonNode sheet = read(
				upload("../../etc/\u202Evsc.exe", GOOD.getBytes(StandardCharsets.UTF_8), Role.DOCUMENTER));
		assertThat(sheet.get("fileName").asString()).isEqualTo("vsc.exe");
	}

	@Test
	void refusesAMappingToAnUnknownColumnNamingTheField() throws Exception {
		check(sheetId(GOOD),
				"{\"columns\": {\"type\": \"نوع الحدث\", \"date_from\": \"التاريخ\", \"place\": \"الموقع\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("mapping.place"));
	}

	@Test
	void refusesAMappingThatIsNotJson() throws Exception {
		check(sheetId(GOOD), "{\"columns\": ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("body"));
	}

	@Test
	void answersNotFoundForAnUnknownSheetOrJob() throws Exception {
		this.mvc.perform(get("/api/imports/00000000-0000-0000-0000-000000000000").with(as(Role.DOCUMENTER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/imports/jobs/not-a-job").with(as(Role.DOCUMENTER))).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "ANALYST", "VIEWER" })
	void onlyThoseWhoCodeMayImport(Role role) throws Exception {
		long sheets = rows("import_sheet");
		upload("أحداث.csv", GOOD.getBytes(StandardCharsets.UTF_8), role).andExpect(status().isForbidden());
		assertThat(rows("import_sheet")).isEqualTo(sheets);
		String id = sheetId(GOOD);
		this.mvc
			.perform(post("/api/imports/" + id + "/commit").with(as(role))
				.contentType(MediaType.APPLICATION_JSON)
				.content(mapping()))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousCallersAreAskedToLogIn() throws Exception {
		this.mvc.perform(get("/api/imports")).andExpect(status().isUnauthorized());
	}

}
