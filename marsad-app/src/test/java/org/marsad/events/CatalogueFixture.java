package org.marsad.events;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Places and actors for the events tests, written straight into the catalogue tables
 * until the catalogue module seeds them. Ids start with {@code test-} so that they cannot
 * clash with real ones, and each row is written only when it is absent.
 * <ul>
 * <li>{@code test-sy} Syria ⊃ {@code test-deir-ez-zor} ⊃ {@code test-baghuz},
 * {@code test-susah} (8 km from al-Baghuz), {@code test-hajin} (27 km)</li>
 * <li>{@code test-sy} ⊃ {@code test-hasakah} ⊃ {@code test-al-hol} (the camp)</li>
 * <li>actors {@code test-sdf}, {@code test-isis}, {@code test-coalition}</li>
 * </ul>
 */
public final class CatalogueFixture {

	public static final String SYRIA = "test-sy";

	public static final String DEIR_EZ_ZOR = "test-deir-ez-zor";

	public static final String HASAKAH = "test-hasakah";

	public static final String BAGHUZ = "test-baghuz";

	public static final String SUSAH = "test-susah";

	public static final String HAJIN = "test-hajin";

	public static final String AL_HOL = "test-al-hol";

	public static final String SDF = "test-sdf";

	public static final String ISIS = "test-isis";

	public static final String COALITION = "test-coalition";

	private static final OffsetDateTime NOW = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private CatalogueFixture() {
	}

	/** Writes what is missing. */
	public static void ensure(JdbcClient jdbc) {
		place(jdbc, SYRIA, "سوريا", "Syria", "country", 35.0, 38.5, null);
		place(jdbc, DEIR_EZ_ZOR, "دير الزور", "Deir ez-Zor", "governorate", 35.33, 40.14, SYRIA);
		place(jdbc, HASAKAH, "الحسكة", "al-Hasakah", "governorate", 36.5, 40.75, SYRIA);
		place(jdbc, BAGHUZ, "الباغوز", "al-Baghuz", "town", 34.46, 40.94, DEIR_EZ_ZOR);
		place(jdbc, SUSAH, "السوسة", "as-Susah", "village", 34.52, 40.91, DEIR_EZ_ZOR);
		place(jdbc, HAJIN, "هجين", "Hajin", "town", 34.70, 40.85, DEIR_EZ_ZOR);
		place(jdbc, AL_HOL, "مخيم الهول", "al-Hol camp", "camp", 36.38, 41.15, HASAKAH);
		actor(jdbc, SDF, "قوات سوريا الديمقراطية", "Syrian Democratic Forces");
		actor(jdbc, ISIS, "تنظيم الدولة", "Islamic State");
		actor(jdbc, COALITION, "التحالف الدولي", "International coalition");
	}

	private static void place(JdbcClient jdbc, String id, String ar, String en, String kind, double lat, double lon,
			String parent) {
		if (exists(jdbc, "place", id)) {
			return;
		}
		jdbc.sql("INSERT INTO place (id, name_ar, name_en, kind, lat, lon, parent_id, origin, version, updated_at, "
				+ "updated_by) VALUES (:id, :ar, :en, :kind, :lat, :lon, :parent, 'test', 1, :at, 'test')")
			.param("id", id)
			.param("ar", ar)
			.param("en", en)
			.param("kind", kind)
			.param("lat", lat)
			.param("lon", lon)
			.param("parent", parent)
			.param("at", NOW)
			.update();
		List<String> chain = new ArrayList<>();
		chain.add(id);
		String above = parent;
		while (above != null) {
			chain.add(above);
			above = jdbc.sql("SELECT parent_id FROM place WHERE id = :id")
				.param("id", above)
				.query(String.class)
				.optional()
				.orElse(null);
		}
		for (int depth = 0; depth < chain.size(); depth++) {
			jdbc.sql("INSERT INTO place_ancestor (place_id, ancestor_id, depth) VALUES (:id, :ancestor, :depth)")
				.param("id", id)
				.param("ancestor", chain.get(depth))
				.param("depth", depth)
				.update();
		}
	}

	private static void actor(JdbcClient jdbc, String id, String ar, String en) {
		if (exists(jdbc, "actor", id)) {
			return;
		}
		jdbc.sql("INSERT INTO actor (id, name_ar, name_en, origin, version, updated_at, updated_by) "
				+ "VALUES (:id, :ar, :en, 'test', 1, :at, 'test')")
			.param("id", id)
			.param("ar", ar)
			.param("en", en)
			.param("at", NOW)
			.update();
	}

	private static boolean exists(JdbcClient jdbc, String table, String id) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(Long.class)
			.single() > 0;
	}

}
