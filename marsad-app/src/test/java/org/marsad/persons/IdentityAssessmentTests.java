package org.marsad.persons;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity assessment rule, level by level.
 */
class IdentityAssessmentTests {

	@Test
	void aCopyOnFileDocumentsThePersonEvenWithoutPapersInHand() {
		assertThat(IdentityAssessment.of(0, 2, 1, 0).level()).isEqualTo(IdentityAssessment.Level.DOCUMENTED);
	}

	@Test
	void twoDifferentVouchersCorroborate() {
		assertThat(IdentityAssessment.of(0, 1, 0, 2).level()).isEqualTo(IdentityAssessment.Level.CORROBORATED);
	}

	@Test
	void oneVoucherAttests() {
		assertThat(IdentityAssessment.of(0, 0, 0, 1).level()).isEqualTo(IdentityAssessment.Level.ATTESTED);
	}

	@Test
	void declaredLossesAloneAreTheirOwnWord() {
		assertThat(IdentityAssessment.of(0, 3, 0, 0).level()).isEqualTo(IdentityAssessment.Level.DECLARED);
	}

	@Test
	void nothingIsNoEvidence() {
		IdentityAssessment none = IdentityAssessment.of(0, 0, 0, 0);
		assertThat(none.level()).isEqualTo(IdentityAssessment.Level.NONE);
		assertThat(none.reasons()).isEmpty();
	}

}
