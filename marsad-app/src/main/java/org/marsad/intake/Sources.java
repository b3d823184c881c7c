package org.marsad.intake;

import java.util.List;
import java.util.UUID;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Records sources and lists them. Contact details are returned only to readers who may
 * see protected fields ({@link Roles#SEES_PROTECTED}); others get {@code null}.
 */
public interface Sources {

	/**
	 * Records a source. A documenter may propose a reliability grade; regrading later is
	 * for coordinators.
	 * @param source the source as typed
	 * @return the stored source
	 * @throws IntakeRefused naming the offending fields
	 */
	@PreAuthorize(Roles.RECORDS)
	Source create(NewSource source);

	/**
	 * Regrades the reliability of a source.
	 * @param id the source
	 * @param reliability a grade A–F
	 * @return the source as regraded
	 * @throws IntakeRefused naming {@code reliability} for an unknown grade
	 * @throws UnknownRecord when there is no such source
	 */
	@PreAuthorize(Roles.GRADES)
	Source grade(UUID id, String reliability);

	/**
	 * Finds a source.
	 * @param id the id
	 * @return the source
	 * @throws UnknownRecord when there is none
	 */
	@PreAuthorize(Roles.SEES_SOURCES)
	Source get(UUID id);

	/**
	 * Lists sources, newest first.
	 * @param page the page
	 * @return the page
	 */
	@PreAuthorize(Roles.SEES_SOURCES)
	PageOf<Source> list(PageRequest page);

	/**
	 * Every source by pseudonym, for pickers in forms.
	 * @return the sources
	 */
	@PreAuthorize(Roles.SEES_SOURCES)
	List<Source> all();

}
