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

	@Test
	void longTextWithoutLettersIsOther() {
		assertThat(Language.detect("2019-01-31 ... 23,200 / 6,000 — ٧٨٩ !! ".repeat(8))).isEqualTo(Language.OTHER);
	}

	@Test
	void arabicOpeningOfALongEnglishReportDoesNotMakeItArabic() {
		assertThat(Language.detect("ووثق المرصد خروج العائلات من الباغوز إلى مخيم الهول. "
				+ "The observatory documented that more than 6,000 families left the pocket since December and "
				+ "were taken to the al-Hol camp, where they have been registered by the camp administration with "
				+ "the help of the local council and the aid agencies that work in the area of the camp."))
			.isEqualTo(Language.EN);
	}

}
