package org.marsad.catalogue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the aliases of places or actors ({@code place_alias}, {@code actor_alias}),
 * grouped by entry, each entry's aliases in alphabetical order.
 */
final class AliasTable {

	/** Most ids in one {@code IN} list. */
	static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final String table;

	private final String idColumn;

	/**
	 * Creates the reader.
	 * @param jdbc the database
	 * @param table {@code place_alias} or {@code actor_alias}
	 * @param idColumn {@code place_id} or {@code actor_id}
	 */
	AliasTable(JdbcClient jdbc, String table, String idColumn) {
		this.jdbc = jdbc;
		this.table = table;
		this.idColumn = idColumn;
	}

	Map<String, List<String>> of(List<String> ids) {
		Map<String, List<String>> aliases = new HashMap<>();
		for (List<String> chunk : chunks(ids)) {
			this.jdbc
				.sql("SELECT " + this.idColumn + ", alias FROM " + this.table + " WHERE " + this.idColumn
						+ " IN (:ids) ORDER BY alias")
				.param("ids", chunk)
				.query((rs) -> {
					aliases.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>()).add(rs.getString(2));
				});
		}
		return aliases;
	}

	Map<String, List<String>> all() {
		Map<String, List<String>> aliases = new HashMap<>();
		this.jdbc.sql("SELECT " + this.idColumn + ", alias FROM " + this.table + " ORDER BY alias").query((rs) -> {
			aliases.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>()).add(rs.getString(2));
		});
		return aliases;
	}

	static List<List<String>> chunks(List<String> ids) {
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
		}
		return chunks;
	}

}
