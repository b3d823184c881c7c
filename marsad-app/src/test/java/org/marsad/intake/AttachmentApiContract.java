package org.marsad.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.security.Role;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reports with files: content-addressed storage, sniffed types, safe names, and uploads
 * that fail leaving nothing behind. Written once, run on H2 ({@link AttachmentApiTests})
 * and PostgreSQL ({@link AttachmentApiPostgresIntegrationTests}).
 */
abstract class AttachmentApiContract extends IntakeContract {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	static final byte[] OGG = "OggS\0\2\0\0\0\0\0\0\0\0 بيان صوتي".getBytes(StandardCharsets.UTF_8);

	MockMultipartHttpServletRequestBuilder reportWithFiles(String text, MockMultipartFile... files) {
		MockPart report = new MockPart("report", toJson(Map.of("text", text)).getBytes(StandardCharsets.UTF_8));
		report.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		MockMultipartHttpServletRequestBuilder request = multipart("/api/reports");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.part(report);
		return request;
	}

	ResultActions send(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(as(Role.DOCUMENTER)));
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("files", name, "text/plain", content);
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	@Test
	void storesFilesByTheirHash() throws Exception {
		byte[] content = ("شهادة من مخيم الهول " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		String hash = sha256(content);
		JsonNode report = read(
				send(reportWithFiles("تقرير مع شهادة", file("شهادة.txt", content))).andExpect(status().isCreated())
					.andReturn());
		JsonNode attachment = report.get("attachments").get(0);
		assertThat(attachment.get("sha256").asString()).isEqualTo(hash);
		assertThat(attachment.get("size").asLong()).isEqualTo(content.length);
		assertThat(attachment.get("fileName").asString()).isEqualTo("شهادة.txt");
		Path stored = this.properties.attachments()
			.resolve(hash.substring(0, 2))
			.resolve(hash.substring(2, 4))
			.resolve(hash);
		assertThat(stored).hasBinaryContent(content);
	}

	@Test
	void acceptsFormFieldsInsteadOfAJsonPart() throws Exception {
		send(multipart("/api/reports").file(file("صورة.png", PNG))
			.param("text", "صورة من الباغوز")
			.param("channel", "message")
			.param("credibility", "3")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.text").value("صورة من الباغوز"))
			.andExpect(jsonPath("$.credibility").value(3))
			.andExpect(jsonPath("$.attachments[0].mediaType").value("image/png"));
	}

	@Test
	void storesTheSameContentOnce() throws Exception {
		byte[] content = ("تسجيل مكرر " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		long before = storedFiles();
		send(reportWithFiles("الأول", file("a.txt", content))).andExpect(status().isCreated());
		send(reportWithFiles("الثاني", file("b.txt", content))).andExpect(status().isCreated());
		assertThat(storedFiles()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM attachment WHERE sha256 = :h")
			.param("h", sha256(content))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void detectsTheTypeFromTheContent() throws Exception {
		send(reportWithFiles("صوت", file("voice.txt", OGG))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.attachments[0].mediaType").value("audio/ogg"));
	}

	@Test
	void downloadsWithSanitisedNameAndNoSniffing() throws Exception {
		byte[] content = PNG.clone();
		content[content.length - 1] = (byte) (System.nanoTime() & 0x7F);
		send(reportWithFiles("صورة", file("../../صورة\u202Egnp.exe", content))).andExpect(status().isCreated());
		this.mvc.perform(get("/api/attachments/" + sha256(content)).with(as(Role.VIEWER)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(content))
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
			.andExpect(header().string("Content-Disposition", not(containsString("%E2%80%AE"))))
			.andExpect(header().string("Content-Disposition", not(containsString(".."))));
	}

	@Test
	void storesTraversingNamesSafely() throws Exception {
		byte[] content = ("passwd " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		String hash = sha256(content);
		send(reportWithFiles("اسم خطر", file("../../../etc/pass\u0000wd\u0007", content)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attachments[0].fileName").value("passwd"));
		assertThat(Files.exists(this.properties.attachments()
			.resolve(hash.substring(0, 2))
			.resolve(hash.substring(2, 4))
			.resolve(hash))).isTrue();
		assertThat(this.properties.data().resolve("etc")).doesNotExist();
		assertThat(this.jdbc.sql("SELECT original_name FROM attachment WHERE sha256 = :h")
			.param("h", hash)
			.query(String.class)
			.single()).isEqualTo("../../../etc/pass\uFFFDwd\u0007");
	}

	@Test
	void unknownHashIsNotFound() throws Exception {
		this.mvc.perform(get("/api/attachments/" + "ab".repeat(32)).with(as(Role.VIEWER)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/attachments/..%2F..%2Fetc").with(as(Role.VIEWER)))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void refusesAnEmptyFile() throws Exception {
		refused(reportWithFiles("ملف فارغ", file("فارغ.txt", new byte[0])), 400);
	}

	@Test
	void refusesAFileOverTheLimit() throws Exception {
		refused(reportWithFiles("ملف كبير", file("كبير.bin", new byte[1024 * 1024 + 1])), 413);
	}

	@Test
	void leavesNothingWhenAnUploadIsCutOff() throws Exception {
		refused(reportWithFiles("ملف مقطوع", new CutOffFile(64 * 1024)), 400);
	}

	@Test
	void removesFilesOfAReportThatFailsLater() throws Exception {
		byte[] first = ("أول ملف " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		refused(reportWithFiles("ملفان", file("أول.txt", first), file("فارغ.txt", new byte[0])), 400);
	}

	@Test
	void readersCannotUpload() throws Exception {
		String before = snapshot();
		this.mvc.perform(reportWithFiles("محاولة", file("x.txt", PNG)).with(as(Role.VIEWER)))
			.andExpect(status().isForbidden());
		assertThat(snapshot()).isEqualTo(before);
	}

	void refused(MockMultipartHttpServletRequestBuilder request, int status) throws Exception {
		String before = snapshot();
		send(request).andExpect(status().is(status)).andExpect(jsonPath("$.field").value("files"));
		assertThat(snapshot()).isEqualTo(before);
	}

	/** A file whose upload breaks off after some bytes, like a dropped connection. */
	static final class CutOffFile extends MockMultipartFile {

		private final int breakAfter;

		CutOffFile(int breakAfter) {
			super("files", "مقطوع.mp3", "audio/mpeg", new byte[breakAfter * 2]);
			this.breakAfter = breakAfter;
		}

		@Override
		public InputStream getInputStream() {
			return new InputStream() {

				private int sent;

				@Override
				public int read() throws IOException {
					if (this.sent++ >= CutOffFile.this.breakAfter) {
						throw new IOException("connection reset");
					}
					return 'x';
				}

			};
		}

	}

}
