package org.marsad.catalogue.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code place_ancestor}, the closure of the parent relation, in step with
 * {@code place}: for every place one row for itself (depth 0) and one for each ancestor
 * the catalogue holds (depth 1 for the parent, 2 for its parent, …).
 * <ul>
 * <li>after places are added or their parents change, the rows of those places and of
 * every place below them are written again: a new place may be the missing parent that
 * places imported earlier already name, and a moved place takes its sub-places with
 * it</li>
 * <li>a chain ends at a parent id the catalogue does not hold</li>
 * <li>when every place is affected (a first import), the table is rewritten whole</li>
 * </ul>
 */
class PlaceClosure {

	private static final int[] ROW_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.SMALLINT };

	private final JdbcTemplate jdbc;

	private final PlaceRepository places;

	PlaceClosure(JdbcTemplate jdbc, PlaceRepository places) {
		this.jdbc = jdbc;
		this.places = places;
	}

	/**
	 * Writes the rows of places that were added or got another parent, and of everything
	 * below them.
	 * @param changed the places
	 * @return how many places had their rows written
	 */
	int refresh(Collection<String> changed) {
		PlaceHierarchy hierarchy = new PlaceHierarchy(this.places.parents());
		Set<String> affected = hierarchy.withDescendants(changed);
		if (affected.isEmpty()) {
			return 0;
		}
		if (affected.size() == hierarchy.size()) {
			this.jdbc.update("DELETE FROM place_ancestor");
		}
		else {
			this.jdbc.batchUpdate("DELETE FROM place_ancestor WHERE place_id = ?",
					affected.stream().map((id) -> new Object[] { id }).toList());
		}
		List<Object[]> rows = new ArrayList<>();
		for (String id : affected) {
			List<String> chain = hierarchy.chain(id);
			for (int depth = 0; depth < chain.size(); depth++) {
				rows.add(new Object[] { id, chain.get(depth), depth });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO place_ancestor (place_id, ancestor_id, depth) VALUES (?, ?, ?)", rows,
				ROW_TYPES);
		return affected.size();
	}

}
