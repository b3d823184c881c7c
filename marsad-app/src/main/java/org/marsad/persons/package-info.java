/**
 * Persons: the registry of the people behind the figures (the displaced, detained,
 * missing and dead), their households, what happened to them, and the evidence of who
 * they are.
 * <ul>
 * <li>A person has a full name as written and its parts (given name, father, grandfather,
 * family or tribe, kunya or laqab), Latin spellings, sex, an age or a birth year with its
 * precision, nationality, place of origin and a description; a household with the
 * relation to its head; a status timeline of dated entries tied to events, actors and
 * places; and the reports that speak of them.</li>
 * <li>Identity evidence: documents held, lost, destroyed or confiscated (the number
 * sealed by the keys module and only ever shown masked), copies sent by relatives, and
 * attestations by persons of the registry, sources or named people. The
 * {@link org.marsad.persons.IdentityAssessment} is derived from them.</li>
 * <li>Identity attestations are signed with the organisation's Ed25519 key; anyone with
 * the public key can verify them offline ({@link org.marsad.persons.AttestationVerifier},
 * {@code ./marsad verify FILE}).</li>
 * <li>Nothing is deleted: persons are voided with a reason; every change is kept with
 * who, when, why and the record as it became; edits carry the version they were made on
 * and a stale one is refused ({@link org.marsad.persons.PersonConflict}, HTTP 409).</li>
 * <li>Internal persons are never shown to viewers; every use case checks the caller's
 * role ({@link org.marsad.persons.PersonRoles}).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persons")
package org.marsad.persons;
