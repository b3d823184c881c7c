package org.marsad.catalogue;

import java.util.Collection;
import java.util.List;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The gazetteer: reads places and their hierarchy, and lets coordinators add and edit
 * them.
 */
public interface Places {

	/**
	 * A place.
	 * @param id its id
	 * @return the place
	 * @throws NotInCatalogue when there is none
	 */
	@PreAuthorize(Roles.READS)
	Place get(String id);

	/**
	 * The places with the given ids that exist, in the order asked; unknown ids are left
	 * out.
	 * @param ids the ids
	 * @return the places found
	 */
	@PreAuthorize(Roles.READS)
	List<Place> getAll(Collection<String> ids);

	/**
	 * Lists places: by how well the name matches when a name is given (the whole name,
	 * then its start, then anywhere), else by kind (larger first) and name.
	 * @param query which places
	 * @param page the page number from 0
	 * @param size the page size, 1 to {@value CataloguePage#MAX_SIZE}
	 * @return the page
	 * @throws CatalogueRefused naming {@code page} or {@code size} when out of range
	 */
	@PreAuthorize(Roles.READS)
	CataloguePage<Place> list(PlaceQuery query, int page, int size);

	/**
	 * The places directly within a place, by name.
	 * @param id the place
	 * @return its children, none when it has none or does not exist
	 */
	@PreAuthorize(Roles.READS)
	List<Place> children(String id);

	/**
	 * The places a place lies within that the catalogue holds, nearest first (its parent,
	 * then the parent's parent, …).
	 * @param id the place
	 * @return its ancestors, none when it has none or does not exist
	 */
	@PreAuthorize(Roles.READS)
	List<Place> ancestors(String id);

	/**
	 * Whether a place lies within another, at any depth. A place lies within itself, so
	 * that "events in a place and its sub-places" is one test.
	 * @param placeId the inner place
	 * @param ancestorId the possible ancestor
	 * @return whether {@code ancestorId} is {@code placeId} or one of its ancestors
	 */
	@PreAuthorize(Roles.READS)
	boolean isWithin(String placeId, String ancestorId);

	/**
	 * A short text that changes whenever any place is added, changed or deleted, by this
	 * process or another one sharing the database (an import run from the command line),
	 * so that what is built from the catalogue can tell it is out of date.
	 * @return the revision
	 */
	@PreAuthorize(Roles.READS)
	String revision();

	/**
	 * Every place, entries written by people (curated, then starter) before imported
	 * ones, as the text engine wants them for its namesake tie-break.
	 * @return all places
	 */
	@PreAuthorize(Roles.READS)
	List<Place> all();

	/**
	 * Adds a place. Publishes {@link CatalogueChanged}.
	 * @param place the place as typed
	 * @return the stored place, version 1, origin {@code curated}
	 * @throws CatalogueRefused naming the offending fields
	 * @throws CatalogueConflict when the id is taken
	 */
	@PreAuthorize(Roles.CURATES)
	Place create(PlaceChange place);

	/**
	 * Edits a place; its id stays. Publishes {@link CatalogueChanged}.
	 * @param id the place
	 * @param version the version the edit started from
	 * @param place the new content
	 * @return the stored place at its next version, origin {@code curated}
	 * @throws NotInCatalogue when there is no such place
	 * @throws CatalogueRefused naming the offending fields (including a parent that would
	 * make a cycle)
	 * @throws CatalogueConflict when the place changed since {@code version}
	 */
	@PreAuthorize(Roles.CURATES)
	Place update(String id, int version, PlaceChange place);

	/**
	 * Deletes a place that nothing refers to. Publishes {@link CatalogueChanged}.
	 * @param id the place
	 * @param version the version the deletion was decided on
	 * @throws NotInCatalogue when there is no such place
	 * @throws CatalogueConflict when it changed since {@code version}, has sub-places, or
	 * events refer to it
	 */
	@PreAuthorize(Roles.CURATES)
	void delete(String id, int version);

}
