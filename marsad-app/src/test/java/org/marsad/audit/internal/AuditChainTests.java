package org.marsad.audit.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.audit.AuditEntry;
import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.audit.ChainCheck;
import org.marsad.audit.ChainCheck.Problem;
import org.marsad.web.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Verification names each entry that was edited, removed or moved in the table, as
 * someone with access to the database could do. Each test puts the table back as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditChainTests {

	@Autowired
	AuditLog log;

	@Autowired
	AuditRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private List<Map<String, Object>> saved;

	private Map<String, Object> savedHead;

	@BeforeEach
	void fiveEntries() {
		for (int i = 0; i < 5; i++) {
			int n = i;
			new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.log.record(AuditRecord
				.of("corrected", "report", "r" + n, Map.of("text", "خروج " + n), Map.of("text", "خروج ١" + n))));
		}
		this.saved = this.jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query().listOfRows();
		this.savedHead = this.jdbc.sql("SELECT * FROM audit_head").query().singleRow();
		assertThat(verify().intact()).isTrue();
	}

	@AfterEach
	void putBack() {
		this.jdbc.sql("DELETE FROM audit_entry").update();
		for (Map<String, Object> row : this.saved) {
			this.jdbc
				.sql("INSERT INTO audit_entry (seq, recorded_at, actor, action, record_kind, record_id, before_digest, "
						+ "after_digest, previous_hash, hash) VALUES (:seq, :recorded_at, :actor, :action, :record_kind, "
						+ ":record_id, :before_digest, :after_digest, :previous_hash, :hash)")
				.params(row)
				.update();
		}
		this.jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash").params(this.savedHead).update();
		assertThat(verify().intact()).isTrue();
	}

	@Test
	void namesAnEditedEntry() {
		long seq = last() - 2;
		this.jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = :seq").param("seq", seq).update();
		assertThat(verify().breaks()).extracting(ChainCheck.Break::seq, ChainCheck.Break::problem)
			.containsExactly(tuple(seq, Problem.ALTERED));
	}

	@Test
	void namesAnEditedDigest() {
		long seq = last() - 1;
		this.jdbc.sql("UPDATE audit_entry SET after_digest = :digest WHERE seq = :seq")
			.param("digest", "f".repeat(64))
			.param("seq", seq)
			.update();
		assertThat(verify().breaks()).extracting(ChainCheck.Break::seq, ChainCheck.Break::problem)
			.containsExactly(tuple(seq, Problem.ALTERED));
	}

	@Test
	void namesAnEditedEntryWhoseHashWasRecomputed() {
		long seq = last() - 3;
		AuditEntry entry = this.repository.at(seq).orElseThrow();
		AuditEntry forged = new AuditEntry(seq, entry.recordedAt(), "someone-else", entry.action(), entry.recordKind(),
				entry.recordId(), entry.beforeDigest(), entry.afterDigest(), entry.previousHash(), null);
		this.jdbc.sql("UPDATE audit_entry SET actor = 'someone-else', hash = :hash WHERE seq = :seq")
			.param("hash", ChainHash.of(forged))
			.param("seq", seq)
			.update();
		List<ChainCheck.Break> breaks = verify().breaks();
		assertThat(breaks).extracting(ChainCheck.Break::seq, ChainCheck.Break::problem)
			.containsExactly(tuple(seq + 1, Problem.MISSING));
		assertThat(breaks.get(0).detail()).contains("entry " + seq + " was changed");
	}

	@Test
	void namesARemovedEntry() {
		long seq = last() - 2;
		this.jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", seq).update();
		assertThat(verify().breaks()).extracting(ChainCheck.Break::seq, ChainCheck.Break::problem)
			.containsExactly(tuple(seq + 1, Problem.MISSING));
	}

	@Test
	void namesARemovedEntryWhenTheRestWasRenumbered() {
		long seq = last() - 2;
		this.jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", seq).update();
		this.jdbc.sql("UPDATE audit_entry SET seq = seq - 1 WHERE seq > :seq").param("seq", seq).update();
		this.jdbc.sql("UPDATE audit_head SET seq = seq - 1").update();
		assertThat(verify().breaks()).extracting(ChainCheck.Break::seq, ChainCheck.Break::problem)
			.containsExactly(tuple(seq, Problem.MISSING));
	}

	@Test
	void namesSwappedEntries() {
		long seq = last() - 3;
		this.jdbc.sql("UPDATE audit_entry SET seq = -1 WHERE seq = :seq").param("seq", seq).update();
		this.jdbc.sql("UPDATE audit_entry SET seq = :seq WHERE seq = :next")
			.param("seq", seq)
			.param("next", seq + 1)
			.update();
		this.jdbc.sql("UPDATE audit_entry SET seq = :next WHERE seq = -1").param("next", seq + 1).update();
		assertThat(verify().breaks()).extracting(ChainCheck.Break::seq, ChainCheck.Break::problem)
			.containsExactly(tuple(seq, Problem.REORDERED), tuple(seq + 1, Problem.REORDERED),
					tuple(seq + 2, Problem.REORDERED));
	}

	@Test
	void namesARemovedEnd() {
		long seq = last();
		this.jdbc.sql("DELETE FROM audit_entry WHERE seq = :seq").param("seq", seq).update();
		assertThat(verify().breaks()).extracting(ChainCheck.Break::seq, ChainCheck.Break::problem)
			.containsExactly(tuple(seq, Problem.TRUNCATED));
	}

	@Test
	void aNotedEntryShowsAChainRewrittenAfterIt() {
		long seq = last() - 2;
		AuditEntry noted = this.repository.at(seq).orElseThrow();
		String previous = noted.previousHash();
		for (long s = seq; s <= last(); s++) {
			AuditEntry entry = this.repository.at(s).orElseThrow();
			String actor = (s == seq) ? "someone-else" : entry.actor();
			String hash = ChainHash.of(previous, entry.recordedAt(), actor, entry.action(), entry.recordKind(),
					entry.recordId(), entry.beforeDigest(), entry.afterDigest());
			this.jdbc
				.sql("UPDATE audit_entry SET actor = :actor, previous_hash = :previous, hash = :hash WHERE seq = :seq")
				.param("actor", actor)
				.param("previous", previous)
				.param("hash", hash)
				.param("seq", s)
				.update();
			previous = hash;
		}
		this.jdbc.sql("UPDATE audit_head SET hash = :hash").param("hash", previous).update();
		assertThat(verify().intact()).isTrue();
		ChainCheck[] witnessed = new ChainCheck[1];
		TestAccounts.asAdmin(() -> witnessed[0] = this.log.verify(seq, noted.hash()));
		assertThat(witnessed[0].breaks()).extracting(ChainCheck.Break::seq, ChainCheck.Break::problem)
			.containsExactly(tuple(seq, Problem.WITNESS));
	}

	private long last() {
		return this.jdbc.sql("SELECT MAX(seq) FROM audit_entry").query(Long.class).single();
	}

	private ChainCheck verify() {
		ChainCheck[] check = new ChainCheck[1];
		TestAccounts.asAdmin(() -> check[0] = this.log.verify());
		return check[0];
	}

}
