package org.marsad.bench.load;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPageTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void readsMarsadPagesOfItems() {
		ReportPage page = read("""
				{"items": [{"id": "a1", "title": "تقرير ميداني من هجين MRSD-0badcafe-0000001"}],
				 "page": 0, "size": 100, "total": 250}""");
		assertThat(page.items()).extracting(ReportPage.ListedReport::id).containsExactly("a1");
	}

	@Test
	void countsPagesFromTotalAndSize() {
		ReportPage page = read("""
				{"items": [], "page": 0, "size": 100, "total": 250}""");
		assertThat(page.totalPages()).hasValue(3);
	}

	@Test
	void readsSpringDataPagesOfContent() {
		ReportPage page = read("""
				{"content": [{"id": 7}, {"id": 8}], "totalPages": 4, "last": false}""");
		assertThat(page.items()).extracting(ReportPage.ListedReport::id).containsExactly("7", "8");
		assertThat(page.totalPages()).hasValue(4);
	}

	@Test
	void readsPagedModelsWithPagingUnderPage() {
		ReportPage page = read("""
				{"content": [{"id": 7}], "page": {"size": 1, "number": 0, "totalElements": 2, "totalPages": 2}}""");
		assertThat(page.totalPages()).hasValue(2);
	}

	@Test
	void readsBareArrays() {
		ReportPage page = read("""
				[{"id": "x"}, {"id": "y"}]""");
		assertThat(page.items()).hasSize(2);
	}

	@Test
	void findsTheMarkerInAnyField() {
		ReportPage page = read("""
				{"items": [{"id": "a1", "excerpt": "خاص — الهول\\nالمرجع: MRSD-0badcafe-0000042"}]}""");
		assertThat(page.items().get(0).markers()).containsExactly("MRSD-0badcafe-0000042");
	}

	@Test
	void takesTheLastPageFromHasNext() {
		ReportPage page = read("""
				{"items": [{"id": "a1"}], "hasNext": false}""");
		assertThat(page.last()).isTrue();
	}

	private ReportPage read(String body) {
		return ReportPage.read(this.json.readTree(body));
	}

}
