package org.marsad.persons.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.marsad.keys.FieldAddress;
import org.marsad.keys.ProtectedFields;
import org.marsad.persons.DocumentCopy;
import org.marsad.persons.IdentityEvidence;
import org.marsad.persons.NewAttestation;
import org.marsad.persons.NewCopy;
import org.marsad.persons.NewDocument;
import org.marsad.persons.Person;
import org.marsad.persons.PersonNotFound;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link IdentityEvidence} use cases, each one transaction that also raises the
 * person's version and records the change ({@link PersonJournal}).
 * <ul>
 * <li>a document: a known type and state, a number of up to {@value #MAX_NUMBER}
 * characters, sealed under the row's address before it is written</li>
 * <li>a copy: an image or PDF ({@link CopyFiles}), who sent it (required), a document of
 * the same person when it names one</li>
 * <li>an attestation: exactly one voucher (a live person of the registry other than the
 * person, a source, or a name), a relation, a statement and a day not in the future</li>
 * </ul>
 */
@Transactional(readOnly = true)
class EvidenceRegister implements IdentityEvidence {

	static final int MAX_NUMBER = 64;

	static final Set<String> TYPES = Set.of("national_id", "passport", "family_booklet", "birth_certificate",
			"civil_registry_extract", "driving_licence", "refugee_card", "other");

	static final Set<String> STATES = Set.of("held", "lost", "destroyed", "confiscated");

	private final PersonReader reader;

	private final PersonRepository persons;

	private final EvidenceRepository evidence;

	private final References references;

	private final ProtectedFields protectedFields;

	private final PersonJournal journal;

	EvidenceRegister(PersonReader reader, PersonRepository persons, EvidenceRepository evidence, References references,
			ProtectedFields protectedFields, PersonJournal journal) {
		this.reader = reader;
		this.persons = persons;
		this.evidence = evidence;
		this.references = references;
		this.protectedFields = protectedFields;
		this.journal = journal;
	}

	@Override
	@Transactional
	public Person addDocument(UUID personId, NewDocument document) {
		PersonRow row = this.reader.live(personId);
		Problems problems = new Problems();
		EvidenceRepository.CheckedDocument checked = check(document, problems);
		problems.throwIfAny();
		UUID id = UUID.randomUUID();
		String sealed = (checked.number() != null) ? this.protectedFields
			.seal(checked.number(), FieldAddress.of(PersonReader.TABLE, PersonReader.COLUMN, id))
			.stored() : null;
		Instant at = Timestamps.now();
		this.evidence.insertDocument(id, personId, checked, sealed, at, Caller.name());
		return recorded(row, "document_added", at);
	}

	@Override
	@Transactional
	public Person addCopy(UUID personId, NewCopy copy) {
		PersonRow row = this.reader.live(personId);
		Problems problems = new Problems();
		byte[] content = (copy.content() != null) ? copy.content() : new byte[0];
		String mediaType = null;
		if (content.length == 0) {
			problems.add("file", "persons.error.emptyFile");
		}
		else if (content.length > CopyFiles.MAX_SIZE) {
			problems.add("file", "persons.error.fileTooLarge");
		}
		else if ((mediaType = CopyFiles.mediaType(content)) == null) {
			problems.add("file", "persons.error.fileType");
		}
		String providedBy = PersonRules.text(copy.providedBy(), "providedBy", 200, true, problems);
		String relation = PersonRules.text(copy.providerRelation(), "providerRelation", 100, false, problems);
		if (copy.documentId() != null && !this.evidence.documentOf(personId, copy.documentId())) {
			problems.add("documentId", "persons.error.unknownDocument");
		}
		problems.throwIfAny();
		Instant at = Timestamps.now();
		this.evidence.insertCopy(
				new DocumentCopy(UUID.randomUUID(), copy.documentId(), CopyFiles.displayName(copy.fileName()),
						mediaType, content.length, CopyFiles.sha256(content), providedBy, relation, at, Caller.name()),
				personId, content);
		return recorded(row, "copy_added", at);
	}

	@Override
	@Transactional
	public Person addAttestation(UUID personId, NewAttestation attestation) {
		PersonRow row = this.reader.live(personId);
		Problems problems = new Problems();
		String name = checkVoucher(personId, attestation, problems);
		PersonRules.text(attestation.relation(), "relation", 100, true, problems);
		PersonRules.text(attestation.statement(), "statement", PersonRules.MAX_TEXT, true, problems);
		if (attestation.attestedOn() == null) {
			problems.add("attestedOn", "persons.error.required");
		}
		else if (attestation.attestedOn().isAfter(LocalDate.now())) {
			problems.add("attestedOn", "persons.error.future");
		}
		problems.throwIfAny();
		Instant at = Timestamps.now();
		this.evidence.insertAttestation(UUID.randomUUID(), personId, attestation, name, at, Caller.name());
		return recorded(row, "attestation_added", at);
	}

	@Override
	public CopyContent copy(UUID personId, UUID copyId) {
		this.reader.person(personId);
		DocumentCopy copy = this.evidence.copies(personId)
			.stream()
			.filter((c) -> c.id().equals(copyId))
			.findFirst()
			.orElseThrow(() -> new PersonNotFound("copy"));
		byte[] content = this.evidence.copyContent(personId, copyId).orElseThrow(() -> new PersonNotFound("copy"));
		return new CopyContent(copy, content);
	}

	private Person recorded(PersonRow row, String action, Instant at) {
		this.persons.touch(row.id(), at, Caller.name());
		this.journal.changed(row.id(), action, null, at, row);
		return this.reader.person(row.id());
	}

	private static EvidenceRepository.CheckedDocument check(NewDocument document, Problems problems) {
		if (document == null) {
			problems.add("persons.error.required");
			return null;
		}
		if (PersonRules.blankToNull(document.type()) == null) {
			problems.add("type", "persons.error.required");
		}
		String type = PersonRules.code(document.type(), "type", TYPES, problems);
		if (PersonRules.blankToNull(document.state()) == null) {
			problems.add("state", "persons.error.required");
		}
		String state = PersonRules.code(document.state(), "state", STATES, problems);
		String country = PersonRules.country(document.issuingCountry(), "issuingCountry", problems);
		String number = PersonRules.text(document.number(), "number", MAX_NUMBER, false, problems);
		String note = PersonRules.text(document.note(), "note", 2000, false, problems);
		return new EvidenceRepository.CheckedDocument(type, country, number, state, note);
	}

	private String checkVoucher(UUID personId, NewAttestation attestation, Problems problems) {
		String name = PersonRules.text(attestation.voucherName(), "voucherName", PersonRules.MAX_NAME, false, problems);
		int given = ((attestation.voucherPersonId() != null) ? 1 : 0)
				+ ((attestation.voucherSourceId() != null) ? 1 : 0) + ((name != null) ? 1 : 0);
		if (given != 1) {
			problems.add("voucherName", "persons.error.oneVoucher");
		}
		if (attestation.voucherPersonId() != null && (attestation.voucherPersonId().equals(personId)
				|| !this.references.livePerson(attestation.voucherPersonId()))) {
			problems.add("voucherPersonId", "persons.error.unknownPerson");
		}
		if (attestation.voucherSourceId() != null && !this.references.source(attestation.voucherSourceId())) {
			problems.add("voucherSourceId", "persons.error.unknownSource");
		}
		return name;
	}

}
