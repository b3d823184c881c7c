package org.marsad.text.actors;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.text.ActorMention;
import org.marsad.text.normalize.FoldedText;

import static org.assertj.core.api.Assertions.assertThat;

class ActorRecognizerTests {

	private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(ActorCatalogue.starter());

	private static List<ActorMention> find(String text) {
		return RECOGNIZER.find(FoldedText.of(text));
	}

	private static List<String> ids(String text) {
		return find(text).stream().map(ActorMention::actorId).toList();
	}

	@Test
	void findsArabicNameWithSpan() {
		String text = "أعلنت قوات سوريا الديمقراطية السيطرة";
		assertThat(find(text)).singleElement().satisfies((m) -> {
			assertThat(m.actorId()).isEqualTo("sdf");
			assertThat(m.text()).isEqualTo("قوات سوريا الديمقراطية");
			assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
		});
	}

	@Test
	void leavesProcliticsOutsideTheSpan() {
		assertThat(find("اشتباكات بين قسد ولداعش")).extracting(ActorMention::text).containsExactly("قسد", "داعش");
	}

	@Test
	void restoresArticleAfterLam() {
		assertThat(find("غارة للتحالف الدولي")).singleElement().satisfies((m) -> {
			assertThat(m.actorId()).isEqualTo("coalition");
			assertThat(m.text()).isEqualTo("لتحالف الدولي");
		});
	}

	@Test
	void prefersTheLongestName() {
		assertThat(ids("هاجم الجيش الوطني السوري مواقع الجيش السوري")).containsExactly("sna", "syrian_government");
	}

	@Test
	void ignoresHamzaFormsTatweelAndDiacritics() {
		assertThat(ids("القوات الأميركية والقوات الامريكيـــة وتنظيمُ الدولة الإسلاميّة")).containsExactly("us_forces",
				"us_forces", "isis");
	}

	@Test
	void readsTheOrganisationAsIsis() {
		assertThat(ids("استسلم عناصر التنظيم")).containsExactly("isis");
	}

	@Test
	void readsCapitalisedIsAsIsis() {
		assertThat(ids("IS fighters surrendered to the SDF")).containsExactly("isis", "sdf");
	}

	@Test
	void ignoresTheVerbIs() {
		assertThat(ids("This is the last village held by Daesh")).containsExactly("isis");
	}

	@Test
	void ignoresLowerCaseAcronyms() {
		assertThat(ids("the sna and hts")).isEmpty();
	}

	@Test
	void readsEnglishNamesInAnyCase() {
		assertThat(ids("Regime Forces and US forces and the international coalition"))
			.containsExactly("syrian_government", "us_forces", "coalition");
	}

	@Test
	void readsCivilDefence() {
		assertThat(ids("فرق الدفاع المدني (الخوذ البيضاء)")).containsExactly("civil_defence", "civil_defence");
	}

	@Test
	void readsTheRussiansAsRussia() {
		assertThat(ids("قصف الروس مواقع في البادية")).containsExactly("russia");
	}

	@Test
	void readsTurkishArmy() {
		assertThat(ids("توغل الجيش التركي")).containsExactly("turkey");
	}

}
