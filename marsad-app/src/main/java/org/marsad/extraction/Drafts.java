package org.marsad.extraction;

import java.time.LocalDate;
import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Proposes extraction drafts, read with the database's catalogue of places and actors.
 * Safe to call from any number of threads.
 */
public interface Drafts {

	/**
	 * Drafts a report at its latest version. Relative dates resolve against its
	 * publication date, or the day it was received (UTC) when it has none.
	 * @param reportId the report
	 * @return the draft, with the version read
	 * @throws org.marsad.intake.UnknownRecord when there is no such report
	 */
	@PreAuthorize(Roles.READS)
	Draft draft(UUID reportId);

	/**
	 * Drafts a text that is not saved.
	 * @param text the text, as a report would hold it
	 * @param published the date relative dates resolve against, or {@code null} for today
	 * (UTC)
	 * @return the draft
	 * @throws DraftRefused naming {@code text} when it is missing or larger than a report
	 * may be
	 */
	@PreAuthorize(Roles.READS)
	Draft draft(String text, LocalDate published);

}
