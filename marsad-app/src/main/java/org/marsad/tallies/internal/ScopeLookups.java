package org.marsad.tallies.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Tally;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a tally's scope reads from other tables than {@code tally_figure}, read with SQL
 * at each computation for {@link ColumnScope}, as {@link Scope} reads it: the places
 * under the tally's place ({@code place_ancestor}), the place key of each place for a
 * place breakdown, and the events in which the tally's actors take part
 * ({@code event_actor}).
 */
final class ScopeLookups {

	private final JdbcClient jdbc;

	ScopeLookups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the scope reads from other tables, as {@link Scope} reads it with SQL. */
	ColumnScope.Lookups read(Tally tally) {
		Set<String> under = null;
		if (tally.place() != null) {
			under = new HashSet<>(
					this.jdbc.sql("SELECT pa.place_id FROM place_ancestor pa WHERE pa.ancestor_id = :place")
						.param("place", tally.place())
						.query(String.class)
						.list());
		}
		Map<String, String> keys = null;
		if (tally.breakdowns().contains(Dimension.PLACE)) {
			keys = placeKeys(tally.place());
		}
		Set<UUID> events = null;
		if (!tally.actors().isEmpty()) {
			events = new HashSet<>(
					this.jdbc.sql("SELECT ea.event_id FROM event_actor ea WHERE ea.actor_id IN (:actors)")
						.param("actors", tally.actors())
						.query(UUID.class)
						.list());
		}
		return new ColumnScope.Lookups(under, keys, events);
	}

	private Map<String, String> placeKeys(String place) {
		String parent = (place != null) ? "c.parent_id = :place" : "c.parent_id IS NULL";
		Map<String, String> keys = new HashMap<>();
		JdbcClient.StatementSpec statement = this.jdbc
			.sql("SELECT pa.place_id, pa.ancestor_id FROM place_ancestor pa WHERE pa.ancestor_id IN "
					+ "(SELECT c.id FROM place c WHERE " + parent + ")");
		if (place != null) {
			statement = statement.param("place", place);
		}
		statement.query((rs) -> {
			if (keys.put(rs.getString(1), rs.getString(2)) != null) {
				throw new NotHeld("place " + rs.getString(1) + " under two place keys");
			}
		});
		return keys;
	}

}
