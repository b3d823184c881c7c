package org.marsad.persons.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Masking of document numbers.
 */
class PersonReaderTests {

	@Test
	void showsOnlyTheLastTwoCharacters() {
		assertThat(PersonReader.mask("03150187446")).isEqualTo("•••••••••46");
	}

	@Test
	void hidesShortNumbersEntirely() {
		assertThat(PersonReader.mask("١٢٣")).isEqualTo("••••");
	}

	@Test
	void masksArabicIndicDigitsByCharacter() {
		assertThat(PersonReader.mask("٠٣١٥٠١٨٧")).isEqualTo("••••••٨٧");
	}

}
