package org.marsad.text.actors;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.NationalityMention;
import org.marsad.text.normalize.FoldedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NationalityRecognizerTests {

	private static final NationalityRecognizer RECOGNIZER = new NationalityRecognizer(Nationalities.starter());

	private static List<NationalityMention> find(String text) {
		return RECOGNIZER.find(FoldedText.of(text));
	}

	private static List<String> countries(String text) {
		return find(text).stream().map(NationalityMention::country).toList();
	}

	@Test
	void readsEveryInflectionOfTheNisba() {
		assertThat(countries("العراقية العراقي عراقي عراقيين عراقيون العراقيين عراقيات عراقيتان")).hasSize(8)
			.containsOnly("IQ");
	}

	@Test
	void readsNationalityPhraseAsOneMention() {
		String text = "23200 من الجنسية العراقية";
		assertThat(find(text)).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("من الجنسية العراقية");
			assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
			assertThat(m.country()).isEqualTo("IQ");
		});
	}

	@Test
	void leavesProcliticsOutsideTheSpan() {
		assertThat(find("وصوماليين وللعراقيين")).extracting(NationalityMention::text, NationalityMention::country)
			.containsExactly(tuple("صوماليين", "SO"), tuple("لعراقيين", "IQ"));
	}

	@Test
	void ignoresHamzaFormsTatweelAndDiacritics() {
		assertThat(countries("أفغانيّ وافغانيـة وأُوزبكي وأميركيون وامريكيات")).containsExactly("AF", "AF", "UZ", "US",
				"US");
	}

	@Test
	void readsBrokenPlurals() {
		assertThat(countries("بينهم روس وأتراك والأفغان والإيغور")).containsExactly("RU", "TR", "AF", "CN");
	}

	@Test
	void readsRussiansAsNationality() {
		assertThat(countries("سلّم الروس أنفسهم")).containsExactly("RU");
	}

	@Test
	void doesNotReadCountryNames() {
		assertThat(find("وصلت وفود من روسيا وتركيا إلى سوريا وسورية")).isEmpty();
	}

	@Test
	void readsFeminineOfTurkishWithArticle() {
		assertThat(countries("القوات التركية")).containsExactly("TR");
	}

	@Test
	void mapsCentralAsianAndCaucasianNationalities() {
		assertThat(countries("شيشاني طاجيكي كازاخي أذربيجاني تركستاني")).containsExactly("RU", "TJ", "KZ", "AZ", "CN");
	}

	@Test
	void readsEnglishDemonymsAndPlurals() {
		assertThat(countries("Iraqis, a Somali woman, Filipinos, French and Dutch children, Russians"))
			.containsExactly("IQ", "SO", "PH", "FR", "NL", "RU");
	}

	@Test
	void doesNotPluraliseDemonymsEndingInEse() {
		assertThat(NationalityForms.english("Lebanese")).containsExactly("Lebanese");
	}

}
