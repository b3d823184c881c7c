package org.marsad.intake.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.settings.MarsadProperties;
import org.marsad.intake.NewReport;
import org.marsad.intake.Report;
import org.marsad.intake.Reports;
import org.marsad.intake.Upload;
import org.marsad.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import org.marsad.web.PageSupport;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class AttachmentSweepTests {

	@Autowired
	AttachmentSweep sweep;

	@Autowired
	AttachmentStore store;

	@Autowired
	Reports reports;

	@Autowired
	MarsadProperties properties;

	@Test
	void removesFilesNoReportRefersTo() throws Exception {
		String orphan = "ab".repeat(32);
		Path file = this.store.path(orphan);
		Files.createDirectories(file.getParent());
		Files.writeString(file, "ملف لم يكتمل حفظه");
		this.sweep.run(new DefaultApplicationArguments());
		assertThat(file).doesNotExist();
	}

	@Test
	void keepsFilesOfStoredReports() throws Exception {
		byte[] content = ("شهادة " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		Report report = PageSupport.as(Role.DOCUMENTER,
				() -> this.reports.create(new NewReport("تقرير بملف", null, null, null, null, null, null, null),
						List.of(new Upload("شهادة.txt", () -> new ByteArrayInputStream(content)))));
		this.sweep.run(new DefaultApplicationArguments());
		assertThat(this.store.path(report.attachments().get(0).sha256())).hasBinaryContent(content);
	}

	@Test
	void removesTemporaryFiles() throws Exception {
		Path temporary = Files.createDirectories(this.properties.attachments().resolve(AttachmentStore.TEMPORARY))
			.resolve("upload-9.part");
		Files.writeString(temporary, "نصف ملف");
		this.sweep.run(new DefaultApplicationArguments());
		assertThat(temporary).doesNotExist();
	}

}
