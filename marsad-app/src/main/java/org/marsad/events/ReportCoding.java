package org.marsad.events;

import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Saves what a documenter coded from one report.
 */
public interface ReportCoding {

	/**
	 * Saves a coding in one transaction: creates the new events with their figures and
	 * claims, links the report to the existing events it speaks of (adding figures and
	 * claims to them), and marks the report {@code coded}. Either all of it is stored, or
	 * nothing. Publishes {@link EventRecorded}, {@link EventChanged},
	 * {@link FigureChanged} and {@link ReportCoded}.
	 * @param reportId the report
	 * @param submission what was coded
	 * @return the ids of what was created and linked
	 * @throws CodingRefused naming every offending field, by its path in the submission
	 * (e.g. {@code events[0].figures[1].claim.span})
	 */
	@PreAuthorize(Roles.CODES)
	CodingResult code(UUID reportId, CodingSubmission submission);

}
