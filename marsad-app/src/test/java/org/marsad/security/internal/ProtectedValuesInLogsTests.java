package org.marsad.security.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.backup.BackupKey;
import org.marsad.backup.Backups;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A source's contact details go through their whole life, created through the API and the
 * form, read, listed, searched and written into a backup, with the application and the
 * database layer logging at their most talkative: the log never holds them, nor does the
 * backup archive.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ProtectedValuesInLogsTests {

	static final String CONTACT = "سيغنال +963 955 246 810 «أبو عمر الحمصي»";

	static final List<String> PARTS = List.of(CONTACT, "955 246 810", "أبو عمر الحمصي");

	static final List<String> LOGGERS = List.of("org.marsad", "org.springframework.jdbc", "org.springframework.web",
			"org.springframework.security", "org.springframework.transaction");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Backups backups;

	@Autowired
	org.marsad.keys.MasterKeys masters;

	@TempDir
	Path folder;

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void talkative() {
		TestAccounts.create(this.accounts, "logs.coordinator", "logs-coordinator-password", Role.COORDINATOR);
		LOGGERS.forEach((logger) -> this.logging.setLogLevel(logger, LogLevel.TRACE));
	}

	@AfterEach
	void quiet() {
		LOGGERS.forEach((logger) -> this.logging.setLogLevel(logger, null));
	}

	@Test
	void contactDetailsNeverReachTheLogNorABackup(CapturedOutput output) throws Exception {
		String body = JSON.writeValueAsString(Map.of("pseudonym", "الراصد الحمصي", "contact", CONTACT));
		String created = this.mvc
			.perform(post("/api/sources").with(coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = JSON.readTree(created).get("id").asString();
		this.mvc
			.perform(post("/sources").param("pseudonym", "الراصدة الثانية")
				.param("contact", CONTACT)
				.with(user("logs.coordinator").roles("COORDINATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get("/api/sources/" + id).with(coordinator()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).as("the coordinator does see it").contains(CONTACT);
		this.mvc.perform(get("/sources/" + id).with(user("logs.coordinator").roles("COORDINATOR")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/sources").with(coordinator())).andExpect(status().isOk());
		this.mvc.perform(get("/api/search").param("q", "الحمصي").with(coordinator())).andExpect(status().isOk());
		Path archive = this.folder.resolve("marsad.backup");
		TestAccounts.asAdmin(() -> this.backups.write(archive, new BackupKey.MasterKeyed(this.masters.current())));
		assertThat(output.getAll()).as("the log was captured at trace level").contains("source");
		for (String part : PARTS) {
			assertThat(output.getAll()).doesNotContain(part);
			assertThat(new String(Files.readAllBytes(archive), StandardCharsets.UTF_8)).doesNotContain(part);
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return httpBasic("logs.coordinator", "logs-coordinator-password");
	}

}
