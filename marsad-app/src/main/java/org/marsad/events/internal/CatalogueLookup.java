package org.marsad.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What events need to know of the place and actor catalogues: which ids exist, their
 * names, the places above a place and where places lie. The one way events read the
 * catalogues, so that the reading can move to the catalogue module's API without touching
 * the rest.
 */
interface CatalogueLookup {

	/** The ids among these that name a place. */
	Set<String> knownPlaces(Collection<String> ids);

	/** The ids among these that name an actor. */
	Set<String> knownActors(Collection<String> ids);

	/** These places with names and coordinates, by id; unknown ids are left out. */
	Map<String, PlaceEntry> places(Collection<String> ids);

	/** These actors with names, by id; unknown ids are left out. */
	Map<String, ActorEntry> actors(Collection<String> ids);

	/**
	 * The places above each of these, nearest first, by id (the gazetteer's parents; a
	 * place without parents has an empty list).
	 */
	Map<String, List<String>> ancestors(Collection<String> ids);

	/** Places to offer in filters: countries, governorates and districts, by name. */
	List<PlaceEntry> regions();

	/** Every actor, by name. */
	List<ActorEntry> allActors();

	/**
	 * A place.
	 *
	 * @param id the id
	 * @param nameAr the Arabic name
	 * @param nameEn the English name
	 * @param kind the kind code, e.g. {@code town}
	 * @param lat the latitude, if known
	 * @param lon the longitude, if known
	 */
	record PlaceEntry(String id, String nameAr, String nameEn, String kind, Double lat, Double lon) {

		/** The name in a language, else in the other, else the id. */
		public String name(String language) {
			String first = "ar".equals(language) ? this.nameAr : this.nameEn;
			String second = "ar".equals(language) ? this.nameEn : this.nameAr;
			return (first != null) ? first : ((second != null) ? second : this.id);
		}

		boolean located() {
			return this.lat != null && this.lon != null;
		}

	}

	/**
	 * An actor.
	 *
	 * @param id the id
	 * @param nameAr the Arabic name
	 * @param nameEn the English name
	 */
	record ActorEntry(String id, String nameAr, String nameEn) {

		/** The name in a language, else in the other, else the id. */
		public String name(String language) {
			String first = "ar".equals(language) ? this.nameAr : this.nameEn;
			String second = "ar".equals(language) ? this.nameEn : this.nameAr;
			return (first != null) ? first : ((second != null) ? second : this.id);
		}

	}

}
