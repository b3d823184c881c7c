package org.marsad.intake.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.intake.NewReport;
import org.marsad.intake.NewSource;
import org.marsad.intake.Report;
import org.marsad.intake.Reports;
import org.marsad.intake.Source;
import org.marsad.intake.Sources;
import org.marsad.intake.Upload;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import org.marsad.web.PageSupport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report pages: escaping, direction, the new-report form with its errors, filters and
 * files.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportPagesTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	static final byte[] OGG = "OggS\0\2\0\0\0\0 تسجيل".getBytes(StandardCharsets.UTF_8);

	@Autowired
	MockMvc mvc;

	@Autowired
	Reports reports;

	@Autowired
	Sources sources;

	@Autowired
	JdbcClient jdbc;

	Report store(String text, Upload... uploads) {
		return PageSupport.as(Role.DOCUMENTER, () -> this.reports
			.create(new NewReport(text, null, null, null, null, null, null, null), List.of(uploads)));
	}

	String page(String path) throws Exception {
		return PageSupport
			.html(this.mvc.perform(get(path).with(PageSupport.signedIn(Role.VIEWER))).andExpect(status().isOk()));
	}

	@Test
	void viewersSeeNoSourceOnReportPages() throws Exception {
		Source source = PageSupport.as(Role.COORDINATOR,
				() -> this.sources.create(new NewSource("أبو الفوارس", "resident", "B", null, null)));
		Report report = PageSupport.as(Role.DOCUMENTER, () -> this.reports.create(
				new NewReport("نزوح ١٢ عائلة من هجين", null, null, null, null, null, source.id().toString(), null),
				List.of()));
		assertThat(page("/reports/" + report.id())).contains("نزوح ١٢ عائلة من هجين").doesNotContain("أبو الفوارس");
		assertThat(page("/reports")).doesNotContain("أبو الفوارس")
			.doesNotContain("f-source")
			.doesNotContain("/sources");
		this.mvc.perform(get("/sources").with(PageSupport.signedIn(Role.VIEWER))).andExpect(status().isForbidden());
	}

	@Test
	void escapesMarkupInReportText() throws Exception {
		Report report = store("<script>alert('غارة')</script> <img src=x onerror=alert(1)>");
		String html = page("/reports/" + report.id());
		assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert").doesNotContain("<img src=x");
	}

	@Test
	void showsArabicTextRightToLeft() throws Exception {
		Report report = store("قُتِلَ ثلاثةُ مدنيين في قصفٍ على إدلب");
		assertThat(page("/reports/" + report.id())).containsPattern("class=\"report-text\" lang=\"ar\"\\s+dir=\"rtl\"");
	}

	@Test
	void showsEnglishTextWithItsOwnDirection() throws Exception {
		Report report = store("Three civilians were killed in shelling on Idlib.");
		assertThat(page("/reports/" + report.id()))
			.containsPattern("class=\"report-text\" lang=\"en\"\\s+dir=\"auto\"");
	}

	@Test
	void newReportFormStoresTheReport() throws Exception {
		long before = reportCount();
		this.mvc
			.perform(multipart("/reports").file(new MockMultipartFile("files", "صورة.png", "image/png", PNG))
				.param("text", "خروج ٣٠٠ عائلة من هجين")
				.param("channel", "message")
				.param("credibility", "3")
				.param("receivedAt", "2019-02-01T10:15")
				.with(csrf())
				.with(PageSupport.signedIn(Role.DOCUMENTER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/reports/*"));
		assertThat(reportCount()).isEqualTo(before + 1);
	}

	@Test
	void newReportFormIgnoresAnEmptyFileInput() throws Exception {
		this.mvc
			.perform(multipart("/reports")
				.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
				.param("text", "بلا ملفات")
				.with(csrf())
				.with(PageSupport.signedIn(Role.DOCUMENTER)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void newReportFormNeedsTheCsrfToken() throws Exception {
		long before = reportCount();
		this.mvc.perform(multipart("/reports").param("text", "نص").with(PageSupport.signedIn(Role.DOCUMENTER)))
			.andExpect(status().isForbidden());
		assertThat(reportCount()).isEqualTo(before);
	}

	@Test
	void newReportFormShowsErrorsNextToFields() throws Exception {
		String html = PageSupport.html(
				this.mvc
					.perform(multipart("/reports").param("text", " ")
						.param("publishedAt", "٥ آذار")
						.with(csrf())
						.with(PageSupport.signedIn(Role.DOCUMENTER)))
					.andExpect(status().isBadRequest()));
		assertThat(html).contains("النص مطلوب.").contains("يجب أن يكون تاريخ النشر بصيغة ISO");
	}

	@Test
	void readersDoNotGetTheNewReportForm() throws Exception {
		this.mvc.perform(multipart("/reports").param("text", "نص").with(csrf()).with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void filtersTheListByLanguage() throws Exception {
		store("English report about Hajin number " + System.nanoTime());
		Report arabic = store("تقرير عربي عن هجين رقم " + System.nanoTime());
		String html = page("/reports?language=en");
		assertThat(html).contains("English report about Hajin").doesNotContain(arabic.text());
	}

	@Test
	void answersHtmxWithTheResultsOnly() throws Exception {
		String html = PageSupport.html(this.mvc
			.perform(get("/reports?status=new").header("HX-Request", "true").with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isOk()));
		assertThat(html).contains("id=\"results\"").doesNotContain("<html");
	}

	@Test
	void playsAudioAndShowsImages() throws Exception {
		Report report = store("شهادة صوتية مع صورة", new Upload("شهادة.ogg", () -> new ByteArrayInputStream(OGG)),
				new Upload("صورة.png", () -> new ByteArrayInputStream(PNG)));
		String html = page("/reports/" + report.id());
		assertThat(html).contains("<audio controls")
			.contains("<img src=\"/attachments/"
					+ report.attachments().stream().filter((a) -> a.image()).findFirst().orElseThrow().sha256());
	}

	@Test
	void servesImagesInlineToPages() throws Exception {
		Report report = store("صورة", new Upload("صورة.png", () -> new ByteArrayInputStream(PNG)));
		this.mvc
			.perform(
					get("/attachments/" + report.attachments().get(0).sha256()).with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", startsWith("inline")));
	}

	@Test
	void unknownReportPageIsNotFound() throws Exception {
		this.mvc.perform(get("/reports/" + UUID.randomUUID()).with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void speaksEnglishWhenAsked() throws Exception {
		String html = PageSupport.html(this.mvc
			.perform(get("/reports").header("Accept-Language", "en").with(PageSupport.signedIn(Role.VIEWER)))
			.andExpect(status().isOk()));
		assertThat(html).contains("<h1>Reports</h1>").contains("lang=\"en\" dir=\"ltr\"");
	}

	@Test
	void pagesHaveNoInlineScriptOrStyle() throws Exception {
		Report report = store("نص <b>عريض</b>", new Upload("a.ogg", () -> new ByteArrayInputStream(OGG)));
		for (String path : List.of("/", "/reports", "/reports/" + report.id())) {
			PageSupport.assertFollowsPageRules(page(path));
		}
		PageSupport.assertFollowsPageRules(PageSupport.html(
				this.mvc.perform(get("/sources").with(PageSupport.signedIn(Role.ANALYST))).andExpect(status().isOk())));
		PageSupport.assertFollowsPageRules(
				PageSupport.html(this.mvc.perform(get("/reports/new").with(PageSupport.signedIn(Role.DOCUMENTER)))
					.andExpect(status().isOk())));
	}

	long reportCount() {
		return this.jdbc.sql("SELECT COUNT(*) FROM report").query(Long.class).single();
	}

}
