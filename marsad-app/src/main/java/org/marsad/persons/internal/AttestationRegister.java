package org.marsad.persons.internal;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.marsad.audit.AuditLog;
import org.marsad.audit.AuditRecord;
import org.marsad.persons.AttestationCheck;
import org.marsad.persons.AttestationPayload;
import org.marsad.persons.AttestationVerifier;
import org.marsad.persons.IdentityAttestations;
import org.marsad.persons.IdentityDocument;
import org.marsad.persons.IssuedAttestation;
import org.marsad.persons.Person;
import org.marsad.persons.PersonNotFound;
import org.marsad.persons.StatusEntry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link IdentityAttestations} use cases: the payload is built from the person as
 * recorded now, written as JSON once, signed, and kept exactly as signed, so that the
 * same token can be printed again later.
 * <ul>
 * <li>only a live person (not void, not merged) gets an attestation</li>
 * <li>the payload names document types and states, never numbers</li>
 * <li>verification tries every key the organisation ever had, so that attestations signed
 * before a new key still verify</li>
 * </ul>
 */
@Transactional(readOnly = true)
class AttestationRegister implements IdentityAttestations {

	static final String ISSUER = "Marsad";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PersonReader reader;

	private final SigningKeys keys;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	AttestationRegister(PersonReader reader, SigningKeys keys, JdbcClient jdbc, AuditLog audit) {
		this.reader = reader;
		this.keys = keys;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	@Transactional
	public IssuedAttestation issue(UUID personId) {
		this.reader.live(personId);
		Person person = this.reader.person(personId);
		UUID id = UUID.randomUUID();
		Instant at = Timestamps.now();
		AttestationPayload payload = payload(id, person, at);
		String json = JSON.writeValueAsString(payload);
		String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
		String signature = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(this.keys.sign(AttestationVerifier.signingInput(encoded)));
		this.jdbc
			.sql("INSERT INTO issued_attestation (id, person_id, payload, signature, key_id, issued_at, issued_by) "
					+ "VALUES (:id, :person, :payload, :signature, :key, :at, :by)")
			.param("id", id)
			.param("person", personId)
			.param("payload", json)
			.param("signature", signature)
			.param("key", payload.kid())
			.param("at", Timestamps.toColumn(at))
			.param("by", Caller.name())
			.update();
		this.audit.record(AuditRecord.of("attestation_issued", "person", personId, null,
				java.util.Map.of("attestation", id.toString(), "signature", signature)));
		return get(id);
	}

	@Override
	public IssuedAttestation get(UUID id) {
		IssuedAttestation issued = this.jdbc.sql("SELECT * FROM issued_attestation WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> issued(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getString("payload"), rs.getString("signature"), Timestamps.read(rs, "issued_at"),
					rs.getString("issued_by")))
			.optional()
			.orElseThrow(() -> new PersonNotFound("attestation"));
		this.reader.row(issued.personId());
		return issued;
	}

	@Override
	public List<IssuedAttestation> ofPerson(UUID personId) {
		this.reader.row(personId);
		return this.jdbc.sql("SELECT * FROM issued_attestation WHERE person_id = :person ORDER BY issued_at DESC")
			.param("person", personId)
			.query((rs, n) -> issued(rs.getObject("id", UUID.class), personId, rs.getString("payload"),
					rs.getString("signature"), Timestamps.read(rs, "issued_at"), rs.getString("issued_by")))
			.list();
	}

	@Override
	public AttestationCheck verify(String text) {
		AttestationCheck first = null;
		for (PublicKey key : this.keys.publicKeys()) {
			AttestationCheck check = AttestationVerifier.verify(text, key);
			if (check.valid()) {
				return check;
			}
			if (first == null || !"persons.verify.otherKey".equals(check.problem())) {
				first = check;
			}
		}
		return first;
	}

	@Override
	public String publicKey() {
		return this.keys.publicPem();
	}

	private AttestationPayload payload(UUID id, Person person, Instant at) {
		List<String> held = person.documents()
			.stream()
			.filter((d) -> "held".equals(d.state()))
			.map(IdentityDocument::type)
			.toList();
		List<String> missing = person.documents()
			.stream()
			.filter((d) -> !"held".equals(d.state()))
			.map((d) -> d.type() + ":" + d.state())
			.toList();
		StatusEntry latest = person.latestStatus();
		return new AttestationPayload(AttestationPayload.VERSION, id.toString(), this.keys.activeId(), ISSUER,
				at.toString(), person.id().toString(), person.fullName(), person.latinNames(), person.sex(),
				person.estimatedBirthYear(), (person.birthYear() != null) ? person.birthPrecision() : "about",
				person.nationality(), placeName(person.originPlaceId()), person.assessment().level().code(), held,
				missing, person.assessment().copies(), person.assessment().vouchers(),
				(latest != null) ? latest.status() : null);
	}

	private String placeName(String placeId) {
		if (placeId == null) {
			return null;
		}
		return this.jdbc.sql("SELECT COALESCE(name_ar, name_en) FROM place WHERE id = :id")
			.param("id", placeId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static IssuedAttestation issued(UUID id, UUID personId, String json, String signature, Instant at,
			String by) {
		String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
		return new IssuedAttestation(id, personId, AttestationVerifier.PREFIX + encoded + "." + signature,
				JSON.readValue(json, AttestationPayload.class), at, by);
	}

}
