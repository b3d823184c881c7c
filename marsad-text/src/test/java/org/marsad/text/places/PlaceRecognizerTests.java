package org.marsad.text.places;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.PlaceMention;
import org.marsad.text.normalize.FoldedText;
import org.marsad.text.vocabulary.PlaceKind;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceRecognizerTests {

	private static final PlaceRecognizer RECOGNIZER = new PlaceRecognizer(Gazetteer.starter());

	private static List<PlaceMention> find(String text) {
		return RECOGNIZER.find(FoldedText.of(text));
	}

	@Test
	void findsTownWithSpanInOriginalText() {
		String text = "خرج المدنيون من الباغوز صباح اليوم";
		List<PlaceMention> mentions = find(text);
		assertThat(mentions).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("الباغوز");
			assertThat(text.substring(m.start(), m.end())).isEqualTo("الباغوز");
			assertThat(m.place().id()).isEqualTo("sy-baghuz");
		});
	}

	@Test
	void leavesConjunctionAndPrepositionOutsideTheSpan() {
		assertThat(find("وصلوا وبالباغوز")).singleElement().satisfies((m) -> assertThat(m.text()).isEqualTo("الباغوز"));
	}

	@Test
	void restoresArticleAfterLam() {
		assertThat(find("توجهوا للباغوز")).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("لباغوز");
			assertThat(m.place().id()).isEqualTo("sy-baghuz");
		});
	}

	@Test
	void ignoresHamzaTatweelAndDiacritics() {
		assertThat(find("في إِدلـــب")).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("إِدلـــب");
			assertThat(m.place().id()).isEqualTo("C3871");
		});
	}

	@Test
	void readsAlefWithoutHamzaAndHehForTehMarbuta() {
		assertThat(find("قرب تل ابيض والرقه")).extracting((m) -> m.place().id()).containsExactly("C5792", "C5710");
	}

	@Test
	void prefersLongestMatch() {
		assertThat(find("في الباغوز فوقاني")).singleElement()
			.satisfies((m) -> assertThat(m.place().id()).isEqualTo("C5184"));
	}

	@Test
	void includesCampQualifierAndChoosesTheCamp() {
		assertThat(find("نقلوا إلى مخيّم الهول")).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("مخيّم الهول");
			assertThat(m.place().kind()).isEqualTo(PlaceKind.CAMP);
		});
	}

	@Test
	void readsBareNameAsTheTown() {
		assertThat(find("بلدة الهول")).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("بلدة الهول");
			assertThat(m.place().id()).isEqualTo("C4519");
		});
	}

	@Test
	void readsCountrysideWithDirectionAsRegion() {
		assertThat(find("في ريف دير الزور الشرقي")).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("ريف دير الزور الشرقي");
			assertThat(m.place().id()).isEqualTo("sy-deir-ez-zor-east");
		});
	}

	@Test
	void readsCountrysideOfTownAsItsGovernorate() {
		assertThat(find("بريف حلب الشمالي")).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("ريف حلب الشمالي");
			assertThat(m.place().id()).isEqualTo("SY02");
		});
	}

	@Test
	void readsGovernorateQualifier() {
		assertThat(find("محافظة الرقة")).singleElement().satisfies((m) -> assertThat(m.place().id()).isEqualTo("SY11"));
	}

	@Test
	void readsEnglishNames() {
		assertThat(find("Families left Baghuz for al-Hol camp in Deir ez-Zor")).extracting((m) -> m.place().id())
			.containsExactly("sy-baghuz", "sy-al-hol-camp", "C5086");
	}

	@Test
	void readsEnglishSuffixQualifier() {
		assertThat(find("moved to Rukban camp")).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("Rukban camp");
			assertThat(m.place().kind()).isEqualTo(PlaceKind.CAMP);
		});
	}

	@Test
	void doesNotMatchInsideWords() {
		assertThat(find("الرقةالجديدة")).isEmpty();
	}

	@Test
	void readsAliasOfKobani() {
		assertThat(find("في كوباني")).singleElement().satisfies((m) -> assertThat(m.place().id()).isEqualTo("C1946"));
	}

	@Test
	void readsArabicIndicDigitsInNames() {
		assertThat(find("منطقة الـ٥٥ كم")).singleElement()
			.satisfies((m) -> assertThat(m.place().id()).isEqualTo("sy-55km-zone"));
	}

	@Test
	void readsEnglishPrefixQualifier() {
		assertThat(find("in the town of Hajin")).singleElement().satisfies((m) -> {
			assertThat(m.text()).isEqualTo("town of Hajin");
			assertThat(m.place().id()).isEqualTo("C5175");
		});
	}

	@Test
	void readsEnglishCountrysideAsGovernorate() {
		assertThat(find("in the Deir ez-Zor countryside")).singleElement()
			.satisfies((m) -> assertThat(m.place().id()).isEqualTo("SY09"));
	}

	@Test
	void ignoresLowerCaseLatinNames() {
		assertThat(find("baghuz")).isEmpty();
	}

	@Test
	void findsEveryMentionInOrder() {
		assertThat(find("من هجين إلى الشعفة ثم السوسة فالباغوز")).extracting((m) -> m.place().id())
			.containsExactly("C5175", "C5183", "C5186", "sy-baghuz");
	}

}
