package org.marsad.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTests {

	@Test
	void foldsTehMarbutaAndHeh() {
		assertThat(NameKeys.of("الرقة")).isEqualTo(NameKeys.of("الرقه"));
	}

	@Test
	void foldsHamzaSeatsOnAlef() {
		assertThat(NameKeys.of("إدلب")).isEqualTo(NameKeys.of("ادلب"));
		assertThat(NameKeys.of("ٱلأتارب")).isEqualTo(NameKeys.of("الاتارب"));
	}

	@Test
	void dropsDiacriticsAndTatweel() {
		assertThat(NameKeys.of("الرَّقّـــة")).isEqualTo(NameKeys.of("الرقة"));
	}

	@Test
	void takesTheArticleOffEachWord() {
		assertThat(NameKeys.of("دير الزور")).isEqualTo("دير زور");
		assertThat(NameKeys.of("الرقة")).isEqualTo(NameKeys.of("رقة"));
	}

	@Test
	void keepsShortWordsThatOnlyLookLikeTheArticle() {
		assertThat(NameKeys.of("الي")).isEqualTo("الي");
	}

	@Test
	void readsArabicIndicDigits() {
		assertThat(NameKeys.of("مخيم ٥٥")).isEqualTo("مخيم 55");
	}

	@Test
	void lowersLatinAndSplitsAtPunctuation() {
		assertThat(NameKeys.of("Deir ez-Zor")).isEqualTo("deir ez zor");
		assertThat(NameKeys.of("Dar'a")).isEqualTo("dar a");
	}

	@Test
	void givesNothingForPunctuationAlone() {
		assertThat(NameKeys.of(" - ، ")).isEmpty();
		assertThat(NameKeys.of((String) null)).isEmpty();
	}

	@Test
	void keepsEachKeyOnce() {
		assertThat(NameKeys.of(List.of("الرقة", "الرقه", "Raqqa"))).containsExactly("رقه", "raqqa");
	}

}
