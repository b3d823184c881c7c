package org.marsad.keys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.marsad.settings.MarsadProperties;
import org.marsad.audit.AuditFilter;
import org.marsad.audit.AuditLog;
import org.marsad.intake.NewSource;
import org.marsad.intake.Source;
import org.marsad.intake.Sources;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code keys rotate}: a new master key, and optionally a new data key, while sources
 * keep being written and read.
 */
@SpringBootTest
@ActiveProfiles("test")
class KeyRotationTests {

	@Autowired
	KeyRotation rotation;

	@Autowired
	MasterKeys masters;

	@Autowired
	Sources sources;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MarsadProperties properties;

	@Test
	void rotationRewrapsEveryDataKeyAndEveryContactStillOpens() {
		Source source = create("أبو فراس", "واتساب +963 944 123 456");
		String before = this.masters.current().id();
		KeyRotation.Rotated rotated = this.rotation.rotate(null, false);
		assertThat(rotated.previousMasterKeyId()).isEqualTo(before);
		assertThat(rotated.masterKeyId()).isNotEqualTo(before).isEqualTo(this.masters.current().id());
		assertThat(this.jdbc.sql("SELECT DISTINCT master_key_id FROM data_key").query(String.class).list())
			.containsExactly(rotated.masterKeyId());
		assertThat(read(source).contact()).isEqualTo("واتساب +963 944 123 456");
	}

	@Test
	void theNewMasterKeyReplacesTheKeyFile() {
		KeyRotation.Rotated rotated = this.rotation.rotate(null, false);
		Path file = this.properties.data().resolve("keys/master.key");
		assertThat(MasterKey.parse(readString(file)).id()).isEqualTo(rotated.masterKeyId());
		assertThat(this.properties.data().resolve("keys/master.key.next")).doesNotExist();
	}

	@Test
	void aGivenMasterKeyIsUsed() {
		MasterKey given = MasterKey.generate();
		assertThat(this.rotation.rotate(given, false).masterKeyId()).isEqualTo(given.id());
	}

	@Test
	void aNewDataKeyReencryptsEveryValue() {
		Source source = create("الهدهد", "هاتف: ٠٩٤٤١٢٣٤٥٦");
		KeyRotation.Rotated rotated = this.rotation.rotate(null, true);
		assertThat(rotated.newDataKeyId()).isNotNull();
		assertThat(rotated.reencrypted()).isPositive();
		KeyRotation.Status status = this.rotation.status();
		assertThat(status.dataKeys()).filteredOn(KeyRotation.DataKey::active)
			.singleElement()
			.satisfies((key) -> assertThat(key.id()).isEqualTo(rotated.newDataKeyId()));
		assertThat(status.dataKeys()).filteredOn((key) -> !key.active()).allMatch((key) -> key.values() == 0);
		assertThat(read(source).contact()).isEqualTo("هاتف: ٠٩٤٤١٢٣٤٥٦");
	}

	@Test
	void rotationIsRecordedInTheAuditLog() {
		KeyRotation.Rotated rotated = this.rotation.rotate(null, false);
		TestAccounts.asAdmin(() -> assertThat(
				this.audit.find(new AuditFilter(null, "rotated", "keyring", rotated.masterKeyId(), null, null), 0, 10)
					.total())
			.isEqualTo(1));
	}

	@Test
	void sourcesAreWrittenAndReadThroughoutRotations() throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		Map<Source, String> written = new ConcurrentHashMap<>();
		ExecutorService writers = Executors.newFixedThreadPool(3);
		List<Future<?>> work = new ArrayList<>();
		for (int writer = 0; writer < 3; writer++) {
			int number = writer;
			work.add(writers.submit(() -> {
				int n = 0;
				while (running.get()) {
					String contact = "هاتف " + number + "-" + n++;
					Source source = create("مراسل " + number, contact);
					written.put(source, contact);
					assertThat(read(source).contact()).isEqualTo(contact);
				}
				return null;
			}));
		}
		for (int i = 0; i < 3; i++) {
			this.rotation.rotate(null, i % 2 == 0);
		}
		running.set(false);
		for (Future<?> future : work) {
			future.get(30, TimeUnit.SECONDS);
		}
		writers.shutdown();
		assertThat(written).isNotEmpty();
		written.forEach((source, contact) -> assertThat(read(source).contact()).isEqualTo(contact));
	}

	private Source create(String pseudonym, String contact) {
		Source[] created = new Source[1];
		TestAccounts
			.asAdmin(() -> created[0] = this.sources.create(new NewSource(pseudonym, null, null, contact, null)));
		return created[0];
	}

	private Source read(Source source) {
		Source[] read = new Source[1];
		TestAccounts.asAdmin(() -> read[0] = this.sources.get(source.id()));
		return read[0];
	}

	private static String readString(Path file) {
		try {
			return java.nio.file.Files.readString(file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
