package org.marsad.extraction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.marsad.catalogue.Actor;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.Places;
import org.marsad.security.Role;
import org.marsad.text.Extractor;
import org.marsad.text.actors.ActorCatalogue;
import org.marsad.text.places.Gazetteer;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds the text engine's dictionaries from the catalogue that the database holds.
 * <ul>
 * <li>the catalogue is read through its API as a system reader named {@value #READER}
 * with the viewer's role: enough to read places and actors, nothing more; the caller's
 * own security context is restored afterwards</li>
 * <li>places keep the catalogue's order (entries written by people before imported ones),
 * which the recogniser uses as its last tie-break between namesakes</li>
 * <li>actors are handed to {@link ActorCatalogue} in its table format; the catalogue's
 * rules keep tabs, line breaks and {@code |} out of names, so every name survives</li>
 * <li>the revision is read before the entries, so that a change made while they are read
 * shows as a newer revision</li>
 * </ul>
 */
class CatalogueDictionaries {

	static final String READER = "extraction-catalogue";

	private final Places places;

	private final Actors actors;

	CatalogueDictionaries(Places places, Actors actors) {
		this.places = places;
		this.actors = actors;
	}

	/** The catalogue's current revision. */
	String revision() {
		return asSystem(() -> this.places.revision() + "|" + this.actors.revision());
	}

	/**
	 * Builds an extractor from the catalogue as it is now.
	 * @param generation the count of changes this build accounts for
	 * @return the extractor with what it was built from
	 */
	BuiltExtractor build(long generation) {
		return asSystem(() -> {
			long started = System.nanoTime();
			String revision = this.places.revision() + "|" + this.actors.revision();
			List<Place> allPlaces = this.places.all();
			List<Actor> allActors = this.actors.all();
			Extractor extractor = Extractor.builder()
				.gazetteer(Gazetteer.builder().addAll(allPlaces.stream().map(Place::toGazetteerEntry).toList()).build())
				.actors(catalogue(allActors))
				.build();
			return new BuiltExtractor(extractor, generation, revision, allPlaces.size(), allActors.size(),
					(System.nanoTime() - started) / 1_000_000);
		});
	}

	/**
	 * The text engine's actor catalogue holding these actors.
	 * @param actors the actors
	 * @return the catalogue
	 */
	static ActorCatalogue catalogue(List<Actor> actors) {
		StringBuilder table = new StringBuilder();
		for (Actor actor : actors) {
			table.append(actor.id())
				.append('\t')
				.append((actor.nameAr() != null) ? actor.nameAr() : "")
				.append('\t')
				.append((actor.nameEn() != null) ? actor.nameEn() : "")
				.append('\t')
				.append(String.join("|", actor.aliases()))
				.append('\n');
		}
		try {
			return ActorCatalogue.read(new ByteArrayInputStream(table.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> T asSystem(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(READER, null,
				AuthorityUtils.createAuthorityList(Role.VIEWER.authority())));
		SecurityContextHolder.setContext(system);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
