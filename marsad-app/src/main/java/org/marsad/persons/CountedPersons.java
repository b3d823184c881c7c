package org.marsad.persons;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Links registry persons to the figures that count them («5 persons detained»: these are
 * three of them), and tells whom a figure names and what a person is counted in.
 * <ul>
 * <li>a person is counted in figures of unit {@code person}; the head of a household in
 * figures of unit {@code family}, for the household</li>
 * <li>a link keeps who made it and when; unlinking keeps who and when too; both are
 * changes of the person, in its history and in the audit chain</li>
 * <li>refusals name the field ({@link CountingRefused}); nothing is stored when one is
 * thrown</li>
 * <li>viewers see only publishable persons, and only figures of publishable events</li>
 * </ul>
 */
public interface CountedPersons {

	/**
	 * Links a person to a figure.
	 * @param personId the person
	 * @param figureId the figure
	 * @return the figure as the person is counted in it
	 * @throws CountingRefused naming {@code personId} or {@code figureId}
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	CountedFigure link(UUID personId, UUID figureId);

	/**
	 * Takes a person out of a figure; the link stays in the record with who and when.
	 * @param personId the person
	 * @param figureId the figure
	 * @throws CountingRefused naming {@code figureId} when the person is not linked to it
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	void unlink(UUID personId, UUID figureId);

	/**
	 * The figures a person is counted in, by the day of their events.
	 * @param personId the person
	 * @return the figures the caller may see
	 * @throws PersonNotFound when there is no person the caller may see
	 */
	@PreAuthorize(PersonRoles.READS)
	List<CountedFigure> countedIn(UUID personId);

	/**
	 * The figures of the events in a person's timeline that the person may be counted in
	 * and is not yet: live figures of persons or families of live events.
	 * @param personId the person
	 * @return the figures, by the day of their events
	 */
	@PreAuthorize(PersonRoles.RECORDS)
	List<CountedFigure> countable(UUID personId);

	/**
	 * The persons a figure names, those the caller may see.
	 * @param figureId the figure
	 * @return the figure's value and the persons
	 * @throws CountingRefused naming {@code figureId} when there is no figure the caller
	 * may see
	 */
	@PreAuthorize(PersonRoles.READS)
	NamedInFigure named(UUID figureId);

}
