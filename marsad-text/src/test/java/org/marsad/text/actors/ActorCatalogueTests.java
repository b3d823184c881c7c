package org.marsad.text.actors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorCatalogueTests {

	@Test
	void starterHoldsTheActorsTheDesignRequires() {
		assertThat(ActorCatalogue.starter().actors()).extracting(Actor::id)
			.contains("isis", "sdf", "coalition", "us_forces", "syrian_government", "russia", "turkey", "hts", "sna",
					"iran", "hezbollah", "civil_defence");
	}

	@Test
	void readsArabicAndLatinAliases() {
		Actor isis = ActorCatalogue.starter().byId("isis").orElseThrow();
		assertThat(isis.aliases()).contains("داعش", "تنظيم الدولة", "ISIS", "ISIL", "IS", "Daesh");
	}

	@Test
	void growsByConfiguration() throws IOException {
		String file = "# local additions\nid\tname_ar\tname_en\taliases\nlocal_council\tالمجلس المحلي\tLocal council\tمجلس محلي|LC\n";
		ActorCatalogue catalogue = ActorCatalogue.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
		assertThat(catalogue.byId("local_council")).get()
			.satisfies((a) -> assertThat(a.aliases()).containsExactly("مجلس محلي", "LC"));
	}

	@Test
	void rejectsRepeatedIds() {
		String file = "sdf\tقسد\tSDF\t\nsdf\tقسد\tSDF\t\n";
		assertThatThrownBy(() -> ActorCatalogue.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Line 2");
	}

}
