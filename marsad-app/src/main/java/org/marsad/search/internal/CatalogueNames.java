package org.marsad.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.marsad.search.CatalogueEntry;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the names of catalogue entries for the index from the catalogue's tables
 * ({@code place}, {@code place_alias}, {@code place_ancestor}, {@code actor},
 * {@code actor_alias}), read-only, many ids per statement.
 * <ul>
 * <li>A place comes with its ancestors, nearest first, as {@code place_ancestor} holds
 * them; a place missing from that table stands alone.</li>
 * <li>An id the catalogue does not hold is left out.</li>
 * <li>Ids go to the database {@value #CHUNK} at a time, below the parameter limits of
 * both databases even for an import that changed thousands of places.</li>
 * </ul>
 */
final class CatalogueNames {

	static final int CHUNK = 500;

	private final JdbcClient jdbc;

	CatalogueNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Places, each followed by its ancestors.
	 * @param ids the places
	 * @return for each place held, itself then its ancestors, nearest first
	 */
	Map<String, List<CatalogueEntry>> placesWithAncestors(Collection<String> ids) {
		Map<String, List<String>> chains = new LinkedHashMap<>();
		chunked(ids, (chunk) -> this.jdbc
			.sql("SELECT place_id, ancestor_id FROM place_ancestor WHERE place_id IN (:ids) ORDER BY place_id, depth")
			.param("ids", chunk)
			.query((rs) -> {
				chains.computeIfAbsent(rs.getString("place_id"), (id) -> new ArrayList<>())
					.add(rs.getString("ancestor_id"));
			}));
		Set<String> named = new LinkedHashSet<>(ids);
		chains.values().forEach(named::addAll);
		Map<String, CatalogueEntry> entries = entries("place", named);
		Map<String, List<CatalogueEntry>> places = new LinkedHashMap<>();
		for (String id : ids) {
			if (entries.containsKey(id)) {
				List<CatalogueEntry> chain = new ArrayList<>();
				for (String link : chains.getOrDefault(id, List.of(id))) {
					CatalogueEntry entry = entries.get(link);
					if (entry != null) {
						chain.add(entry);
					}
				}
				places.put(id, chain);
			}
		}
		return places;
	}

	/**
	 * Actors.
	 * @param ids the actors
	 * @return each actor held, by id
	 */
	Map<String, CatalogueEntry> actors(Collection<String> ids) {
		return entries("actor", new LinkedHashSet<>(ids));
	}

	/** Entries of {@code place} or {@code actor} with their aliases. */
	private Map<String, CatalogueEntry> entries(String table, Set<String> ids) {
		Map<String, String[]> names = new LinkedHashMap<>();
		Map<String, List<String>> aliases = new LinkedHashMap<>();
		chunked(ids, (chunk) -> {
			this.jdbc.sql("SELECT id, name_ar, name_en FROM " + table + " WHERE id IN (:ids)")
				.param("ids", chunk)
				.query((rs) -> {
					names.put(rs.getString("id"), new String[] { rs.getString("name_ar"), rs.getString("name_en") });
				});
			this.jdbc
				.sql("SELECT " + table + "_id AS id, alias FROM " + table + "_alias WHERE " + table
						+ "_id IN (:ids) ORDER BY alias")
				.param("ids", chunk)
				.query((rs) -> {
					aliases.computeIfAbsent(rs.getString("id"), (id) -> new ArrayList<>()).add(rs.getString("alias"));
				});
		});
		Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
		names.forEach((id, name) -> entries.put(id,
				new CatalogueEntry(id, name[0], name[1], aliases.getOrDefault(id, List.of()))));
		return entries;
	}

	/**
	 * Runs work on the ids, {@value #CHUNK} at a time; nothing when there are none.
	 * @param ids the ids
	 * @param work what to do with each chunk
	 */
	static <T> void chunked(Collection<T> ids, Consumer<List<T>> work) {
		List<T> all = List.copyOf(new LinkedHashSet<>(ids));
		for (int start = 0; start < all.size(); start += CHUNK) {
			work.accept(all.subList(start, Math.min(all.size(), start + CHUNK)));
		}
	}

}
