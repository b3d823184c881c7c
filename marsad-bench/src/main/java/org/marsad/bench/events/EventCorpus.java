package org.marsad.bench.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A seeded, deterministic record of coded events for the event-list benchmark, shaped
 * like a monitor's: a gazetteer of one country, 14 governorates, 4 districts each, 5
 * sub-districts each and 7 towns each (2,311 places, ids {@code bench-…} so that they
 * cannot clash with real ones), 15 actors, and events spread over 2012–2024.
 * <ul>
 * <li>types weighted as monitors record them (displacement, battles and remote violence
 * most often)</li>
 * <li>places: 80% towns, 10% sub-districts, 7% districts, 3% governorates; governorates
 * weighted unevenly (the first ones are the busiest)</li>
 * <li>dates: 70% one day, 20% up to a week, 10% up to a month</li>
 * <li>1–3 actors, 0–3 figures and 1–2 supporting reports per event; 70% single source, 1%
 * voided</li>
 * </ul>
 */
final class EventCorpus {

	static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);

	static final int DAYS = 4749;

	static final String[] TYPES = { "displacement", "battles", "explosions_remote_violence",
			"violence_against_civilians", "transfer", "strategic_developments", "protests", "return", "deployment",
			"convoy", "siege", "negotiation", "riots", "appeal" };

	private static final int[] TYPE_WEIGHTS = { 20, 15, 15, 10, 8, 6, 5, 5, 4, 4, 3, 2, 2, 1 };

	static final String[] STATUSES = { "single_source", "fair", "confirmed", "contested", "discounted" };

	private static final int[] STATUS_WEIGHTS = { 70, 20, 5, 3, 2 };

	static final String[] UNITS = { "person", "family", "vehicle", "strike", "building" };

	static final String[] CATEGORIES = { "exited", "transferred", "killed", "injured", "arrested", "returned" };

	static final int GOVERNORATES = 14;

	static final int DISTRICTS = 4;

	static final int SUBDISTRICTS = 5;

	static final int TOWNS = 7;

	static final int ACTORS = 15;

	private EventCorpus() {
	}

	/**
	 * A place of the gazetteer.
	 *
	 * @param id its id
	 * @param kind its kind code
	 * @param parent its parent's id, or {@code null}
	 * @param lat its latitude
	 * @param lon its longitude
	 */
	record Place(String id, String kind, String parent, double lat, double lon) {
	}

	/**
	 * An event with what hangs on it.
	 *
	 * @param id its id
	 * @param type its type code
	 * @param from its first day
	 * @param to its last day
	 * @param precision its date precision code
	 * @param placeId its place
	 * @param status its status code
	 * @param voided whether it is void
	 * @param actors its actor ids, the first as actor 1, the second as actor 2, the rest
	 * associated
	 * @param figures how many figures it has
	 * @param reports the indexes of its supporting reports
	 */
	record Event(UUID id, String type, LocalDate from, LocalDate to, String precision, String placeId, String status,
			boolean voided, List<String> actors, int figures, int[] reports) {
	}

	/** The gazetteer, parents before children. */
	static List<Place> places() {
		List<Place> places = new ArrayList<>();
		places.add(new Place("bench-sy", "country", null, 35.0, 38.5));
		for (int g = 0; g < GOVERNORATES; g++) {
			String governorate = "bench-g" + g;
			places.add(new Place(governorate, "governorate", "bench-sy", 32.5 + g * 0.3, 36.0 + g * 0.35));
			for (int d = 0; d < DISTRICTS; d++) {
				String district = governorate + "-d" + d;
				places.add(new Place(district, "district", governorate, 32.5 + g * 0.3 + d * 0.05, 36.0 + g * 0.35));
				for (int s = 0; s < SUBDISTRICTS; s++) {
					String subdistrict = district + "-s" + s;
					places.add(new Place(subdistrict, "subdistrict", district, 32.5 + g * 0.3 + d * 0.05,
							36.0 + g * 0.35 + s * 0.05));
					for (int t = 0; t < TOWNS; t++) {
						places.add(new Place(subdistrict + "-t" + t, "town", subdistrict,
								32.5 + g * 0.3 + d * 0.05 + t * 0.01, 36.0 + g * 0.35 + s * 0.05));
					}
				}
			}
		}
		return places;
	}

	static List<String> governorates() {
		List<String> ids = new ArrayList<>();
		for (int g = 0; g < GOVERNORATES; g++) {
			ids.add("bench-g" + g);
		}
		return ids;
	}

	static List<String> districts() {
		List<String> ids = new ArrayList<>();
		for (int g = 0; g < GOVERNORATES; g++) {
			for (int d = 0; d < DISTRICTS; d++) {
				ids.add("bench-g" + g + "-d" + d);
			}
		}
		return ids;
	}

	static List<String> actors() {
		List<String> ids = new ArrayList<>();
		for (int a = 0; a < ACTORS; a++) {
			ids.add("bench-a" + a);
		}
		return ids;
	}

	/**
	 * The events, in a fixed order for a seed.
	 * @param count how many
	 * @param reports how many reports there are to support them
	 * @param seed the seed
	 * @return the events
	 */
	static List<Event> events(int count, int reports, long seed) {
		Random random = new Random(seed);
		List<String> actors = actors();
		List<Event> events = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS));
			int shape = random.nextInt(10);
			int length = (shape < 7) ? 0 : ((shape < 9) ? 1 + random.nextInt(6) : 7 + random.nextInt(23));
			String precision = (shape < 7) ? "day" : ((shape < 9) ? "week" : "month");
			List<String> involved = new ArrayList<>();
			involved.add(actors.get(skewed(random, ACTORS)));
			if (random.nextInt(10) < 6) {
				involved.add(actors.get(random.nextInt(ACTORS)));
			}
			if (random.nextInt(100) < 15) {
				involved.add(actors.get(random.nextInt(ACTORS)));
			}
			int[] supporting = (random.nextInt(4) == 0) ? new int[] { random.nextInt(reports), random.nextInt(reports) }
					: new int[] { random.nextInt(reports) };
			events.add(new Event(new UUID(seed, i), weighted(random, TYPES, TYPE_WEIGHTS), from, from.plusDays(length),
					precision, place(random), weighted(random, STATUSES, STATUS_WEIGHTS), random.nextInt(100) == 0,
					involved.stream().distinct().toList(), random.nextInt(4), supporting));
		}
		return events;
	}

	private static String place(Random random) {
		String governorate = "bench-g" + skewed(random, GOVERNORATES);
		int level = random.nextInt(100);
		if (level < 3) {
			return governorate;
		}
		String district = governorate + "-d" + random.nextInt(DISTRICTS);
		if (level < 10) {
			return district;
		}
		String subdistrict = district + "-s" + random.nextInt(SUBDISTRICTS);
		return (level < 20) ? subdistrict : subdistrict + "-t" + random.nextInt(TOWNS);
	}

	/** An index below n, the lower ones more often (about 1/(i+2)). */
	static int skewed(Random random, int n) {
		double total = 0;
		for (int i = 0; i < n; i++) {
			total += 1.0 / (i + 2);
		}
		double pick = random.nextDouble() * total;
		for (int i = 0; i < n; i++) {
			pick -= 1.0 / (i + 2);
			if (pick <= 0) {
				return i;
			}
		}
		return n - 1;
	}

	static String weighted(Random random, String[] values, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int pick = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			pick -= weights[i];
			if (pick < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

}
