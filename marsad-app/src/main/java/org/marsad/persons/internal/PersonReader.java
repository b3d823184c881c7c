package org.marsad.persons.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.marsad.keys.FieldAddress;
import org.marsad.keys.ProtectedFields;
import org.marsad.keys.ProtectedText;
import org.marsad.persons.Attestation;
import org.marsad.persons.DocumentCopy;
import org.marsad.persons.IdentityAssessment;
import org.marsad.persons.IdentityDocument;
import org.marsad.persons.Person;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.PersonRefused;
import org.marsad.persons.PersonSummary;
import org.marsad.persons.StatusEntry;

/**
 * Reads a person with its timeline and evidence, as the caller may see it.
 * <ul>
 * <li>a viewer never sees an internal person: it does not exist for them</li>
 * <li>document numbers are opened only to be masked: all but the last {@value #SHOWN}
 * characters hidden, and numbers of {@value #SHORT} characters or fewer hidden
 * entirely</li>
 * <li>viewers see no copies of documents, only how many there are (in the
 * assessment)</li>
 * </ul>
 */
class PersonReader {

	static final int SHOWN = 2;

	static final int SHORT = 4;

	static final String TABLE = "identity_document";

	static final String COLUMN = "document_number";

	private static final char HIDDEN = '\u2022';

	private final PersonRepository persons;

	private final TimelineRepository timeline;

	private final EvidenceRepository evidence;

	private final ProtectedFields protectedFields;

	PersonReader(PersonRepository persons, TimelineRepository timeline, EvidenceRepository evidence,
			ProtectedFields protectedFields) {
		this.persons = persons;
		this.timeline = timeline;
		this.evidence = evidence;
		this.protectedFields = protectedFields;
	}

	/** The row of a person the caller may see. */
	PersonRow row(UUID id) {
		PersonRow row = this.persons.find(id).orElseThrow(() -> new PersonNotFound("person"));
		if (!row.publishable() && !Caller.isStaff()) {
			throw new PersonNotFound("person");
		}
		return row;
	}

	/** A person that may be changed: it exists for the caller, is not void or merged. */
	PersonRow live(UUID id) {
		PersonRow row = row(id);
		if (row.voided()) {
			throw PersonRefused.of("id", "persons.error.voided");
		}
		if (row.mergedInto() != null) {
			throw PersonRefused.of("id", "persons.error.merged");
		}
		return row;
	}

	Person person(UUID id) {
		return person(row(id));
	}

	Person person(PersonRow row) {
		UUID id = row.id();
		List<IdentityDocument> documents = this.evidence.documents(id).stream().map(this::masked).toList();
		List<DocumentCopy> copies = this.evidence.copies(id);
		List<Attestation> attestations = this.evidence.attestations(id);
		IdentityAssessment assessment = assess(documents, copies, attestations);
		return new Person(id, row.fullName(), row.parts().given(), row.parts().father(), row.parts().grandfather(),
				row.parts().family(), row.parts().kunya(), row.latinList(), row.sex(), row.age(), row.ageOn(),
				row.birthYear(), row.birthPrecision(), row.nationality(), row.originPlaceId(), row.description(),
				row.householdId(), row.householdRelation(), row.confidentiality(), row.mergedInto(), row.version(),
				row.voided(), row.voidReason(), row.createdAt(), row.createdBy(), row.updatedAt(), row.updatedBy(),
				this.timeline.statuses(id, Caller.isStaff()), this.timeline.sources(id), documents,
				Caller.isStaff() ? copies : List.of(), attestations, assessment);
	}

	PersonSummary summary(PersonRow row) {
		List<StatusEntry> statuses = this.timeline.statuses(row.id(), Caller.isStaff());
		Integer year = (row.birthYear() != null) ? row.birthYear()
				: (row.age() != null && row.ageOn() != null) ? row.ageOn().getYear() - row.age() : null;
		return new PersonSummary(row.id(), row.fullName(), row.latinList().isEmpty() ? null : row.latinList().get(0),
				row.sex(), year, row.nationality(), row.householdId(), row.householdRelation(),
				statuses.isEmpty() ? null : statuses.get(statuses.size() - 1).status(), row.confidentiality(),
				row.voided(), row.mergedInto(), row.updatedAt());
	}

	static IdentityAssessment assess(List<IdentityDocument> documents, List<DocumentCopy> copies,
			List<Attestation> attestations) {
		int held = (int) documents.stream().filter((d) -> "held".equals(d.state())).count();
		int missing = documents.size() - held;
		Set<String> vouchers = new HashSet<>();
		for (Attestation attestation : attestations) {
			vouchers.add((attestation.voucherPersonId() != null) ? "p:" + attestation.voucherPersonId()
					: (attestation.voucherSourceId() != null) ? "s:" + attestation.voucherSourceId()
							: "n:" + attestation.voucherName().strip());
		}
		return IdentityAssessment.of(held, missing, copies.size(), vouchers.size());
	}

	private IdentityDocument masked(EvidenceRepository.StoredDocument stored) {
		String masked = null;
		if (stored.sealedNumber() != null) {
			String clear = this.protectedFields.open(ProtectedText.ofStored(stored.sealedNumber()),
					FieldAddress.of(TABLE, COLUMN, stored.id()));
			masked = mask(clear);
		}
		return new IdentityDocument(stored.id(), stored.type(), stored.issuingCountry(), masked, stored.state(),
				stored.note(), stored.createdAt(), stored.createdBy());
	}

	static String mask(String clear) {
		int length = clear.codePointCount(0, clear.length());
		if (length <= SHORT) {
			return String.valueOf(HIDDEN).repeat(SHORT);
		}
		int tail = clear.offsetByCodePoints(clear.length(), -SHOWN);
		return String.valueOf(HIDDEN).repeat(length - SHOWN) + clear.substring(tail);
	}

}
