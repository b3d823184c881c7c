package org.marsad.catalogue.internal;

import org.marsad.catalogue.Actor;
import org.marsad.catalogue.ActorChange;

/**
 * The new-actor and edit-actor forms; other names are typed one per line.
 *
 * @param id the id of a new actor
 * @param nameAr the Arabic name
 * @param nameEn the English name
 * @param aliases other names, one per line
 * @param version the version the edit started from
 */
record ActorForm(String id, String nameAr, String nameEn, String aliases, Integer version) {

	static ActorForm empty() {
		return new ActorForm("", "", "", "", null);
	}

	static ActorForm of(Actor actor) {
		return new ActorForm(actor.id(), (actor.nameAr() != null) ? actor.nameAr() : "",
				(actor.nameEn() != null) ? actor.nameEn() : "", String.join("\n", actor.aliases()), actor.version());
	}

	ActorForm withVersion(int current) {
		return new ActorForm(this.id, this.nameAr, this.nameEn, this.aliases, current);
	}

	ActorChange toChange() {
		return new ActorChange(this.id, this.nameAr, this.nameEn, PlaceForm.lines(this.aliases));
	}

}
