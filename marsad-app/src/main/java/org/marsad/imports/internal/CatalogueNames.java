package org.marsad.imports.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.marsad.catalogue.Actor;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.NameKeys;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceQuery;
import org.marsad.catalogue.Places;

/**
 * Finds the catalogue entry a cell names, for one import: each distinct cell is looked up
 * once.
 * <ul>
 * <li>an id of the catalogue (a P-code such as {@code SY0802}, {@code sdf}) is taken as
 * it is</li>
 * <li>otherwise the cell must name exactly one entry by its Arabic or English name or an
 * alias, compared by {@link NameKeys} (hamza and alef forms, teh marbuta, the
 * article)</li>
 * <li>a name shared by several entries is ambiguous: the sheet must give the id</li>
 * </ul>
 */
final class CatalogueNames {

	private static final int CANDIDATES = 50;

	private final Places places;

	private final Actors actors;

	private final Map<String, Resolution> placeCache = new HashMap<>();

	private final Map<String, Resolution> actorCache = new HashMap<>();

	CatalogueNames(Places places, Actors actors) {
		this.places = places;
		this.actors = actors;
	}

	Resolution place(String cell) {
		return this.placeCache.computeIfAbsent(cell.strip(), this::findPlace);
	}

	Resolution actor(String cell) {
		return this.actorCache.computeIfAbsent(cell.strip(), this::findActor);
	}

	private Resolution findPlace(String name) {
		if (!this.places.getAll(List.of(name)).isEmpty()) {
			return Resolution.found(name);
		}
		List<Place> candidates = this.places.list(new PlaceQuery(name, null, null), 0, CANDIDATES).items();
		return choose(name, candidates, Place::id, (p) -> names(p.nameAr(), p.nameEn(), p.aliases()));
	}

	private Resolution findActor(String name) {
		if (!this.actors.getAll(List.of(name)).isEmpty()) {
			return Resolution.found(name);
		}
		List<Actor> candidates = this.actors.list(NameKeys.of(name), 0, CANDIDATES).items();
		return choose(name, candidates, Actor::id, (a) -> names(a.nameAr(), a.nameEn(), a.aliases()));
	}

	private static <T> Resolution choose(String name, List<T> candidates, Function<T, String> id,
			Function<T, Set<String>> names) {
		String key = NameKeys.of(name);
		Set<String> matching = new LinkedHashSet<>();
		for (T candidate : candidates) {
			if (names.apply(candidate).contains(key)) {
				matching.add(id.apply(candidate));
			}
		}
		if (matching.size() == 1) {
			return Resolution.found(matching.iterator().next());
		}
		return matching.isEmpty() ? Resolution.refused("import.error.unknownName")
				: Resolution.refused("import.error.ambiguousName");
	}

	private static Set<String> names(String nameAr, String nameEn, List<String> aliases) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(NameKeys.of(nameAr));
		keys.add(NameKeys.of(nameEn));
		keys.addAll(NameKeys.of(aliases));
		return keys;
	}

	/**
	 * The entry a cell names, or why there is none.
	 *
	 * @param id the catalogue id, or {@code null}
	 * @param problem the message key when there is no id
	 */
	record Resolution(String id, String problem) {

		static Resolution found(String id) {
			return new Resolution(id, null);
		}

		static Resolution refused(String problem) {
			return new Resolution(null, problem);
		}

	}

}
