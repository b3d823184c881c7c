package org.marsad.search.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.marsad.search.BadQuery;
import org.marsad.search.SearchQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchParametersTests {

	private static SearchParameters dated(String from, String to) {
		return new SearchParameters("قصف", from, to, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null);
	}

	private static SearchParameters paged(String page, String size) {
		return new SearchParameters("قصف", null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, page, size);
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
		assertThatExceptionOfType(BadQuery.class).isThrownBy(paged("٢x", null)::query)
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("page"));
	}

	@Test
	void namesPageSizeAboveLimit() {
		assertThatExceptionOfType(BadQuery.class).isThrownBy(paged(null, "500")::query)
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("size"));
	}

	@Test
	void dropsBlankFilters() {
		SearchParameters parameters = new SearchParameters("قصف", null, null, " ", "", null, null, null, null, null,
				null, null, null, null, null, null, null);
		assertThat(parameters.query().filters()).isEmpty();
	}

	@Test
	void readsEventFilters() {
		SearchParameters parameters = new SearchParameters("قصف", null, null, "event", null, null, null, null,
				"displacement", "fair", "SY09", "sdf", null, null, null, null, null);
		assertThat(parameters.query().filters()).containsEntry("kind", "event")
			.containsEntry("type", "displacement")
			.containsEntry("verification", "fair")
			.containsEntry("place", "SY09")
			.containsEntry("actor", "sdf");
	}

}
