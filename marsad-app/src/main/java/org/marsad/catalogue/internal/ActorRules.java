package org.marsad.catalogue.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.marsad.catalogue.ActorChange;
import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.text.actors.Actor;

/**
 * Checks the content of an actor, held as the text engine's {@link Actor}.
 * <ul>
 * <li>id, names and aliases: {@link EntryRules}</li>
 * <li>a new actor typed without an id gets one made from its English name in lower case,
 * words joined by {@code _} ({@code Free Syrian Army} → {@code free_syrian_army}), or
 * {@code actor-} and eight hexadecimal digits when it has no Latin name</li>
 * </ul>
 */
final class ActorRules {

	private static final int MAX_SLUG = 48;

	private static final int GENERATED_DIGITS = 8;

	private ActorRules() {
	}

	/**
	 * Reads and checks a typed actor.
	 * @param change the actor as typed
	 * @param id the stored id when editing, {@code null} to take the typed one or make
	 * one
	 * @param problems receives what is wrong, one entry per offending field and rule
	 * @return the content to store; names may be {@code null}
	 */
	static Actor read(ActorChange change, String id, List<Problem> problems) {
		String nameAr = EntryRules.clean(change.nameAr());
		String nameEn = EntryRules.clean(change.nameEn());
		List<String> aliases = EntryRules.cleanAliases(change.aliases());
		String actorId = (id != null) ? id : EntryRules.clean(change.id());
		if (actorId == null) {
			actorId = madeId(nameEn);
		}
		EntryRules.checkId(actorId, problems);
		EntryRules.checkNames(nameAr, nameEn, aliases, problems);
		return new Actor(actorId, nameAr, nameEn, aliases);
	}

	/**
	 * An id made from an English name.
	 * @param nameEn the English name, or {@code null}
	 * @return the id
	 */
	static String madeId(String nameEn) {
		String ascii = (nameEn != null) ? Normalizer.normalize(nameEn, Normalizer.Form.NFD)
			.replaceAll("[^A-Za-z0-9]+", "_")
			.replaceAll("^_+|_+$", "")
			.toLowerCase(Locale.ROOT) : "";
		if (ascii.isEmpty()) {
			return "actor-" + UUID.randomUUID().toString().substring(0, GENERATED_DIGITS);
		}
		return (ascii.length() > MAX_SLUG) ? ascii.substring(0, MAX_SLUG) : ascii;
	}

}
