package org.marsad.persons.internal;

import java.util.List;
import java.util.Map;

import org.marsad.persons.CountedPersons;
import org.marsad.persons.DuplicateReview;
import org.marsad.persons.IdentityAttestations;
import org.marsad.persons.Person;
import org.marsad.persons.Persons;

import org.springframework.ui.Model;

/**
 * What the person page shows beside the person: the household, the place of origin by
 * name, the attestations issued, the open pairs of possible duplicates (staff only), the
 * history, the figures the person is counted in (and, for those who record persons, the
 * figures of the timeline's events that the person may be counted in), and the
 * vocabularies of its forms.
 */
class PersonSheet {

	private final Persons persons;

	private final IdentityAttestations attestations;

	private final References references;

	private final DuplicateReview duplicates;

	private final CountedPersons counted;

	PersonSheet(Persons persons, IdentityAttestations attestations, References references, DuplicateReview duplicates,
			CountedPersons counted) {
		this.persons = persons;
		this.counted = counted;
		this.attestations = attestations;
		this.references = references;
		this.duplicates = duplicates;
	}

	/**
	 * Fills the model of the person page.
	 * @param errors the errors of a refused part form, by field
	 * @param failed which form was refused ({@code status}, {@code document},
	 * {@code copy}, {@code attestation}), or {@code null}
	 * @return the template
	 */
	String page(Model model, Person person, Map<String, String> errors, String failed) {
		model.addAttribute("person", person);
		model.addAttribute("household",
				(person.householdId() != null) ? this.persons.household(person.householdId()) : null);
		model.addAttribute("origin", this.references.placeName(person.originPlaceId()));
		model.addAttribute("issued", this.attestations.ofPerson(person.id()));
		model.addAttribute("history", this.persons.history(person.id()));
		model.addAttribute("countedIn", this.counted.countedIn(person.id()));
		model.addAttribute("countable", Caller.records() ? this.counted.countable(person.id()) : List.of());
		model.addAttribute("duplicates", Caller.isStaff() ? this.duplicates.pairsOf(person.id()) : List.of());
		model.addAttribute("errors", errors);
		model.addAttribute("failed", failed);
		model.addAttribute("statuses", StatusRules.STATUSES.stream().sorted().toList());
		model.addAttribute("documentTypes", EvidenceRegister.TYPES.stream().sorted().toList());
		model.addAttribute("documentStates", EvidenceRegister.STATES.stream().sorted().toList());
		return "persons/person";
	}

}
