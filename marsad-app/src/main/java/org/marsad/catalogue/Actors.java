package org.marsad.catalogue;

import java.util.Collection;
import java.util.List;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The actor catalogue: reads actors, and lets coordinators add and edit them.
 */
public interface Actors {

	/**
	 * An actor.
	 * @param id its id
	 * @return the actor
	 * @throws NotInCatalogue when there is none
	 */
	@PreAuthorize(Roles.READS)
	Actor get(String id);

	/**
	 * The actors with the given ids that exist, in the order asked; unknown ids are left
	 * out.
	 * @param ids the ids
	 * @return the actors found
	 */
	@PreAuthorize(Roles.READS)
	List<Actor> getAll(Collection<String> ids);

	/**
	 * Lists actors: by how well the name matches when a name is given, else by name.
	 * @param name part of a name or alias (folded, without the article), or {@code null}
	 * @param page the page number from 0
	 * @param size the page size, 1 to {@value CataloguePage#MAX_SIZE}
	 * @return the page
	 * @throws CatalogueRefused naming {@code page} or {@code size} when out of range
	 */
	@PreAuthorize(Roles.READS)
	CataloguePage<Actor> list(String name, int page, int size);

	/**
	 * A short text that changes whenever any actor is added, changed or deleted, by this
	 * process or another one sharing the database (an import run from the command line),
	 * so that what is built from the catalogue can tell it is out of date.
	 * @return the revision
	 */
	@PreAuthorize(Roles.READS)
	String revision();

	/**
	 * Every actor, curated before starter entries.
	 * @return all actors
	 */
	@PreAuthorize(Roles.READS)
	List<Actor> all();

	/**
	 * Adds an actor. Publishes {@link CatalogueChanged}.
	 * @param actor the actor as typed
	 * @return the stored actor, version 1, origin {@code curated}
	 * @throws CatalogueRefused naming the offending fields
	 * @throws CatalogueConflict when the id is taken
	 */
	@PreAuthorize(Roles.CURATES)
	Actor create(ActorChange actor);

	/**
	 * Edits an actor; its id stays. Publishes {@link CatalogueChanged}.
	 * @param id the actor
	 * @param version the version the edit started from
	 * @param actor the new content
	 * @return the stored actor at its next version, origin {@code curated}
	 * @throws NotInCatalogue when there is no such actor
	 * @throws CatalogueRefused naming the offending fields
	 * @throws CatalogueConflict when the actor changed since {@code version}
	 */
	@PreAuthorize(Roles.CURATES)
	Actor update(String id, int version, ActorChange actor);

	/**
	 * Deletes an actor that nothing refers to. Publishes {@link CatalogueChanged}.
	 * @param id the actor
	 * @param version the version the deletion was decided on
	 * @throws NotInCatalogue when there is no such actor
	 * @throws CatalogueConflict when it changed since {@code version} or events or
	 * figures refer to it
	 */
	@PreAuthorize(Roles.CURATES)
	void delete(String id, int version);

}
