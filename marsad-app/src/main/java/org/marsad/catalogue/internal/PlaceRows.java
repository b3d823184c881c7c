package org.marsad.catalogue.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.marsad.catalogue.NameKeys;
import org.marsad.catalogue.Place;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes places in batches: the {@code place} row, its aliases and its name keys
 * ({@link NameKeys}). {@code place_ancestor} is {@link PlaceClosure}'s.
 */
class PlaceRows {

	private static final int[] ROW_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE,
			Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR };

	private static final int[] CHECKED_ROW_TYPES = { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE,
			Types.DOUBLE, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
			Types.VARCHAR, Types.INTEGER };

	private final JdbcTemplate jdbc;

	PlaceRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(List<Place> places) {
		this.jdbc.batchUpdate(
				"INSERT INTO place (name_ar, name_en, kind, lat, lon, parent_id, origin, version, "
						+ "updated_at, updated_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows(places), ROW_TYPES);
		insertNames(places);
	}

	/** Overwrites places, whatever their stored version. */
	void update(List<Place> places) {
		this.jdbc.batchUpdate(
				"UPDATE place SET name_ar = ?, name_en = ?, kind = ?, lat = ?, lon = ?, parent_id = ?, "
						+ "origin = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ?",
				rows(places), ROW_TYPES);
		deleteNames(places.stream().map(Place::id).toList());
		insertNames(places);
	}

	/**
	 * Overwrites a place if it is still at the version an edit started from.
	 * @param place the place at its new version
	 * @param expected the version the edit started from
	 * @return whether it was written
	 */
	boolean update(Place place, int expected) {
		List<Object[]> rows = rows(List.of(place));
		Object[] args = new Object[rows.get(0).length + 1];
		System.arraycopy(rows.get(0), 0, args, 0, rows.get(0).length);
		args[args.length - 1] = expected;
		int updated = this.jdbc.update("UPDATE place SET name_ar = ?, name_en = ?, kind = ?, lat = ?, lon = ?, "
				+ "parent_id = ?, origin = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?",
				args, CHECKED_ROW_TYPES);
		if (updated == 1) {
			deleteNames(List.of(place.id()));
			insertNames(List.of(place));
		}
		return updated == 1;
	}

	/**
	 * Deletes a place at a version, with its names and its own closure row.
	 * @return whether it was there at that version
	 */
	boolean delete(String id, int version) {
		deleteNames(List.of(id));
		this.jdbc.update("DELETE FROM place_ancestor WHERE place_id = ?", id);
		return this.jdbc.update("DELETE FROM place WHERE id = ? AND version = ?", id, version) == 1;
	}

	private void insertNames(List<Place> places) {
		List<Object[]> aliases = new ArrayList<>();
		List<Object[]> keys = new ArrayList<>();
		for (Place place : places) {
			place.aliases().forEach((alias) -> aliases.add(new Object[] { place.id(), alias }));
			List<String> names = new ArrayList<>(place.aliases());
			names.add(place.nameAr());
			names.add(place.nameEn());
			NameKeys.of(names).forEach((key) -> keys.add(new Object[] { place.id(), key }));
		}
		this.jdbc.batchUpdate("INSERT INTO place_alias (place_id, alias) VALUES (?, ?)", aliases);
		this.jdbc.batchUpdate("INSERT INTO place_name (place_id, name_key) VALUES (?, ?)", keys);
	}

	private void deleteNames(Collection<String> ids) {
		List<Object[]> args = ids.stream().map((id) -> new Object[] { id }).toList();
		this.jdbc.batchUpdate("DELETE FROM place_alias WHERE place_id = ?", args);
		this.jdbc.batchUpdate("DELETE FROM place_name WHERE place_id = ?", args);
	}

	private static List<Object[]> rows(List<Place> places) {
		List<Object[]> rows = new ArrayList<>(places.size());
		for (Place place : places) {
			rows.add(new Object[] { place.nameAr(), place.nameEn(), place.kind().code(), place.lat(), place.lon(),
					place.parentId(), place.origin(), place.version(), Timestamps.toColumn(place.updatedAt()),
					place.updatedBy(), place.id() });
		}
		return rows;
	}

}
