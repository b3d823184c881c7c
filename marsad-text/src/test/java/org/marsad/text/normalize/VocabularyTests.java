package org.marsad.text.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class VocabularyTests {

	@Test
	void givesAWordAddedTwiceItsFirstId() {
		Vocabulary vocabulary = new Vocabulary();
		int first = vocabulary.add("الهول");
		vocabulary.add("الرقه");
		assertThat(vocabulary.add("الهول")).isEqualTo(first);
	}

	@Test
	void refusesWordsOnceSealed() {
		Vocabulary vocabulary = new Vocabulary();
		vocabulary.add("الهول");
		vocabulary.seal();
		assertThatIllegalStateException().isThrownBy(() -> vocabulary.add("الرقه"));
	}

	@Test
	void refusesLookupsBeforeItIsSealed() {
		Vocabulary vocabulary = new Vocabulary();
		vocabulary.add("الهول");
		FoldedText text = FoldedText.of("مخيم الهول");
		assertThatIllegalStateException().isThrownBy(() -> text.readingIds(vocabulary));
	}

	@Test
	void looksEveryReadingOfAWordUp() {
		Vocabulary vocabulary = new Vocabulary();
		int camp = vocabulary.add(ArabicFolding.fold("الهول"));
		int raqqa = vocabulary.add(ArabicFolding.fold("الرقّة"));
		vocabulary.seal();
		FoldedText text = FoldedText.of("نقلوا من مخيم الهول وللرقّة");
		int[] ids = text.readingIds(vocabulary);
		Words words = text.words();
		assertThat(ids[words.readingSlot(3)]).isEqualTo(camp);
		assertThat(readingIdsOf(words, ids, 4)).contains(raqqa);
	}

	@Test
	void findsNoIdForAWordOfNoDictionary() {
		Vocabulary vocabulary = new Vocabulary();
		vocabulary.add(ArabicFolding.fold("الهول"));
		vocabulary.seal();
		FoldedText text = FoldedText.of("نقلوا");
		assertThat(text.readingIds(vocabulary)).containsOnly(TokenTable.ABSENT);
	}

	@Test
	void marksTheDictionariesWhoseNamesAWordStartsWithThroughItsReadings() {
		Vocabulary vocabulary = new Vocabulary();
		int places = vocabulary.dictionary();
		int actors = vocabulary.dictionary();
		vocabulary.markFirst(vocabulary.add(ArabicFolding.fold("الرقة")), places);
		vocabulary.markFirst(vocabulary.add(ArabicFolding.fold("قوات")), actors);
		vocabulary.add(ArabicFolding.fold("النظام"));
		vocabulary.seal();
		FoldedText text = FoldedText.of(ArabicFolding.fold("وصلت قوات النظام وللرقّة"));
		assertThat(text.nameStarts(vocabulary)).containsExactly(0, actors, 0, places);
	}

	@Test
	void refusesAThirtyThirdDictionary() {
		Vocabulary vocabulary = new Vocabulary();
		for (int k = 0; k < Integer.SIZE; k++) {
			vocabulary.dictionary();
		}
		assertThatIllegalStateException().isThrownBy(vocabulary::dictionary);
	}

	private static int[] readingIdsOf(Words words, int[] ids, int word) {
		int[] found = new int[words.readingCount(word)];
		for (int r = 0; r < found.length; r++) {
			found[r] = ids[words.readingSlot(word) + r];
		}
		return found;
	}

}
