package org.marsad.publishing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed text of frozen illustrations is the same before storage and after it is read
 * back, and a name cannot add a line to it.
 */
class FrozenIllustrationsTests {

	static final UUID BATTLE = UUID.fromString("5b0c7a52-2f41-4c55-9a43-8f3c6f1d2e10");

	static final FrozenIllustrations FROZEN = new FrozenIllustrations(
			List.of(new FrozenIllustrations.Chart("نازحو الباغوز\tـــ\nchart\tforged", LocalDate.of(2019, 2, 28), true,
					List.of(new BigDecimal("3200.00"), new BigDecimal("36250")))),
			List.of(new FrozenIllustrations.BasePoint(40.14, 35.33, true)),
			List.of(new FrozenIllustrations.CitedPlace(BATTLE, "الباغوز فوقاني", "Al-Baghuz Fawqani", 40.95, 34.46)));

	@Test
	void theSignedTextSurvivesStorageAsJson() {
		JsonMapper json = JsonMapper.builder().build();
		FrozenIllustrations read = json.readValue(json.writeValueAsString(FROZEN), FrozenIllustrations.class);
		assertThat(read.signedText()).isEqualTo(FROZEN.signedText());
	}

	@Test
	void numbersAreWrittenInTheirShortestExactForm() {
		assertThat(FROZEN.signedText()).contains("\t3200 36250 \n")
			.contains("base\t40.14\t35.33\tgovernorate\n")
			.contains("cited\t" + BATTLE + "\t40.95\t34.46\tالباغوز فوقاني\tAl-Baghuz Fawqani\n");
	}

	@Test
	void aNameWithTabsAndLineBreaksStaysOnItsLine() {
		assertThat(FROZEN.signedText().lines().filter((line) -> line.startsWith("chart"))).hasSize(1);
	}

}
