package org.marsad.tallies;

import java.time.LocalDate;
import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * How many persons of the registry stand behind a tally's figures (issue 7, "Counting"):
 * persons against families, and the figures that name more persons than they allow.
 * Analysts compute it as they compute the tally ({@link Roles#ANALYSES}).
 */
public interface TallyPersons {

	/**
	 * Counts the distinct registry persons linked to the figures a tally counts as of a
	 * day, and their households.
	 * @param id the tally
	 * @param asOf the day to count up to (capped by the tally's last day), {@code null}
	 * for today
	 * @return the counts and the figures that name more persons than they allow
	 * @throws TallyRefused naming {@code asOf} when it is before the tally's first day
	 * @throws UnknownTally when there is no such tally
	 */
	@PreAuthorize(Roles.ANALYSES)
	PersonCount persons(UUID id, LocalDate asOf);

}
