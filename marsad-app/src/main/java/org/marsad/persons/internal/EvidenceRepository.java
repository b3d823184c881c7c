package org.marsad.persons.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marsad.persons.Attestation;
import org.marsad.persons.DocumentCopy;
import org.marsad.persons.NewAttestation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identity evidence: {@code identity_document} (numbers only ever sealed),
 * {@code document_copy} (content in the row) and {@code identity_attestation}.
 */
class EvidenceRepository {

	private final JdbcClient jdbc;

	EvidenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertDocument(UUID id, UUID personId, CheckedDocument document, String sealedNumber, Instant at, String by) {
		this.jdbc
			.sql("INSERT INTO identity_document (id, person_id, document_type, issuing_country, document_number, "
					+ "document_state, note, created_at, created_by) VALUES (:id, :person, :type, :country, :number, "
					+ ":state, :note, :at, :by)")
			.param("id", id)
			.param("person", personId)
			.param("type", document.type())
			.param("country", document.issuingCountry())
			.param("number", sealedNumber)
			.param("state", document.state())
			.param("note", document.note())
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	List<StoredDocument> documents(UUID personId) {
		return this.jdbc
			.sql("SELECT * FROM identity_document WHERE person_id = :person AND voided = FALSE ORDER BY created_at, id")
			.param("person", personId)
			.query((rs, n) -> new StoredDocument(rs.getObject("id", UUID.class), rs.getString("document_type"),
					rs.getString("issuing_country"), rs.getString("document_number"), rs.getString("document_state"),
					rs.getString("note"), Timestamps.read(rs, "created_at"), rs.getString("created_by")))
			.list();
	}

	boolean documentOf(UUID personId, UUID documentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM identity_document WHERE id = :id AND person_id = :person")
			.param("id", documentId)
			.param("person", personId)
			.query(Long.class)
			.single() > 0;
	}

	void insertCopy(DocumentCopy copy, UUID personId, byte[] content) {
		this.jdbc
			.sql("INSERT INTO document_copy (id, person_id, identity_document_id, file_name, media_type, size_bytes, "
					+ "sha256, content, provided_by, provider_relation, created_at, created_by) VALUES (:id, :person, "
					+ ":document, :name, :type, :size, :sha, :content, :by, :relation, :at, :creator)")
			.param("id", copy.id())
			.param("person", personId)
			.param("document", copy.documentId())
			.param("name", copy.fileName())
			.param("type", copy.mediaType())
			.param("size", copy.size())
			.param("sha", copy.sha256())
			.param("content", content)
			.param("by", copy.providedBy())
			.param("relation", copy.providerRelation())
			.param("at", Timestamps.toColumn(copy.createdAt()))
			.param("creator", copy.createdBy())
			.update();
	}

	List<DocumentCopy> copies(UUID personId) {
		return this.jdbc
			.sql("SELECT id, identity_document_id, file_name, media_type, size_bytes, sha256, provided_by, "
					+ "provider_relation, created_at, created_by FROM document_copy WHERE person_id = :person "
					+ "AND voided = FALSE ORDER BY created_at, id")
			.param("person", personId)
			.query((rs, n) -> new DocumentCopy(rs.getObject("id", UUID.class),
					rs.getObject("identity_document_id", UUID.class), rs.getString("file_name"),
					rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
					rs.getString("provided_by"), rs.getString("provider_relation"), Timestamps.read(rs, "created_at"),
					rs.getString("created_by")))
			.list();
	}

	Optional<byte[]> copyContent(UUID personId, UUID copyId) {
		return this.jdbc
			.sql("SELECT content FROM document_copy WHERE id = :id AND person_id = :person AND voided = FALSE")
			.param("id", copyId)
			.param("person", personId)
			.query((rs, n) -> rs.getBytes("content"))
			.optional();
	}

	void insertAttestation(UUID id, UUID personId, NewAttestation attestation, String voucherName, Instant at,
			String by) {
		this.jdbc
			.sql("INSERT INTO identity_attestation (id, person_id, voucher_person_id, voucher_source_id, voucher_name, "
					+ "relation, statement, attested_on, created_at, created_by) VALUES (:id, :person, :voucherPerson, "
					+ ":voucherSource, :voucherName, :relation, :statement, :on, :at, :by)")
			.param("id", id)
			.param("person", personId)
			.param("voucherPerson", attestation.voucherPersonId())
			.param("voucherSource", attestation.voucherSourceId())
			.param("voucherName", voucherName)
			.param("relation", attestation.relation().strip())
			.param("statement", attestation.statement().strip())
			.param("on", attestation.attestedOn())
			.param("at", Timestamps.toColumn(at))
			.param("by", by)
			.update();
	}

	List<Attestation> attestations(UUID personId) {
		return this.jdbc
			.sql("SELECT a.*, p.full_name AS voucher_full_name FROM identity_attestation a LEFT JOIN person p "
					+ "ON p.id = a.voucher_person_id WHERE a.person_id = :person AND a.voided = FALSE "
					+ "ORDER BY a.attested_on, a.created_at, a.id")
			.param("person", personId)
			.query((rs, n) -> new Attestation(rs.getObject("id", UUID.class),
					rs.getObject("voucher_person_id", UUID.class), rs.getObject("voucher_source_id", UUID.class),
					(rs.getString("voucher_full_name") != null) ? rs.getString("voucher_full_name")
							: rs.getString("voucher_name"),
					rs.getString("relation"), rs.getString("statement"), rs.getObject("attested_on", LocalDate.class),
					Timestamps.read(rs, "created_at"), rs.getString("created_by")))
			.list();
	}

	/**
	 * A document row as stored, its number sealed.
	 */
	record StoredDocument(UUID id, String type, String issuingCountry, String sealedNumber, String state, String note,
			Instant createdAt, String createdBy) {
	}

	/**
	 * A document that passed the rules.
	 */
	record CheckedDocument(String type, String issuingCountry, String number, String state, String note) {

		@Override
		public String toString() {
			return "CheckedDocument[type=" + this.type + "]";
		}

	}

}
