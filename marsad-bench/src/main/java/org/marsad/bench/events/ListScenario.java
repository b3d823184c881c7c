package org.marsad.bench.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * One way of asking for the event list, with fresh parameters for every request so that
 * no answer is served from a cache: the query string after {@code /events}.
 *
 * @param name the name in the results
 * @param query makes the query string of one request
 */
record ListScenario(String name, Function<Random, String> query) {

	/** The baseline: the first page of every event, latest first. */
	static final String BASELINE = "all";

	/** The scenarios, the baseline first. */
	static List<ListScenario> all() {
		List<String> governorates = EventCorpus.governorates();
		List<String> districts = EventCorpus.districts();
		List<String> actors = EventCorpus.actors();
		return List.of(new ListScenario(BASELINE, (random) -> ""),
				new ListScenario("page-50", (random) -> "?page=" + (40 + random.nextInt(20))),
				new ListScenario("type", (random) -> "?type=" + pick(random, EventCorpus.TYPES)),
				new ListScenario("month", (random) -> month(random)),
				new ListScenario("governorate", (random) -> "?placeId=" + pick(random, governorates)),
				new ListScenario("district", (random) -> "?placeId=" + pick(random, districts)),
				new ListScenario("actor", (random) -> "?actorId=" + pick(random, actors)),
				new ListScenario("status", (random) -> "?status=" + EventCorpus.STATUSES[1 + random.nextInt(4)]),
				new ListScenario("combined", (random) -> {
					int year = 2012 + random.nextInt(13);
					return "?type=" + pick(random, EventCorpus.TYPES) + "&placeId=" + pick(random, governorates)
							+ "&from=" + year + "-01-01&to=" + year + "-12-31";
				}));
	}

	private static String month(Random random) {
		LocalDate first = EventCorpus.FIRST_DAY.plusMonths(random.nextInt(12 * 13));
		return "?from=" + first + "&to=" + first.plusMonths(1).minusDays(1);
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
