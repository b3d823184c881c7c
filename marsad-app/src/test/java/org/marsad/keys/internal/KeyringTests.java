package org.marsad.keys.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.settings.MarsadProperties;
import org.marsad.keys.FieldAddress;
import org.marsad.keys.MasterKey;
import org.marsad.keys.ProtectedText;
import org.marsad.keys.ProtectionFailed;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class KeyringTests {

	static final FieldAddress ADDRESS = FieldAddress.of("source", "contact", UUID.randomUUID());

	@Autowired
	Keyring keyring;

	@Autowired
	ProtectedValues values;

	@Autowired
	MasterKeySource masters;

	@Autowired
	DataKeyRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MarsadProperties properties;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void opensWhatItSealed() {
		ProtectedText sealed = this.keyring.seal("واتساب +963 944 123 456 — أبو فراس", ADDRESS);
		assertThat(this.keyring.open(sealed, ADDRESS)).isEqualTo("واتساب +963 944 123 456 — أبو فراس");
	}

	@Test
	void sealsTheSameValueDifferentlyEachTime() {
		assertThat(this.keyring.seal("٠٩٤٤١٢٣٤٥٦", ADDRESS)).isNotEqualTo(this.keyring.seal("٠٩٤٤١٢٣٤٥٦", ADDRESS));
	}

	@Test
	void aValueMovedToAnotherRowDoesNotOpen() {
		ProtectedText sealed = this.keyring.seal("٠٩٤٤١٢٣٤٥٦", ADDRESS);
		FieldAddress other = FieldAddress.of("source", "contact", UUID.randomUUID());
		assertThatThrownBy(() -> this.keyring.open(sealed, other)).isInstanceOf(ProtectionFailed.class)
			.hasMessageContaining("altered or moved")
			.hasMessageNotContaining("٠٩٤٤١٢٣٤٥٦");
	}

	@Test
	void anAlteredValueDoesNotOpen() {
		String stored = this.keyring.seal("٠٩٤٤١٢٣٤٥٦", ADDRESS).stored();
		char last = stored.charAt(stored.length() - 1);
		String altered = stored.substring(0, stored.length() - 1) + ((last == 'A') ? 'B' : 'A');
		assertThatThrownBy(() -> this.keyring.open(new ProtectedText(altered), ADDRESS))
			.isInstanceOf(ProtectionFailed.class);
	}

	@Test
	void clearValuesLeftFromBeforeAreSealedOnceAtStart() {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("INSERT INTO source (id, pseudonym, kind, reliability, contact, created_at, created_by) "
					+ "VALUES (:id, 'الكروان', 'other', 'F', 'هاتف: ٠٩٣٣٠٠٠١١١', CURRENT_TIMESTAMP, 'admin')")
			.param("id", id)
			.update();
		assertThat(this.values.sealClearValues()).isEqualTo(1);
		String stored = this.jdbc.sql("SELECT contact FROM source WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).startsWith(ProtectedText.PREFIX).doesNotContain("٠٩٣٣٠٠٠١١١");
		assertThat(this.keyring.open(new ProtectedText(stored), FieldAddress.of("source", "contact", id)))
			.isEqualTo("هاتف: ٠٩٣٣٠٠٠١١١");
		assertThat(this.values.sealClearValues()).isZero();
	}

	@Test
	void theMasterKeyFileIsReadableByItsOwnerOnly() throws Exception {
		Path file = this.properties.data().resolve("keys").resolve("master.key");
		assertThat(Files.isRegularFile(file)).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
	}

	@Test
	void aWrongMasterKeyStopsTheStart(@TempDir Path folder) {
		Keyring other = keyring(new MasterKeySource(folder, MasterKey.generate().encoded()));
		assertThatThrownBy(other::load).isInstanceOf(ProtectionFailed.class).hasMessageContaining("wrapped under");
	}

	@Test
	void aKeyringWithoutItsMasterKeyStopsTheStart(@TempDir Path folder) {
		Keyring other = keyring(new MasterKeySource(folder, null));
		assertThatThrownBy(other::load).isInstanceOf(ProtectionFailed.class).hasMessageContaining("no master key");
		assertThat(folder.resolve("keys")).doesNotExist();
	}

	@Test
	void aStartCompletesARotationInterruptedBeforeTheKeyFileMoved(@TempDir Path folder) {
		MasterKey current = this.masters.current();
		MasterKey next = MasterKey.generate();
		KeyFiles.write(folder.resolve("keys/master.key"), current);
		KeyFiles.write(folder.resolve("keys/master.key.next"), next);
		rewrap(current, next);
		try {
			Keyring restarted = keyring(new MasterKeySource(folder, null));
			restarted.load();
			assertThat(KeyFiles.read(folder.resolve("keys/master.key"))).isEqualTo(next);
			assertThat(folder.resolve("keys/master.key.next")).doesNotExist();
			ProtectedText sealed = this.keyring.seal("هاتف", ADDRESS);
			assertThat(restarted.open(sealed, ADDRESS)).isEqualTo("هاتف");
		}
		finally {
			rewrap(next, current);
		}
	}

	private void rewrap(MasterKey from, MasterKey to) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			List<DataKeyRepository.StoredKey> keys = this.repository.lockAll();
			for (DataKeyRepository.StoredKey key : keys) {
				byte[] clear = Keyring.unwrap(from, key.id(), key.wrapped());
				this.repository.rewrap(key.id(), Base64.getEncoder().encodeToString(Keyring.wrap(to, key.id(), clear)),
						to.id());
			}
		});
	}

	private Keyring keyring(MasterKeySource source) {
		TransactionTemplate separate = new TransactionTemplate(this.transactions);
		separate.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		return new Keyring(source, this.repository, separate, Clock.systemUTC());
	}

}
