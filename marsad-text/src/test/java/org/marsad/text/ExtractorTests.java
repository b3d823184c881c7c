package org.marsad.text;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.FigureCategory;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorTests {

	private static final String DESIGN_EXAMPLE = "ووثق المرصد 23200 شخصاً من الجنسية العراقية ضمن أكثر من 6000 عائلة، "
			+ "خرجوا منذ الأول من ديسمبر الفائت وحتى اليوم الـ 30 من يناير الجاري، ونقلوا إلى مخيمات منطقة الهول";

	private static final LocalDate PUBLISHED = LocalDate.of(2019, 1, 31);

	private static Extractor extractor;

	@BeforeAll
	static void build() {
		extractor = Extractor.standard();
	}

	@Test
	void readsTheDesignExample() {
		Extraction extraction = extractor.extract(DESIGN_EXAMPLE, PUBLISHED);
		assertThat(extraction.figures()).extracting(FigureMention::text)
			.containsExactly("23200 شخصاً", "أكثر من 6000 عائلة");
		assertThat(extraction.figures()).extracting(FigureMention::category).containsOnly(FigureCategory.TRANSFERRED);
		assertThat(extraction.figures()).extracting((figure) -> figure.group().nationality()).containsOnly("IQ");
	}

	@Test
	void linksTheDesignExampleEventsToTheirMentions() {
		Extraction extraction = extractor.extract(DESIGN_EXAMPLE, PUBLISHED);
		assertThat(extraction.events()).extracting(EventMention::type)
			.containsExactly(EventType.DISPLACEMENT, EventType.TRANSFER);
		assertThat(extraction.events().get(0).figures()).containsExactly(0, 1);
		assertThat(extraction.events().get(0).dates()).containsExactly(0);
	}

	@Test
	void numberInsideADateIsPartOfTheDate() {
		Extraction extraction = extractor.extract(DESIGN_EXAMPLE, PUBLISHED);
		assertThat(extraction.numbers()).extracting(NumberMention::text).doesNotContain("30");
	}

	@Test
	void bareYearIsADateWithYearPrecisionNeverACount() {
		Extraction extraction = extractor.extract("وفي 2019 نزح 300 شخص من الباغوز، وقُتل 5 مدنيين عام ٢٠١٨",
				PUBLISHED);
		assertThat(extraction.numbers()).extracting(NumberMention::text).containsExactly("300", "5");
		assertThat(extraction.dates()).extracting(DateMention::text).containsExactly("2019", "عام ٢٠١٨");
		assertThat(extraction.dates()).extracting(DateMention::precision).containsOnly(DatePrecision.YEAR);
		assertThat(extraction.figures()).extracting(FigureMention::date).containsExactly(0, 1);
	}

	@Test
	void placeInsideAnActorNameIsPartOfTheName() {
		Extraction extraction = extractor.extract("واعتقلت قوات سوريا الديمقراطية 7 أشخاص في الرقة", PUBLISHED);
		assertThat(extraction.actors()).extracting(ActorMention::actorId).containsExactly("sdf");
		assertThat(extraction.places()).extracting((place) -> place.place().id()).doesNotContain("SY");
	}

	@Test
	void detectsTheLanguage() {
		assertThat(extractor.extract(DESIGN_EXAMPLE, PUBLISHED).language()).isEqualTo(Language.AR);
	}

	@Test
	void givesTheSameResultFromManyThreads() throws Exception {
		Extraction expected = extractor.extract(DESIGN_EXAMPLE, PUBLISHED);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Extraction>> results = pool
				.invokeAll(java.util.Collections.nCopies(64, () -> extractor.extract(DESIGN_EXAMPLE, PUBLISHED)));
			for (Future<Extraction> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void nationalityInsideAnActorNameDoesNotMakeTheGroup() {
		Extraction extraction = extractor.extract("وقُتل 12 عنصراً من قوات النظام السوري في البادية", PUBLISHED);
		assertThat(extraction.figures().get(0).group().nationality()).isNull();
		assertThat(extraction.figures().get(0).group().actor()).isEqualTo("syrian_government");
	}

}
