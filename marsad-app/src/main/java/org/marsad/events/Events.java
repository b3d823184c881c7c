package org.marsad.events;

import java.util.List;
import java.util.UUID;

import org.marsad.intake.PageRequest;
import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Records events, keeps every version of them, and finds the events a new report may
 * corroborate.
 */
public interface Events {

	/**
	 * Records an event that no report supports yet.
	 * @param event the event as typed
	 * @return the recorded event, at version 1
	 * @throws CodingRefused naming the offending fields
	 */
	@PreAuthorize(Roles.CODES)
	Event create(EventFields event);

	/**
	 * Changes an event, if nobody changed it since the version the edit was made on.
	 * @param id the event
	 * @param edit the new fields, the version they were made on and why
	 * @return the event at its new version
	 * @throws EditConflict when the event has moved past that version
	 * @throws CodingRefused naming the offending fields
	 * @throws RecordNotFound when there is no such event
	 */
	@PreAuthorize(Roles.CODES)
	Event update(UUID id, EventEdit edit);

	/**
	 * Voids an event: it stays in the record, marked void with the reason.
	 * @param id the event
	 * @param voiding the version seen and the reason
	 * @return the voided event
	 * @throws EditConflict when the event has moved past that version
	 * @throws CodingRefused without a reason, or when it is void already
	 */
	@PreAuthorize(Roles.CODES)
	Event voidEvent(UUID id, Voiding voiding);

	/**
	 * Links a report to an event as one more source for it. While no coordinator has
	 * decided the event's status, the status follows the suggestion
	 * ({@link #suggestStatus(UUID)}).
	 * @param id the event
	 * @param link the report, its version and the span that speaks of the event
	 * @return the event with the report among its sources
	 * @throws CodingRefused for an unknown report, a span outside its text, a report
	 * already linked or an event dated after the report
	 */
	@PreAuthorize(Roles.CODES)
	Event linkReport(UUID id, ReportLink link);

	/**
	 * Sets the verification status, with the reason for it (a coordinator's decision,
	 * which the suggestion no longer changes).
	 * @param id the event
	 * @param decision the version seen, the status and the reason
	 * @return the event at its new version
	 * @throws EditConflict when the event has moved past that version
	 */
	@PreAuthorize(Roles.VERIFIES)
	Event setStatus(UUID id, StatusDecision decision);

	/**
	 * The status that the event's sources suggest (rule: {@link StatusSuggestion}).
	 * @param id the event
	 * @return the suggestion and what it rests on
	 */
	@PreAuthorize(Roles.READS)
	StatusSuggestion suggestStatus(UUID id);

	/**
	 * An event with its actors, supporting reports, figures and their claims.
	 * @param id the event
	 * @return the event
	 * @throws RecordNotFound when there is none
	 */
	@PreAuthorize(Roles.READS)
	Event get(UUID id);

	/**
	 * Lists events, latest first (by start date), counting the matches up to
	 * {@link EventPage#COUNT_LIMIT}.
	 * @param filter which events
	 * @param page the page
	 * @return the page
	 */
	@PreAuthorize(Roles.READS)
	EventPage list(EventFilter filter, PageRequest page);

	/**
	 * Recorded events that a report or an event draft may be about, best first, with the
	 * reasons (rule: {@link Candidate}).
	 * @param query the draft, and the report it comes from if any
	 * @return at most {@value Candidate#LIMIT} candidates
	 * @throws CodingRefused naming the offending fields of the draft
	 */
	@PreAuthorize(Roles.READS)
	List<Candidate> candidates(CandidateQuery query);

	/**
	 * Every change to an event, its figures and their claims, oldest first.
	 * @param id the event
	 * @return the changes
	 * @throws RecordNotFound when there is no such event
	 */
	@PreAuthorize(Roles.READS)
	List<Change> history(UUID id);

}
