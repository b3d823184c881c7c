package org.marsad.events.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.events.StatusSuggestion;
import org.marsad.text.vocabulary.SourceReliability;
import org.marsad.text.vocabulary.VerificationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggested verification status: independent sources and their grades.
 */
class CorroborationTests {

	private final UUID fieldCorrespondent = UUID.randomUUID();

	private final UUID campSource = UUID.randomUUID();

	static Corroboration.Backing backing(UUID source, SourceReliability reliability, int credibility) {
		return new Corroboration.Backing(UUID.randomUUID(), source, reliability, credibility);
	}

	@Test
	void oneSourceIsSingleSource() {
		StatusSuggestion suggestion = Corroboration
			.suggest(List.of(backing(this.fieldCorrespondent, SourceReliability.A, 1)));
		assertThat(suggestion.status()).isEqualTo(VerificationStatus.SINGLE_SOURCE);
		assertThat(suggestion.sources()).isEqualTo(1);
	}

	@Test
	void twoCredibleIndependentSourcesAreFair() {
		StatusSuggestion suggestion = Corroboration
			.suggest(List.of(backing(this.fieldCorrespondent, SourceReliability.B, 2),
					backing(this.campSource, SourceReliability.C, 3)));
		assertThat(suggestion.status()).isEqualTo(VerificationStatus.FAIR);
		assertThat(suggestion.credibleSources()).isEqualTo(2);
	}

	@Test
	void theSameSourceTwiceCountsOnce() {
		StatusSuggestion suggestion = Corroboration
			.suggest(List.of(backing(this.fieldCorrespondent, SourceReliability.A, 1),
					backing(this.fieldCorrespondent, SourceReliability.A, 2)));
		assertThat(suggestion.sources()).isEqualTo(1);
		assertThat(suggestion.status()).isEqualTo(VerificationStatus.SINGLE_SOURCE);
	}

	@Test
	void anUnreliableSecondSourceDoesNotMakeItFair() {
		StatusSuggestion suggestion = Corroboration
			.suggest(List.of(backing(this.fieldCorrespondent, SourceReliability.B, 2),
					backing(this.campSource, SourceReliability.D, 2)));
		assertThat(suggestion.sources()).isEqualTo(2);
		assertThat(suggestion.status()).isEqualTo(VerificationStatus.SINGLE_SOURCE);
	}

	@Test
	void aDoubtfulReportDoesNotMakeItFair() {
		StatusSuggestion suggestion = Corroboration
			.suggest(List.of(backing(this.fieldCorrespondent, SourceReliability.A, 1),
					backing(this.campSource, SourceReliability.A, 4)));
		assertThat(suggestion.status()).isEqualTo(VerificationStatus.SINGLE_SOURCE);
	}

	@Test
	void aSourceIsCredibleWhenAnyOfItsReportsIs() {
		StatusSuggestion suggestion = Corroboration.suggest(List.of(
				backing(this.fieldCorrespondent, SourceReliability.B, 2),
				backing(this.campSource, SourceReliability.B, 5), backing(this.campSource, SourceReliability.B, 2)));
		assertThat(suggestion.status()).isEqualTo(VerificationStatus.FAIR);
	}

	@Test
	void reportsWithoutSourceAreNotIndependentSources() {
		UUID report = UUID.randomUUID();
		StatusSuggestion suggestion = Corroboration.suggest(List.of(new Corroboration.Backing(report, null, null, 1),
				new Corroboration.Backing(report, null, null, 1),
				new Corroboration.Backing(UUID.randomUUID(), null, null, 2),
				backing(this.fieldCorrespondent, SourceReliability.A, 1)));
		assertThat(suggestion.sources()).isEqualTo(1);
		assertThat(suggestion.unattributedReports()).isEqualTo(2);
		assertThat(suggestion.status()).isEqualTo(VerificationStatus.SINGLE_SOURCE);
	}

	@Test
	void nothingRecordedIsSingleSource() {
		assertThat(Corroboration.suggest(List.of()).status()).isEqualTo(VerificationStatus.SINGLE_SOURCE);
	}

}
