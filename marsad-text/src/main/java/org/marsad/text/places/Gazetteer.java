package org.marsad.text.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.marsad.text.Place;

/**
 * An immutable, thread-safe collection of places with unique ids.
 *
 * <p>
 * Rules for entries with the same id (from {@link Builder#add(Place)} and
 * {@link #merge(Gazetteer...)}):
 * <ul>
 * <li>the entry added first keeps its names, kind, coordinates and parent</li>
 * <li>fields it lacks ({@code null} or blank) are filled from later entries</li>
 * <li>aliases are united, first entry's first; duplicates are dropped</li>
 * </ul>
 * The order of entries is the order in which ids were first added; the recogniser uses it
 * as the last tie-break, so a curated gazetteer added before a large import wins.
 */
public final class Gazetteer {

	private static final String STARTER_RESOURCE = "starter-places.tsv";

	private final List<Place> places;

	private final Map<String, Place> byId;

	private Gazetteer(Map<String, Place> byId) {
		this.byId = Collections.unmodifiableMap(byId);
		this.places = List.copyOf(byId.values());
	}

	/**
	 * Starts an empty builder.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The starter gazetteer shipped with the engine: Syria's governorates and the towns,
	 * camps and regions that matter most in reporting from the north-east, Deir ez-Zor,
	 * Idlib and Aleppo.
	 * @return the starter gazetteer
	 */
	public static Gazetteer starter() {
		return Starter.INSTANCE;
	}

	private static Gazetteer loadStarter() {
		try (InputStream in = Gazetteer.class.getResourceAsStream(STARTER_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + STARTER_RESOURCE);
			}
			return builder().addAll(PlaceTableFormat.read(in)).build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Loads a gazetteer table ({@link PlaceTableFormat}), such as one written after an
	 * import.
	 * @param file the table
	 * @return the gazetteer
	 * @throws IOException when the file cannot be read
	 */
	public static Gazetteer load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return builder().addAll(PlaceTableFormat.read(in)).build();
		}
	}

	/**
	 * Merges gazetteers; earlier ones take precedence (see the class rules).
	 * @param gazetteers the gazetteers, most trusted first
	 * @return the merged gazetteer
	 */
	public static Gazetteer merge(Gazetteer... gazetteers) {
		Builder builder = builder();
		for (Gazetteer gazetteer : gazetteers) {
			builder.addAll(gazetteer.places());
		}
		return builder.build();
	}

	/** All places, in the order their ids were first added. */
	public List<Place> places() {
		return this.places;
	}

	/** Number of places. */
	public int size() {
		return this.places.size();
	}

	/**
	 * Looks a place up by id.
	 * @param id the id
	 * @return the place, if present
	 */
	public Optional<Place> byId(String id) {
		return Optional.ofNullable((id != null) ? this.byId.get(id) : null);
	}

	/**
	 * Tells whether one place lies within another by following parent ids.
	 * @param place the inner place
	 * @param ancestorId id of the possible ancestor
	 * @return whether {@code ancestorId} is a parent, grandparent and so on of
	 * {@code place}
	 */
	public boolean isWithin(Place place, String ancestorId) {
		String parent = place.parentId();
		for (int hops = 0; parent != null && hops < this.byId.size(); hops++) {
			if (parent.equals(ancestorId)) {
				return true;
			}
			Place next = this.byId.get(parent);
			parent = (next != null) ? next.parentId() : null;
		}
		return false;
	}

	/**
	 * Collects places, merging those with the same id.
	 */
	public static final class Builder {

		private final Map<String, Place> byId = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Adds a place.
		 * @param place the place
		 * @return this builder
		 */
		public Builder add(Place place) {
			Place clean = (place.aliases() != null) ? place : new Place(place.id(), place.nameAr(), place.nameEn(),
					place.kind(), place.lat(), place.lon(), place.parentId(), List.of());
			this.byId.merge(clean.id(), clean, Builder::combine);
			return this;
		}

		/**
		 * Adds places.
		 * @param places the places
		 * @return this builder
		 */
		public Builder addAll(Collection<Place> places) {
			places.forEach(this::add);
			return this;
		}

		/**
		 * Builds the gazetteer.
		 * @return an immutable gazetteer
		 */
		public Gazetteer build() {
			return new Gazetteer(new LinkedHashMap<>(this.byId));
		}

		private static Place combine(Place first, Place later) {
			Set<String> aliases = new LinkedHashSet<>(first.aliases());
			aliases.addAll(later.aliases());
			List<String> united = new ArrayList<>(aliases);
			return new Place(first.id(), orElse(first.nameAr(), later.nameAr()), orElse(first.nameEn(), later.nameEn()),
					(first.kind() != null) ? first.kind() : later.kind(),
					(first.lat() != null) ? first.lat() : later.lat(),
					(first.lon() != null) ? first.lon() : later.lon(), orElse(first.parentId(), later.parentId()),
					List.copyOf(united));
		}

		private static String orElse(String value, String fallback) {
			return (value != null && !value.isBlank()) ? value : fallback;
		}

	}

	/** Loads the starter data once, on first use. */
	private static final class Starter {

		static final Gazetteer INSTANCE = loadStarter();

	}

}
