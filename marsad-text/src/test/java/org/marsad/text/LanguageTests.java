package org.marsad.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void detectsArabicReport() {
		assertThat(Language.detect("خرج أكثر من ٦٠٠٠ شخص من بلدة الباغوز باتجاه مخيم الهول")).isEqualTo(Language.AR);
	}

	@Test
	void detectsArabicWithLatinAbbreviations() {
		assertThat(Language.detect("قالت SDF إن قوات التحالف نقلت المدنيين")).isEqualTo(Language.AR);
	}

	@Test
	void detectsEnglishReport() {
		assertThat(Language.detect("More than 6,000 people left Baghuz for al-Hol camp.")).isEqualTo(Language.EN);
	}

	@Test
	void textWithoutLettersIsOther() {
		assertThat(Language.detect("36,250 / ٣٦٬٢٥٠ !!")).isEqualTo(Language.OTHER);
	}

	@Test
	void otherScriptsAreOther() {
		assertThat(Language.detect("Беженцы покинули город")).isEqualTo(Language.OTHER);
	}

}
