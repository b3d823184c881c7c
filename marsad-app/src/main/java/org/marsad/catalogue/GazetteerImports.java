package org.marsad.catalogue;

import java.nio.file.Path;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Imports a gazetteer file into the catalogue, all or nothing.
 */
public interface GazetteerImports {

	/**
	 * Reads a gazetteer file and merges its places into the catalogue in one transaction.
	 * Publishes {@link CatalogueChanged} when anything changed.
	 * @param file the file, or for OpenSyria its folder (or one of its files)
	 * @param format the format, or {@code null} to recognise it from the file
	 * @param skipRejected whether to store the acceptable rows when some are rejected;
	 * otherwise a rejected row stops the whole import
	 * @return what was added, updated, left unchanged and rejected
	 * @throws GazetteerUnreadable when the file is missing, of no known format, or cannot
	 * be read in the format
	 * @throws ImportRefused when rows were rejected and {@code skipRejected} is false;
	 * nothing was stored
	 */
	@PreAuthorize(Roles.CURATES)
	ImportOutcome importFile(Path file, GazetteerFormat format, boolean skipRejected);

}
