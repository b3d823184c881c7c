package org.marsad.publishing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HXL hashtag check that the export tests rely on refuses what HXL 1.1 refuses.
 */
class HxlHashtagRowTests {

	@Test
	void readsHashtagsWithAttributesAndSpaces() {
		assertThat(HxlHashtagRow.parse(List.of("#adm1 +name", "", "#affected+killed+i_en"))).containsExactly(
				new HxlHashtagRow.Tag("adm1", List.of("name")), null,
				new HxlHashtagRow.Tag("affected", List.of("killed", "i_en")));
	}

	@Test
	void refusesAnAttributeStartingWithADigit() {
		assertThatThrownBy(() -> HxlHashtagRow.parse(List.of("#event+1st"))).isInstanceOf(AssertionError.class);
	}

	@Test
	void refusesAHashtagOutsideTheCoreDictionary() {
		assertThatThrownBy(() -> HxlHashtagRow.parse(List.of("#fatalities"))).isInstanceOf(AssertionError.class);
	}

	@Test
	void refusesARowWithoutTags() {
		assertThatThrownBy(() -> HxlHashtagRow.parse(List.of("Event", "Date"))).isInstanceOf(AssertionError.class);
	}

}
