package org.marsad.bench.generate;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.marsad.bench.generate.SearchQueryMix.Kind;
import org.marsad.bench.generate.SearchQueryMix.MixedQuery;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryMixTests {

	private final SearchQueryMix mix = new SearchQueryMix(7);

	@Test
	void givesTheSameQueryForTheSameSequenceNumber() {
		assertThat(this.mix.query(41)).isEqualTo(new SearchQueryMix(7).query(41));
	}

	@Test
	void takesTheKindsInTurn() {
		assertThat(IntStream.range(0, 6).mapToObj((i) -> this.mix.query(i).kind())).containsExactly(Kind.values());
	}

	@Test
	void givesEveryDateRangeItsEndAfterItsStart() {
		for (int i = 5; i < 600; i += 6) {
			MixedQuery query = this.mix.query(i);
			assertThat(query.to()).isAfter(query.from());
		}
	}

	@Test
	void writesPhrasesInQuotes() {
		assertThat(this.mix.query(1).text()).startsWith("\"").endsWith("\"");
	}

}
