package org.marsad.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.security.Accounts;
import org.marsad.security.Role;
import org.marsad.web.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the audit log records and how the chain holds under concurrent writers, written
 * once and run on H2 ({@link AuditLogTests}) and PostgreSQL
 * ({@link AuditLogPostgresIntegrationTests}).
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class AuditLogContract {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog log;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@BeforeEach
	void accounts() {
		TestAccounts.create(this.accounts, "audit-documenter", "audit-documenter-password", Role.DOCUMENTER);
		TestAccounts.create(this.accounts, "audit-coordinator", "audit-coordinator-password", Role.COORDINATOR);
	}

	@Test
	void recordsEveryIntakeWriteWithWhoAndDigests() throws Exception {
		String source = id(this.mvc.perform(post("/api/sources").with(coordinator())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(Map.of("pseudonym", "أبو فراس", "contact", "واتساب +963 944 123 456")))));
		this.mvc
			.perform(put("/api/sources/" + source + "/reliability").with(coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("reliability", "B"))))
			.andExpect(status().isOk());
		String report = id(this.mvc
			.perform(multipart("/api/reports").file(new MockMultipartFile("files", "صورة الحاجز.png", "image/png", PNG))
				.param("text", "خروج ٣٥٠٠ شخص من الباغوز")
				.param("sourceId", source)
				.with(documenter())));
		this.mvc
			.perform(post("/api/reports/" + report + "/versions").with(documenter())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("text", "خروج ٣٦٢٥٠ شخصاً من الباغوز"))))
			.andExpect(status().isCreated());
		assertThat(entries(null, "source", source)).extracting(AuditEntry::action, AuditEntry::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("graded", "audit-coordinator"),
					org.assertj.core.groups.Tuple.tuple("created", "audit-coordinator"));
		List<AuditEntry> reportEntries = entries(null, "report", report);
		assertThat(reportEntries).extracting(AuditEntry::action).containsExactly("corrected", "created");
		assertThat(reportEntries.get(0).beforeDigest()).isEqualTo(reportEntries.get(1).afterDigest());
		assertThat(reportEntries.get(0).afterDigest()).isNotEqualTo(reportEntries.get(0).beforeDigest());
		assertThat(entries("audit-documenter", "attachment", null)).extracting(AuditEntry::action).contains("attached");
	}

	@Test
	void recordsAccountChanges() throws Exception {
		this.mvc
			.perform(post("/api/accounts").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("username", "audit-new", "password", "كلمة-سر-طويلة-جداً", "role", "VIEWER"))))
			.andExpect(status().isCreated());
		this.mvc
			.perform(patch("/api/accounts/audit-new").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("role", "ANALYST", "enabled", false))))
			.andExpect(status().isOk());
		assertThat(entries("admin", "account", "audit-new")).extracting(AuditEntry::action)
			.containsExactly("disabled", "role_changed", "created");
	}

	@Test
	void noDigestRepeatsAProtectedValue() throws Exception {
		this.mvc
			.perform(post("/api/sources").with(coordinator())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(Map.of("pseudonym", "الهدهد", "contact", "هاتف: ٠٩٤٤١٢٣٤٥٦"))))
			.andExpect(status().isCreated());
		String clearDigest = Digest.of(Map.of("contact", "هاتف: ٠٩٤٤١٢٣٤٥٦")).hex();
		assertThat(this.jdbc.sql("SELECT after_digest FROM audit_entry").query(String.class).list())
			.doesNotContain(clearDigest);
	}

	@Test
	void anEntryIsKeptOnlyWithItsTransaction() {
		long before = count();
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		assertThatThrownBy(() -> template.executeWithoutResult((status) -> {
			this.log.record(AuditRecord.created("report", "rolled-back", Map.of("text", "لن يبقى")));
			throw new IllegalStateException("the write failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesAnEntryOutsideATransaction() {
		assertThatThrownBy(() -> this.log.record(AuditRecord.created("report", "alone", Map.of())))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void concurrentWritersMakeOneLinearChain() throws Exception {
		long before = count();
		ExecutorService writers = Executors.newFixedThreadPool(8);
		List<Callable<Void>> work = new ArrayList<>();
		for (int writer = 0; writer < 8; writer++) {
			int number = writer;
			work.add(() -> {
				TransactionTemplate template = new TransactionTemplate(this.transactions);
				for (int i = 0; i < 25; i++) {
					int n = i;
					template.executeWithoutResult((status) -> this.log
						.record(AuditRecord.created("report", number + "-" + n, Map.of("n", n))));
				}
				return null;
			});
		}
		for (Future<Void> done : writers.invokeAll(work)) {
			done.get(60, TimeUnit.SECONDS);
		}
		writers.shutdown();
		assertThat(count()).isEqualTo(before + 200);
		TestAccounts.asAdmin(() -> {
			ChainCheck check = this.log.verify();
			assertThat(check.breaks()).isEmpty();
			assertThat(check.lastSeq()).isEqualTo(check.entries());
		});
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();
	}

	List<AuditEntry> entries(String actor, String kind, String id) {
		List<AuditEntry> found = new ArrayList<>();
		TestAccounts.asAdmin(
				() -> found.addAll(this.log.find(new AuditFilter(actor, null, kind, id, null, null), 0, 100).items()));
		return found;
	}

	String id(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
		String body = actions.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode node = JSON.readTree(body);
		return node.get("id").asString();
	}

	static byte[] json(Map<String, ?> body) {
		return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
	}

	static RequestPostProcessor admin() {
		return httpBasic("admin", "admin-test-password");
	}

	static RequestPostProcessor documenter() {
		return httpBasic("audit-documenter", "audit-documenter-password");
	}

	static RequestPostProcessor coordinator() {
		return httpBasic("audit-coordinator", "audit-coordinator-password");
	}

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

}
