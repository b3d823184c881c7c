package org.marsad.extraction.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.catalogue.Actor;
import org.marsad.text.Extractor;
import org.marsad.text.actors.ActorCatalogue;
import org.marsad.text.places.Gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueDictionariesTests {

	private static Actor actor(String id, String nameAr, String nameEn, List<String> aliases) {
		return new Actor(id, nameAr, nameEn, aliases, "curated", 1, Instant.EPOCH, "test");
	}

	@Test
	void keepsEveryNameOfEveryActor() {
		ActorCatalogue catalogue = CatalogueDictionaries.catalogue(
				List.of(actor("sdf", "قوات سوريا الديمقراطية", "Syrian Democratic Forces", List.of("قسد", "SDF")),
						actor("baqir", "لواء الباقر", null, List.of("الباقر"))));
		assertThat(catalogue.actors()).hasSize(2);
		assertThat(catalogue.byId("sdf").orElseThrow().aliases()).containsExactly("قسد", "SDF");
		assertThat(catalogue.byId("baqir").orElseThrow().nameEn()).isEmpty();
	}

	@Test
	void anActorWithOnlyAnArabicNameIsFound() {
		Extractor extractor = Extractor.builder()
			.gazetteer(Gazetteer.starter())
			.actors(CatalogueDictionaries.catalogue(List.of(actor("baqir", "لواء الباقر", null, List.of()))))
			.build();
		assertThat(extractor.extract("واشتبك لواء الباقر مع عناصر التنظيم", LocalDate.of(2019, 1, 31)).actors())
			.singleElement()
			.satisfies((mention) -> assertThat(mention.actorId()).isEqualTo("baqir"));
	}

}
