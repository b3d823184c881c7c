package org.marsad.events.internal;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.StatusSuggestion;
import org.marsad.text.vocabulary.SourceReliability;
import org.marsad.text.vocabulary.VerificationStatus;

/**
 * Suggests an event's verification status from its independent sources and their grades
 * (the rule is spelled out in {@link StatusSuggestion}).
 */
final class Corroboration {

	/** The weakest reliability of a credible source. */
	static final SourceReliability CREDIBLE_RELIABILITY = SourceReliability.C;

	/** The weakest information credibility of a credible report. */
	static final int CREDIBLE_CREDIBILITY = 3;

	private Corroboration() {
	}

	/**
	 * One report's backing of an event, with the grades it had when it was coded: the
	 * report as a supporting report, or the report of a claim.
	 *
	 * @param reportId the report
	 * @param sourceId its source, or {@code null} when none was recorded
	 * @param reliability the source's reliability, or {@code null}
	 * @param credibility the report's information credibility, or {@code null}
	 */
	record Backing(UUID reportId, UUID sourceId, SourceReliability reliability, Integer credibility) {

		boolean credible() {
			return this.reliability != null && this.reliability.compareTo(CREDIBLE_RELIABILITY) <= 0
					&& this.credibility != null && this.credibility <= CREDIBLE_CREDIBILITY;
		}

	}

	/**
	 * The suggested status.
	 * @param backings every backing of the event, in any order, repeats allowed
	 * @return the suggestion
	 */
	static StatusSuggestion suggest(List<Backing> backings) {
		Map<UUID, Boolean> sources = new LinkedHashMap<>();
		Set<UUID> unattributed = new HashSet<>();
		for (Backing backing : backings) {
			if (backing.sourceId() == null) {
				unattributed.add(backing.reportId());
			}
			else {
				sources.merge(backing.sourceId(), backing.credible(), Boolean::logicalOr);
			}
		}
		int credible = (int) sources.values().stream().filter(Boolean::booleanValue).count();
		VerificationStatus status = (credible >= 2) ? VerificationStatus.FAIR : VerificationStatus.SINGLE_SOURCE;
		return new StatusSuggestion(status, sources.size(), credible, unattributed.size());
	}

}
