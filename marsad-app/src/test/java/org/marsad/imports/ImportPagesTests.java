package org.marsad.imports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.marsad.security.Role;
import org.marsad.web.PageSupport;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The import pages, in Arabic first: upload, mapping with the first rows, dry run, and a
 * refused upload shown beside the form.
 */
@ActiveProfiles("test")
class ImportPagesTests extends ImportContract {

	private static final String SHEET = HEADER
			+ "E1,displacement,2019-01-30,الباغوز,قسد,<script>alert(1)</script>,person,exited,IQ\n";

	@Test
	void uploadingFromTheFormLeadsToTheMappingStep() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "أحداث.csv", "text/csv",
				SHEET.getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/imports").file(file).with(PageSupport.signedIn(Role.DOCUMENTER)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/imports/*"));
	}

	@Test
	void theMappingStepShowsTheFirstRowsEscapedAndProposesColumns() throws Exception {
		String id = sheetId(SHEET);
		String html = PageSupport
			.html(this.mvc.perform(get("/imports/" + id).with(PageSupport.signedIn(Role.DOCUMENTER))));
		PageSupport.assertFollowsPageRules(html);
		Document page = Jsoup.parse(html);
		assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
		assertThat(page.select("table.sample td").eachText()).contains("<script>alert(1)</script>");
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select("select#f-type option[selected]").attr("value")).isEqualTo("نوع الحدث");
		assertThat(page.select("label[for=f-date_from]").text()).contains("اليوم الأول");
	}

	@Test
	void theDryRunListsProblemsBesideTheMapping() throws Exception {
		String id = sheetId(SHEET);
		String html = PageSupport
			.html(this.mvc.perform(post("/imports/" + id + "/check").with(PageSupport.signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("columns[type]", "نوع الحدث")
				.param("columns[date_from]", "التاريخ")
				.param("columns[figure]", "العدد")
				.param("columns[unit]", "الوحدة")
				.param("columns[category]", "الفئة")));
		Document page = Jsoup.parse(html);
		assertThat(page.select("#check-result table.problems td").eachText()).contains("2", "العدد",
				"<script>alert(1)</script>");
		assertThat(page.select("select#f-figure option[selected]").attr("value")).isEqualTo("العدد");
	}

	@Test
	void aRefusedUploadIsShownBesideTheFormInEnglishToo() throws Exception {
		MockMultipartFile empty = new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]);
		String html = PageSupport.html(
				this.mvc
					.perform(multipart("/imports").file(empty)
						.param("lang", "en")
						.with(PageSupport.signedIn(Role.DOCUMENTER))
						.with(csrf()))
					.andExpect(status().isBadRequest()));
		assertThat(Jsoup.parse(html).select("form#upload .error").text()).contains("The file is empty.");
	}

	@Test
	void theJobPageShowsWhyACommitWasRefused() throws Exception {
		String id = sheetId(HEADER + "E1,displacement,2099-01-30,الباغوز,قسد,100,person,exited,IQ\n");
		String job = this.mvc
			.perform(post("/imports/" + id + "/commit").with(PageSupport.signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("columns[type]", "نوع الحدث")
				.param("columns[date_from]", "التاريخ"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		waitFor(job.substring("/imports/jobs/".length()));
		Document page = Jsoup
			.parse(PageSupport.html(this.mvc.perform(get(job).with(PageSupport.signedIn(Role.DOCUMENTER)))));
		assertThat(page.select("#progress").attr("data-state")).isEqualTo("refused");
		assertThat(page.select("#progress").hasAttr("hx-get")).isFalse();
		assertThat(page.select("table.problems td").eachText()).contains("2", "التاريخ", "2099-01-30");
	}

	@Test
	void theMappingStepOfASheetOfPersonsOffersItsFieldsAndShowsNamesEscaped() throws Exception {
		String csv = "الاسم الكامل,الجنس,رقم الوثيقة\n<img src=x onerror=alert(1)>,ذكر,5566778899\n";
		String id = read(upload("أشخاص.csv", csv.getBytes(StandardCharsets.UTF_8), Role.DOCUMENTER)).get("id")
			.asString();
		String html = PageSupport
			.html(this.mvc.perform(get("/imports/" + id).with(PageSupport.signedIn(Role.DOCUMENTER))));
		PageSupport.assertFollowsPageRules(html);
		Document page = Jsoup.parse(html);
		assertThat(page.select("#kind-select option[selected]").attr("value")).isEqualTo("persons");
		assertThat(page.select("input[name=kind]").attr("value")).isEqualTo("persons");
		assertThat(page.select("select#f-full_name option[selected]").attr("value")).isEqualTo("الاسم الكامل");
		assertThat(page.select("label[for=f-household_key]").text()).contains("رقم العائلة");
		assertThat(page.select("table.sample td").eachText()).contains("<img src=x onerror=alert(1)>", "••••");
		assertThat(page.select("main img")).isEmpty();
		assertThat(html).doesNotContain("5566778899");
	}

	@Test
	void theKindCanBeChangedOnTheMappingStep() throws Exception {
		String id = sheetId(SHEET);
		Document page = Jsoup.parse(PageSupport.html(this.mvc
			.perform(get("/imports/" + id).param("kind", "persons").with(PageSupport.signedIn(Role.DOCUMENTER)))));
		assertThat(page.select("select#f-full_name")).isNotEmpty();
		assertThat(page.select("select#f-type")).isEmpty();
	}

	@Test
	void aDryRunOfPersonsNamesTheRowAndColumnWithTheCellEscaped() throws Exception {
		String csv = "الاسم الكامل,الجنس\nسعيد العلي,<b>x</b>\n";
		String id = read(upload("أشخاص.csv", csv.getBytes(StandardCharsets.UTF_8), Role.DOCUMENTER)).get("id")
			.asString();
		String html = PageSupport
			.html(this.mvc.perform(post("/imports/" + id + "/check").with(PageSupport.signedIn(Role.DOCUMENTER))
				.with(csrf())
				.param("kind", "persons")
				.param("columns[full_name]", "الاسم الكامل")
				.param("columns[sex]", "الجنس")));
		Document page = Jsoup.parse(html);
		assertThat(page.select("#check-result table.problems td").eachText()).contains("2", "الجنس", "<b>x</b>");
		assertThat(page.select("#check-result b")).isEmpty();
	}

	@Test
	void readersCannotOpenTheImportPages() throws Exception {
		this.mvc.perform(get("/imports").with(PageSupport.signedIn(Role.VIEWER))).andExpect(status().isForbidden());
	}

}
