package org.marsad.events;

import java.util.List;
import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Records the figures of events and the claims behind them. A figure's value follows from
 * its claims by its {@link ValueRule} and is recomputed whenever a claim is added or
 * voided.
 */
public interface Figures {

	/**
	 * Adds a figure to an event, with the claims that state it.
	 * @param eventId the event
	 * @param figure the figure and its claims
	 * @return the recorded figure
	 * @throws CodingRefused naming the offending fields
	 */
	@PreAuthorize(Roles.CODES)
	Figure add(UUID eventId, NewFigure figure);

	/**
	 * Changes a figure, if nobody changed it since the version the edit was made on.
	 * @param id the figure
	 * @param edit the new fields, the version they were made on and why
	 * @return the figure at its new version
	 * @throws EditConflict when the figure has moved past that version
	 */
	@PreAuthorize(Roles.CODES)
	Figure update(UUID id, FigureEdit edit);

	/**
	 * Voids a figure with a reason; it stays in the record.
	 * @param id the figure
	 * @param voiding the version seen and the reason
	 * @return the voided figure
	 */
	@PreAuthorize(Roles.CODES)
	Figure voidFigure(UUID id, Voiding voiding);

	/**
	 * Adds one report's statement of a figure's value.
	 * @param figureId the figure
	 * @param claim the report, span and value as stated
	 * @return the claim, with its quote and its source's grades
	 */
	@PreAuthorize(Roles.CODES)
	Claim addClaim(UUID figureId, NewClaim claim);

	/**
	 * Voids a claim with a reason; the figure's value is recomputed without it.
	 * @param id the claim
	 * @param voiding the reason (claims have no version)
	 * @return the voided claim
	 */
	@PreAuthorize(Roles.CODES)
	Claim voidClaim(UUID id, Voiding voiding);

	/**
	 * A figure with its claims.
	 * @param id the figure
	 * @return the figure
	 * @throws RecordNotFound when there is none
	 */
	@PreAuthorize(Roles.READS)
	Figure get(UUID id);

	/**
	 * Every change to a figure and its claims, oldest first.
	 * @param id the figure
	 * @return the changes
	 */
	@PreAuthorize(Roles.READS)
	List<Change> history(UUID id);

}
