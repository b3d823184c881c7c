package org.marsad.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@Test
	void readsArabicReport() {
		assertThat(Language.detect("خرجَ أكثرُ من ٦٠٠٠ عائلةٍ من الباغوز")).isEqualTo(Language.AR);
	}

	@Test
	void arabicWinsWhenItHasHalfTheLetters() {
		assertThat(Language.detect("وصلت قافلة SDF إلى مخيم الهول (al-Hol)")).isEqualTo(Language.AR);
	}

	@Test
	void readsEnglishReport() {
		assertThat(Language.detect("More than 6,000 families left the besieged pocket since December."))
			.isEqualTo(Language.EN);
	}

	@Test
	void otherLatinLanguageIsOther() {
		assertThat(Language
			.detect("Plus de six mille familles ont quitté la poche assiégée depuis décembre, selon les observateurs "
					+ "locaux qui suivent les convois vers le camp, et beaucoup restent sans papiers ni abri"))
			.isEqualTo(Language.OTHER);
	}

	@Test
	void shortLatinTextWithoutFunctionWordsIsEnglish() {
		assertThat(Language.detect("English report about Hajin, number 12")).isEqualTo(Language.EN);
	}

	@Test
	void otherScriptIsOther() {
		assertThat(Language.detect("Более шести тысяч семей покинули район")).isEqualTo(Language.OTHER);
	}

	@Test
	void textWithoutLettersIsOther() {
		assertThat(Language.detect("123, 456 — ٧٨٩ !!")).isEqualTo(Language.OTHER);
	}

}
