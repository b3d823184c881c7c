package org.marsad.events.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.marsad.events.Claim;
import org.marsad.events.FigureValue;
import org.marsad.events.ValueRule;
import org.marsad.text.vocabulary.InformationCredibility;
import org.marsad.text.vocabulary.SourceReliability;

/**
 * A figure's current value under its {@link ValueRule}: which claim gives it.
 * <ul>
 * <li>voided claims never count</li>
 * <li>best graded: source reliability A before B … before F, an ungraded source as F;
 * then information credibility 1 before 2 … before 6, ungraded as 6</li>
 * <li>most recent: the later day stated (a claim without one counts as the oldest), then
 * the later coding</li>
 * <li>highest / lowest: by {@link FigureValue#magnitude()}</li>
 * <li>every rule ends ties with the most recent claim, and then by id, so that the choice
 * never depends on the order the claims were read in</li>
 * <li>manual: no claim; the value set on the figure</li>
 * </ul>
 */
final class CurrentValue {

	private static final Comparator<Claim> RECENCY = Comparator
		.comparing(Claim::statedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(Claim::createdAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
		.thenComparing(Claim::id);

	private static final Comparator<Claim> GRADE = Comparator.comparingInt(CurrentValue::reliabilityRank)
		.reversed()
		.thenComparing(Comparator.comparingInt(CurrentValue::credibilityRank).reversed());

	private static final Comparator<Claim> MAGNITUDE = Comparator.comparing((Claim claim) -> claim.value().magnitude(),
			Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()));

	private CurrentValue() {
	}

	/**
	 * The claim that gives a figure its value.
	 * @param rule the figure's rule
	 * @param claims its claims, in any order
	 * @return the claim, or empty under the manual rule or without a claim that counts
	 */
	static Optional<Claim> choose(ValueRule rule, List<Claim> claims) {
		if (rule == ValueRule.MANUAL) {
			return Optional.empty();
		}
		return claims.stream().filter((claim) -> !claim.voided() && claim.value() != null).max(order(rule));
	}

	/**
	 * The value a figure takes.
	 * @param rule the figure's rule
	 * @param claims its claims
	 * @param manual the value set by hand, for the manual rule
	 * @return the value, or {@code null} when there is none
	 */
	static FigureValue of(ValueRule rule, List<Claim> claims, FigureValue manual) {
		if (rule == ValueRule.MANUAL) {
			return manual;
		}
		return choose(rule, claims).map(Claim::value).orElse(null);
	}

	/** The order in which the greatest claim wins. */
	private static Comparator<Claim> order(ValueRule rule) {
		return switch (rule) {
			case BEST_GRADED -> GRADE.thenComparing(RECENCY);
			case MOST_RECENT, MANUAL -> RECENCY;
			case HIGHEST -> MAGNITUDE.thenComparing(RECENCY);
			case LOWEST -> MAGNITUDE.reversed().thenComparing(RECENCY);
		};
	}

	/** 0 for A (best) to 5 for F; an ungraded source as F. */
	static int reliabilityRank(Claim claim) {
		SourceReliability reliability = claim.reliability();
		return (reliability != null) ? reliability.ordinal() : SourceReliability.F.ordinal();
	}

	/** 1 (best) to 6; ungraded as 6. */
	static int credibilityRank(Claim claim) {
		Integer credibility = claim.credibility();
		return (credibility != null) ? credibility : InformationCredibility.CANNOT_BE_JUDGED.grade();
	}

}
