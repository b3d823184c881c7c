package org.marsad.persons.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first reading of the parts of an Arabic name.
 */
class NamePartsTests {

	@Test
	void readsNasabFamilyAndKunya() {
		NameParts parts = NameParts.parse("محمد بن أحمد الخلف أبو بكر");
		assertThat(parts).isEqualTo(new NameParts("محمد", "أحمد", null, "الخلف", "أبو بكر"));
	}

	@Test
	void keepsAbdCompoundsTogether() {
		NameParts parts = NameParts.parse("فاطمة عبد الرحمن الحسين");
		assertThat(parts.given()).isEqualTo("فاطمة");
		assertThat(parts.father()).isEqualTo("عبد الرحمن");
		assertThat(parts.family()).isEqualTo("الحسين");
	}

	@Test
	void aFourthWordIsTheFamilyEvenWithoutTheArticle() {
		NameParts parts = NameParts.parse("خالد عمر حسن شيخو");
		assertThat(parts).isEqualTo(new NameParts("خالد", "عمر", "حسن", "شيخو", null));
	}

	@Test
	void aSingleNameIsTheGivenName() {
		assertThat(NameParts.parse("  ليلى ")).isEqualTo(new NameParts("ليلى", null, null, null, null));
	}

}
