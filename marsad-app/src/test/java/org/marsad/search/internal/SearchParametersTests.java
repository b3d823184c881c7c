package org.marsad.search.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.marsad.search.BadQuery;
import org.marsad.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchParametersTests {

	private static SearchParameters dated(String from, String to) {
		return new SearchParameters("قصف", from, to, null, null, null, null, null, null);
	}

	@Test
	void readsIsoDays() {
		SearchQuery query = dated("2019-03-05", "2019-03-10").query();
		assertThat(query.from()).isEqualTo(LocalDate.of(2019, 3, 5));
	}

	@Test
	void namesUnreadableStartDay() {
		assertThatExceptionOfType(BadQuery.class).isThrownBy(() -> dated("٥ آذار ٢٠١٩", null).query())
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("from"));
	}

	@Test
	void namesEndDayBeforeStartDay() {
		assertThatExceptionOfType(BadQuery.class).isThrownBy(() -> dated("2019-03-10", "2019-03-05").query())
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("to"));
	}

	@Test
	void namesPageThatIsNoNumber() {
		SearchParameters parameters = new SearchParameters("قصف", null, null, null, null, null, null, "٢x", null);
		assertThatExceptionOfType(BadQuery.class).isThrownBy(parameters::query)
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("page"));
	}

	@Test
	void namesPageSizeAboveLimit() {
		SearchParameters parameters = new SearchParameters("قصف", null, null, null, null, null, null, null, "500");
		assertThatExceptionOfType(BadQuery.class).isThrownBy(parameters::query)
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("size"));
	}

	@Test
	void dropsBlankFilters() {
		SearchParameters parameters = new SearchParameters("قصف", null, null, " ", "", null, null, null, null);
		assertThat(parameters.query().language()).isNull();
	}

}
