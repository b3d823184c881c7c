package org.marsad.persons.linkage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneEditTests {

	private static boolean apart(String a, String b) {
		return OneEdit.apart(a.toCharArray(), b.toCharArray());
	}

	@Test
	void findsOneLetterReplacedDroppedAddedOrSwapped() {
		assertThat(apart("احمد", "احجد")).isTrue();
		assertThat(apart("كملات", "كمات")).isTrue();
		assertThat(apart("ببو", "بوبو")).isTrue();
		assertThat(apart("عمر", "عرم")).isTrue();
	}

	@Test
	void refusesTwoErrors() {
		assertThat(apart("الطحله", "اطلحلة")).isFalse();
		assertThat(apart("محمد", "محمود1")).isFalse();
	}

}
