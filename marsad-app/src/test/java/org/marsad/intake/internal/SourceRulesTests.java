package org.marsad.intake.internal;

import org.junit.jupiter.api.Test;
import org.marsad.intake.IntakeRefused;
import org.marsad.intake.NewSource;
import org.marsad.intake.SourceKind;
import org.marsad.text.vocabulary.SourceReliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SourceRulesTests {

	@Test
	void readsKindAndGrade() {
		var source = SourceRules.check(new NewSource(" أبو الفداء ", "local_council", "b", null, null));
		assertThat(source.pseudonym()).isEqualTo("أبو الفداء");
		assertThat(source.kind()).isEqualTo(SourceKind.LOCAL_COUNCIL);
		assertThat(source.reliability()).isEqualTo(SourceReliability.B);
	}

	@Test
	void refusalDoesNotRepeatTheContactDetails() {
		String contact = "+963 944 123 456";
		assertThatExceptionOfType(IntakeRefused.class)
			.isThrownBy(() -> SourceRules.check(new NewSource("", "spy", "Z", contact, null)))
			.satisfies((refused) -> assertThat(refused.getMessage()).doesNotContain(contact))
			.satisfies((refused) -> assertThat(refused.problems()).extracting("field")
				.containsExactly("pseudonym", "kind", "reliability"));
	}

	@Test
	void refusesContactDetailsOverTheLimit() {
		assertThatExceptionOfType(IntakeRefused.class)
			.isThrownBy(() -> SourceRules
				.check(new NewSource("الهدهد", null, null, "٠".repeat(SourceRules.MAX_CONTACT + 1), null)))
			.satisfies((refused) -> assertThat(refused.problems().get(0).field()).isEqualTo("contact"));
	}

}
