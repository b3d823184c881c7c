package org.marsad.text.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkeletonKeyTests {

	private final SkeletonKey key = new SkeletonKey();

	@Test
	void givesArabicAndLatinSpellingsOfMuhammadOneKey() {
		assertThat(this.key.of("محمد")).isEqualTo(this.key.of("mohammed"))
			.isEqualTo(this.key.of("muhammad"))
			.isEqualTo(this.key.of("mohamad"))
			.isEqualTo("mhmd");
	}

	@Test
	void readsLatinDigraphsAsOneLetter() {
		assertThat(this.key.of("خالد")).isEqualTo(this.key.of("khaled")).isEqualTo("xld");
		assertThat(this.key.of("شادي")).isEqualTo(this.key.of("shadi")).isEqualTo(this.key.of("chadi"));
		assertThat(this.key.of("غسان")).isEqualTo(this.key.of("ghassan")).isEqualTo("jsn");
	}

	@Test
	void keepsOnlyTheInitialVowel() {
		assertThat(this.key.of("عمر")).isEqualTo(this.key.of("omar")).isEqualTo("amr");
	}

	@Test
	void collapsesDoubledLetters() {
		assertThat(this.key.of("رقة")).isEqualTo(this.key.of("raqqa")).isEqualTo("rk");
	}

	@Test
	void dropsTheFinalHeh() {
		assertThat(this.key.of("فاطمة")).isEqualTo(this.key.of("fatimah")).isEqualTo(this.key.of("fatima"));
	}

	@Test
	void removesTheHyphenatedLatinArticle() {
		assertThat(this.key.of("al-baghouz")).isEqualTo(this.key.of("baghuz"))
			.isEqualTo(this.key.of("باغوز"))
			.isEqualTo("bjd");
	}

	@Test
	void mergesEmphaticAndPlainLetters() {
		assertThat(this.key.of("كاظم")).isEqualTo(this.key.of("kadhim")).isEqualTo(this.key.of("kazem"));
	}

	@Test
	void readsHAfterDAsADigraphOnBothSides() {
		assertThat(this.key.of("ادهم")).isEqualTo(this.key.of("adham"));
		assertThat(this.key.of("دحلان")).isEqualTo(this.key.of("dahlan"));
	}

	@Test
	void readsTehSheenAsCh() {
		assertThat(this.key.of("اباتشا")).isEqualTo(this.key.of("abacha"));
	}

	@Test
	void leavesOutFinalTehMarbutaBeforeDigraphs() {
		assertThat(this.key.of("بركه")).isEqualTo(this.key.of("baraka"));
	}

	@Test
	void keepsAbdCompoundsTogether() {
		assertThat(this.key.of("عبدالرحمن")).isEqualTo(this.key.of("abdulrahman"))
			.isEqualTo(this.key.of("abdurrahman"))
			.isEqualTo(this.key.of("abdelrahman"))
			.isEqualTo("abdrhmn");
	}

	@Test
	void givesNoKeyWithoutLetters() {
		assertThat(this.key.of("2019")).isEmpty();
	}

}
