package org.marsad.persons;

import java.util.List;
import java.util.UUID;

import org.marsad.intake.PageOf;
import org.marsad.intake.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Registers persons and households, keeps every version of them and their status
 * timelines. Viewers see publishable persons only; to them an internal person does not
 * exist ({@link PersonNotFound}).
 */
public interface Persons {

	/**
	 * Registers a person.
	 * @param person the person as typed
	 * @return the person at version 1
	 * @throws PersonRefused naming the offending fields
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Person create(PersonFields person);

	/**
	 * Registers a household and its members at once: all or nothing.
	 * @param household the household and its members
	 * @return the household
	 * @throws PersonRefused naming the offending fields ({@code members[2].sex})
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Household register(NewHousehold household);

	/**
	 * Registers a household and its members at once, with the rules of
	 * {@link #register(NewHousehold)}, and tells which person each member became.
	 * @param household the household and its members
	 * @return the household and its members' ids in the order given
	 * @throws PersonRefused naming the offending fields ({@code members[2].sex})
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	RegisteredHousehold registerMembers(NewHousehold household);

	/**
	 * Changes a person, if nobody changed it since the version the edit was made on.
	 * @param id the person
	 * @param edit the fields, the version and why
	 * @return the person at its new version
	 * @throws PersonConflict when the person moved past that version
	 * @throws PersonRefused naming the offending fields
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Person update(UUID id, PersonEdit edit);

	/**
	 * Voids a person: it stays in the record, marked void with the reason.
	 * @param id the person
	 * @param voiding the version seen and the reason
	 * @return the voided person
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Person voidPerson(UUID id, Voiding voiding);

	/**
	 * Adds an entry to the status timeline.
	 * @param id the person
	 * @param status the entry
	 * @return the person with the entry
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	Person addStatus(UUID id, NewStatus status);

	/**
	 * A person.
	 * @param id the person
	 * @return the person
	 * @throws PersonNotFound when there is none the caller may see
	 */
	@PreAuthorize(PersonRoles.READS)
	Person get(UUID id);

	/**
	 * A household with the members the caller may see.
	 * @param id the household
	 * @return the household
	 */
	@PreAuthorize(PersonRoles.READS)
	Household household(UUID id);

	/**
	 * Lists persons, latest change first.
	 * @param filter which persons
	 * @param page the page
	 * @return the page
	 */
	@PreAuthorize(PersonRoles.READS)
	PageOf<PersonSummary> list(PersonFilter filter, PageRequest page);

	/**
	 * Every change to a person, oldest first.
	 * @param id the person
	 * @return the changes
	 */
	@PreAuthorize(PersonRoles.READS)
	List<PersonChange> history(UUID id);

}
