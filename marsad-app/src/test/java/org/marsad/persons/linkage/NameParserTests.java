package org.marsad.persons.linkage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameParserTests {

	private final NameParser parser = new NameParser();

	@Test
	void readsGivenFatherGrandfatherAndFamily() {
		ParsedName name = this.parser.parse("محمد أحمد علي الجبوري");
		assertThat(name).isEqualTo(new ParsedName("محمد", "احمد", "علي", "جبوري", null, false));
	}

	@Test
	void joinsAbdCompoundsWrittenApartOrGlued() {
		assertThat(this.parser.parse("عبد الله خالد").given()).isEqualTo("عبدالله");
		assertThat(this.parser.parse("عبدالله خالد").given()).isEqualTo("عبدالله");
		assertThat(this.parser.parse("Abd al-Rahman Khalid").given()).isEqualTo("abdrahman");
	}

	@Test
	void dropsBinAndIbnBetweenAncestors() {
		ParsedName name = this.parser.parse("فيصل بن تركي ابن عبد العزيز");
		assertThat(name.given()).isEqualTo("فيصل");
		assertThat(name.father()).isEqualTo("تركي");
		assertThat(name.grandfather()).isEqualTo("عبدالعزيز");
	}

	@Test
	void foldsHamzaTehMarbutaDiacriticsAndTatweel() {
		ParsedName written = this.parser.parse("فاطِمَة إبراهيـــم");
		assertThat(written.given()).isEqualTo("فاطمه");
		assertThat(written.father()).isEqualTo("ابراهيم");
	}

	@Test
	void keepsTheHamzaThatTellsIlhamFromAnArticle() {
		assertThat(this.parser.parse("إلهام سعيد").given()).isEqualTo("الهام");
	}

	@Test
	void readsKunyaApartFromTheName() {
		ParsedName name = this.parser.parse("أبو بكر البغدادي");
		assertThat(name.kunya()).isEqualTo("ابو بكر");
		assertThat(name.family()).isEqualTo("بغدادي");
		assertThat(name.given()).isNull();
	}

	@Test
	void readsAlAsFamilyOfBeforeTribeNames() {
		ParsedName name = this.parser.parse("سعود آل ثاني");
		assertThat(name.given()).isEqualTo("سعود");
		assertThat(name.family()).isEqualTo("ثاني");
	}

	@Test
	void joinsCompoundGivenNamesWithTheirArticle() {
		assertThat(this.parser.parse("نور الدين حسن").given()).isEqualTo("نورالدين");
		assertThat(this.parser.parse("Nour al-Din Hassan").given()).isEqualTo("nouraldin");
	}

	@Test
	void latinAndArabicSpellingsShareTransliterationKeys() {
		ParsedName arabic = this.parser.parse("محمد أحمد الجبوري");
		ParsedName latin = this.parser.parse("Mohammed Ahmad al-Jubouri");
		assertThat(latin.latin()).isTrue();
		assertThat(NameParser.key(latin.given())).isEqualTo(NameParser.key(arabic.given()));
		assertThat(NameParser.key(latin.father())).isEqualTo(NameParser.key(arabic.father()));
		assertThat(NameParser.key(latin.family())).isEqualTo(NameParser.key(arabic.family()));
	}

	@Test
	void readsArabicIndicFreeNamesWithoutWordsAsEmpty() {
		assertThat(this.parser.parse(" - ، ").isEmpty()).isTrue();
		assertThat(this.parser.parse(null)).isEqualTo(ParsedName.EMPTY);
	}

	@Test
	void readsALatinFamilyNameWithItsArticleGluedOn() {
		ParsedName glued = this.parser.parse("Sababa Kilani Ransi Alramli");
		ParsedName apart = this.parser.parse("Sababa Kilani Ransi Al-ramli");
		assertThat(glued.family()).isEqualTo(apart.family());
		assertThat(this.parser.parse("Israa Qandil Alraiadh").family()).isEqualTo("raiadh");
	}

}
