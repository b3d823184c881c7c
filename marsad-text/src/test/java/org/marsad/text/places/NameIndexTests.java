package org.marsad.text.places;

import org.junit.jupiter.api.Test;
import org.marsad.text.normalize.ArabicFolding;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.normalize.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

class NameIndexTests {

	private static final NameIndex<String> INDEX = NameIndex.<String>builder()
		.add("دير الزور", "city")
		.add("ريف دير الزور الشرقي", "east")
		.add("دير", "monastery")
		.add("ديرالزور", "city")
		.add("Deir ez-Zor", "city")
		.build();

	private static NameIndex.Match<String> longestAt(String text, int word) {
		return INDEX.scan(ArabicFolding.fold(text)).longestAt(word, true);
	}

	@Test
	void findsTheLongestName() {
		assertThat(longestAt("ريف دير الزور الشرقي", 0).values()).containsExactly("east");
	}

	@Test
	void reportsWhereTheNameEnds() {
		assertThat(longestAt("في دير الزور اليوم", 1).endWord()).isEqualTo(3);
	}

	@Test
	void fallsBackToShorterName() {
		assertThat(longestAt("دير مار", 0).values()).containsExactly("monastery");
	}

	@Test
	void treatsHyphensAsWordBreaks() {
		assertThat(longestAt("deir-ez zor", 0).values()).containsExactly("city");
	}

	@Test
	void stopsAtTheEndOfText() {
		assertThat(longestAt("ريف دير", 1).values()).containsExactly("monastery");
	}

	@Test
	void findsNothingForUnknownWords() {
		assertThat(longestAt("حلب", 0)).isNull();
	}

	@Test
	void indexesSharingAVocabularyFindOnlyTheirOwnNames() {
		Vocabulary shared = new Vocabulary();
		NameIndex<String> places = NameIndex.<String>builder().add("دير الزور", "city").build(shared);
		NameIndex<String> actors = NameIndex.<String>builder().add("قوات النظام", "regime").build(shared);
		shared.seal();
		FoldedText text = FoldedText.of(ArabicFolding.fold("قصفت قوات النظام دير الزور"));
		assertThat(actors.scan(text).longestAt(1, true).values()).containsExactly("regime");
		assertThat(places.scan(text).longestAt(1, true)).isNull();
		assertThat(places.scan(text).longestAt(3, true).values()).containsExactly("city");
	}

	@Test
	void matchesAPhraseWhoseWordsAnotherIndexAddedFirst() {
		Vocabulary shared = new Vocabulary();
		NameIndex.<String>builder().add("الزور", "other").add("ريف", "other").build(shared);
		NameIndex<String> places = NameIndex.<String>builder().add("ريف دير الزور", "countryside").build(shared);
		shared.seal();
		FoldedText text = FoldedText.of(ArabicFolding.fold("في ريف دير الزور"));
		assertThat(places.scan(text).longestAt(1, true).values()).containsExactly("countryside");
	}

	@Test
	void findsTheNameOfTheSecondWordAmongManySharingTheFirst() {
		NameIndex.Builder<String> builder = NameIndex.builder();
		for (String country : new String[] { "العراقية", "السورية", "الروسية", "الصومالية", "الفلبينية", "التركية" }) {
			builder.add("الجنسية " + country, country);
		}
		NameIndex<String> forms = builder.add("الجنسية", "any").build();
		NameIndex<String>.Scan scan = forms.scan(ArabicFolding.fold("من الجنسيّة الصومالية والجنسية السوريه"));
		assertThat(scan.longestAt(1, true).values()).containsExactly("الصومالية");
		assertThat(scan.longestAt(3, true).values()).containsExactly("السورية");
	}

	@Test
	void fallsBackToTheOneWordNameWhenNoSecondWordFollows() {
		NameIndex<String> forms = NameIndex.<String>builder()
			.add("الجنسية العراقية", "IQ")
			.add("الجنسية", "any")
			.build();
		assertThat(forms.scan(ArabicFolding.fold("حملة الجنسية الأجنبية")).longestAt(1, true).values())
			.containsExactly("any");
	}

	@Test
	void passesOverAWordThatStartsOnlyAnotherIndexsNames() {
		Vocabulary shared = new Vocabulary();
		NameIndex<String> places = NameIndex.<String>builder().add("النظام الجديد", "place").build(shared);
		NameIndex<String> actors = NameIndex.<String>builder().add("النظام", "regime").build(shared);
		shared.seal();
		FoldedText text = FoldedText.of(ArabicFolding.fold("وقوات النظام"));
		assertThat(actors.scan(text).longestAt(1, true).values()).containsExactly("regime");
		assertThat(places.scan(text).longestAt(1, true)).isNull();
	}

}
