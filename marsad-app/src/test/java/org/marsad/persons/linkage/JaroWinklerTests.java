package org.marsad.persons.linkage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JaroWinklerTests {

	@Test
	void givesWinklersValueForASwappedPair() {
		assertThat(JaroWinkler.similarity("martha".toCharArray(), "marhta".toCharArray())).isCloseTo(0.961,
				within(0.001));
	}

	@Test
	void readsATypoInAnArabicNameAsClose() {
		assertThat(JaroWinkler.similarity("ابراهيم".toCharArray(), "ابرهيم".toCharArray())).isGreaterThan(0.9);
	}

	@Test
	void tellsDifferentNamesApart() {
		assertThat(JaroWinkler.similarity("خالد".toCharArray(), "زينب".toCharArray())).isZero();
	}

}
