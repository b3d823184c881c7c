package org.marsad.bench.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded record of the event-list benchmark.
 */
class EventCorpusTests {

	@Test
	void isTheSameForTheSameSeed() {
		assertThat(EventCorpus.events(500, 100, 7)).usingRecursiveFieldByFieldElementComparator()
			.isEqualTo(EventCorpus.events(500, 100, 7));
	}

	@Test
	void holdsAGazetteerOfTwoThousandThreeHundredPlaces() {
		List<EventCorpus.Place> places = EventCorpus.places();
		assertThat(places).hasSize(1 + 14 + 14 * 4 + 14 * 4 * 5 + 14 * 4 * 5 * 7);
		Set<String> seen = new HashSet<>();
		for (EventCorpus.Place place : places) {
			assertThat(place.parent() == null || seen.contains(place.parent())).as(place.id()).isTrue();
			seen.add(place.id());
		}
	}

	@Test
	void placesEveryEventInTheGazetteer() {
		Set<String> ids = EventCorpus.places().stream().map(EventCorpus.Place::id).collect(Collectors.toSet());
		assertThat(EventCorpus.events(2000, 100, 3)).allSatisfy((event) -> assertThat(ids).contains(event.placeId()));
	}

	@Test
	void keepsDatesInOrderAndActorsDistinct() {
		assertThat(EventCorpus.events(2000, 100, 3)).allSatisfy((event) -> {
			assertThat(event.to()).isAfterOrEqualTo(event.from());
			assertThat(event.actors()).doesNotHaveDuplicates().isNotEmpty();
		});
	}

	@Test
	void mostEventsAreSingleSource() {
		long single = EventCorpus.events(10_000, 100, 3)
			.stream()
			.filter((event) -> event.status().equals("single_source"))
			.count();
		assertThat(single).isBetween(6500L, 7500L);
	}

	@Test
	void startsWithTheBaseline() {
		assertThat(ListScenario.all().get(0).name()).isEqualTo(ListScenario.BASELINE);
		assertThat(ListScenario.all().get(0).query().apply(new java.util.Random(1))).isEmpty();
	}

	@Test
	void readsItsOptions() {
		EventBenchOptions options = EventBenchOptions
			.parse(new String[] { "--events", "1000", "--runs", "1", "--keep-data" }, java.nio.file.Path.of(""));
		assertThat(options.events()).isEqualTo(1000);
		assertThat(options.runs()).isEqualTo(1);
		assertThat(options.requests()).isEqualTo(200);
		assertThat(options.keepData()).isTrue();
	}

}
