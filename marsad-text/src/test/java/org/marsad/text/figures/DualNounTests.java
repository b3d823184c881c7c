package org.marsad.text.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.marsad.text.Extraction;
import org.marsad.text.Extractor;
import org.marsad.text.FigureMention;
import org.marsad.text.vocabulary.AgeGroup;
import org.marsad.text.vocabulary.FigureCategory;
import org.marsad.text.vocabulary.FigureUnit;
import org.marsad.text.vocabulary.Qualifier;
import org.marsad.text.vocabulary.Sex;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dual nouns count two on their own («طفلان», «عائلتين», «شخصين»), through the whole
 * engine, as a report states them.
 */
class DualNounTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private static Extractor extractor;

	@BeforeAll
	static void build() {
		extractor = Extractor.standard();
	}

	private static List<FigureMention> figures(String text) {
		return extractor.extract(text, PUBLISHED).figures();
	}

	private static FigureMention only(String text) {
		List<FigureMention> figures = figures(text);
		assertThat(figures).hasSize(1);
		FigureMention figure = figures.get(0);
		assertThat(text.substring(figure.start(), figure.end())).isEqualTo(figure.text());
		return figure;
	}

	@Test
	void readsTwoChildrenInTheNominative() {
		FigureMention children = only("وقُتل طفلان بقصف مدفعي على بلدة هجين");
		assertThat(children.text()).isEqualTo("طفلان");
		assertThat(children.best()).isEqualTo(TWO);
		assertThat(children.qualifier()).isEqualTo(Qualifier.EXACT);
		assertThat(children.unit()).isEqualTo(FigureUnit.PERSON);
		assertThat(children.group().age()).isEqualTo(AgeGroup.CHILD);
		assertThat(children.category()).isEqualTo(FigureCategory.KILLED);
	}

	@Test
	void readsTwoFamiliesInTheObliqueCase() {
		FigureMention families = only("ورصد المرصد نزوح عائلتين من الباغوز باتجاه مخيم الهول");
		assertThat(families.text()).isEqualTo("عائلتين");
		assertThat(families.low()).isEqualTo(TWO);
		assertThat(families.high()).isEqualTo(TWO);
		assertThat(families.unit()).isEqualTo(FigureUnit.FAMILY);
	}

	@Test
	void readsTwoPersonsArrested() {
		FigureMention persons = only("واعتقلت قوات سوريا الديمقراطية شخصين في مدينة الرقة");
		assertThat(persons.best()).isEqualTo(TWO);
		assertThat(persons.unit()).isEqualTo(FigureUnit.PERSON);
		assertThat(persons.category()).isEqualTo(FigureCategory.ARRESTED);
	}

	@Test
	void readsTwoWomenWithHamzaWrittenWithoutIt() {
		FigureMention women = only("وأصيبت امراتين بجروح في انفجار لغم");
		assertThat(women.best()).isEqualTo(TWO);
		assertThat(women.group().sex()).isEqualTo(Sex.FEMALE);
	}

	@Test
	void readsTheDualWithAConjunctionAndDiacritics() {
		FigureMention trucks = only("ودخلت شاحنتانِ محمّلتان بالمساعدات إلى مخيم الهول");
		assertThat(trucks.best()).isEqualTo(TWO);
		assertThat(trucks.unit()).isEqualTo(FigureUnit.VEHICLE);
	}

	@Test
	void readsASoundPluralAsNoDual() {
		Extraction extraction = extractor.extract("وأصيب مدنيين بجروح في القصف على هجين", PUBLISHED);
		assertThat(extraction.figures()).isEmpty();
	}

	@Test
	void keepsTheNumberFigureWhenADigitStandsBeforeTheNoun() {
		assertThat(figures("واعتقلت دورية 2 شخصين")).extracting(FigureMention::text).containsExactly("2 شخصين");
	}

	@Test
	void readsDualsInTextOrderWithNumberFigures() {
		assertThat(figures("قُتل 3 مدنيين وطفلان، وأصيب 7 آخرون")).extracting(FigureMention::best)
			.containsExactly(BigDecimal.valueOf(3), TWO, BigDecimal.valueOf(7));
	}

}
