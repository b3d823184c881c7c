package org.marsad.persons.linkage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LinkageModelTests {

	private final LinkageModel model = LinkageModel.defaults();

	@Test
	void weighsAgreementForAndDisagreementAgainstAMatch() {
		int exact = ComparisonField.GIVEN.levels().indexOf("exact");
		int different = ComparisonField.GIVEN.levels().indexOf("different");
		assertThat(this.model.weight(ComparisonField.GIVEN, exact)).isPositive();
		assertThat(this.model.weight(ComparisonField.GIVEN, different)).isNegative();
		assertThat(this.model.weight(ComparisonField.GIVEN, ComparisonField.MISSING)).isZero();
	}

	@Test
	void decidesByTheThresholds() {
		LinkageModel model = this.model.withThresholds(10, 2);
		assertThat(model.decide(10)).isEqualTo(Decision.MATCH);
		assertThat(model.decide(5)).isEqualTo(Decision.REVIEW);
		assertThat(model.decide(1.9)).isEqualTo(Decision.NON_MATCH);
	}

	@Test
	void refusesALowerThresholdAboveTheUpperOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.model.withThresholds(1, 2));
	}

	@Test
	void sendsBrothersToReviewHoweverMuchElseAgrees() {
		LinkageIndex index = new LinkageIndex(this.model.withThresholds(-100, -200));
		Match brother = index.compare(PersonRecord.named("1", "خالد أحمد علي الجبوري"),
				PersonRecord.named("2", "سعيد أحمد علي الجبوري"));
		assertThat(brother.decision()).isEqualTo(Decision.REVIEW);
	}

	@Test
	void describesEveryLevelOfEveryField() {
		int levels = 0;
		for (ComparisonField field : ComparisonField.values()) {
			levels += field.levels().size() - 1;
		}
		assertThat(this.model.describe()).hasSize(levels + 1);
	}

}
