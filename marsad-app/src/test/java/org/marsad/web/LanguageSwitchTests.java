package org.marsad.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTests {

	@Test
	void arabicSwitchesToEnglish() {
		assertThat(LanguageSwitch.otherLanguage(Locale.forLanguageTag("ar"))).isEqualTo("en");
	}

	@Test
	void englishSwitchesToArabic() {
		assertThat(LanguageSwitch.otherLanguage(Locale.ENGLISH)).isEqualTo("ar");
	}

	@Test
	void keepsPathAndOtherQueryParameters() {
		assertThat(LanguageSwitch.link("/reports", "status=NEW&page=2", "en"))
			.isEqualTo("/reports?status=NEW&page=2&lang=en");
	}

	@Test
	void replacesEarlierLanguageChoice() {
		assertThat(LanguageSwitch.link("/sources", "lang=en&kind=MEDICAL", "ar"))
			.isEqualTo("/sources?kind=MEDICAL&lang=ar");
	}

	@Test
	void keepsEncodedArabicQueryAsReceived() {
		String query = "q=%D8%AD%D9%84%D8%A8";
		assertThat(LanguageSwitch.link("/reports", query, "en")).isEqualTo("/reports?" + query + "&lang=en");
	}

	@Test
	void neverLinksToAnotherHost() {
		assertThat(LanguageSwitch.link("//evil.example/x", null, "en")).isEqualTo("/evil.example/x?lang=en");
	}

	@Test
	void backslashesCannotStartAnotherHostEither() {
		assertThat(LanguageSwitch.link("/\\evil.example", null, "ar")).startsWith("/evil.example");
	}

}
