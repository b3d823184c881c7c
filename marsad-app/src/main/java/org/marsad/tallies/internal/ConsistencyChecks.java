package org.marsad.tallies.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marsad.tallies.Check;
import org.marsad.tallies.Estimate;
import org.marsad.tallies.TallyResult.Breakdown;
import org.marsad.tallies.TallyResult.Row;
import org.marsad.tallies.TallyResult.Warning;

/**
 * The consistency checks of issue 5, with no database and no framework. A check fires
 * only when the records certainly disagree: when the smallest value one allows is above
 * the largest the other allows ({@link Estimate#certainlyAbove}), counting exclusive
 * bounds.
 * <ul>
 * <li>{@link Check#PART_EXCEEDS_WHOLE}: a part larger than its whole (same unit, or
 * families among persons)</li>
 * <li>{@link Check#RUNNING_TOTAL_DECREASES}: of two comparable running totals (same keys,
 * place, age and sex), the one whose window holds the other's is smaller: the total fell
 * over time, or the count since an earlier day is below the count since a later one</li>
 * <li>{@link Check#CLAIMS_DISJOINT}: two claims of one figure that do not overlap</li>
 * <li>{@link Check#BREAKDOWN_EXCEEDS_TOTAL}: the rows of a breakdown that adds up to the
 * total sum to more than the total</li>
 * </ul>
 */
final class ConsistencyChecks {

	private ConsistencyChecks() {
	}

	static List<Warning> partsExceedingWholes(List<PartPair> pairs) {
		List<Warning> warnings = new ArrayList<>();
		for (PartPair pair : pairs) {
			if (pair.comparable() && pair.partValue().certainlyAbove(pair.wholeValue())) {
				warnings.add(new Warning(Check.PART_EXCEEDS_WHOLE, List.of(pair.part(), pair.whole()), List.of(), null,
						List.of(pair.partValue(), pair.wholeValue())));
			}
		}
		return warnings;
	}

	static List<Warning> decreasingRunningTotals(List<Statement> statements) {
		List<Warning> warnings = new ArrayList<>();
		for (List<Statement> series : Statement.Series.of(statements)) {
			for (Statement larger : series) {
				for (Statement smaller : series) {
					if (larger != smaller && larger.contains(smaller)
							&& smaller.value().certainlyAbove(larger.value())) {
						warnings.add(new Warning(Check.RUNNING_TOTAL_DECREASES,
								List.of(larger.figureId(), smaller.figureId()), List.of(), null,
								List.of(larger.value(), smaller.value())));
					}
				}
			}
		}
		return warnings;
	}

	static List<Warning> disjointClaims(List<ClaimValue> claims) {
		Map<UUID, List<ClaimValue>> byFigure = new LinkedHashMap<>();
		for (ClaimValue claim : claims) {
			byFigure.computeIfAbsent(claim.figure(), (id) -> new ArrayList<>()).add(claim);
		}
		List<Warning> warnings = new ArrayList<>();
		for (List<ClaimValue> ofFigure : byFigure.values()) {
			for (int i = 0; i < ofFigure.size(); i++) {
				for (int j = i + 1; j < ofFigure.size(); j++) {
					ClaimValue a = ofFigure.get(i);
					ClaimValue b = ofFigure.get(j);
					if (a.value().certainlyAbove(b.value()) || b.value().certainlyAbove(a.value())) {
						warnings.add(new Warning(Check.CLAIMS_DISJOINT, List.of(a.figure()),
								List.of(a.claim(), b.claim()), null, List.of(a.value(), b.value())));
					}
				}
			}
		}
		return warnings;
	}

	static List<Warning> breakdownsExceedingTotal(Estimate total, UUID totalAnchor, List<Breakdown> breakdowns) {
		List<Warning> warnings = new ArrayList<>();
		for (Breakdown breakdown : breakdowns) {
			if (!breakdown.dimension().partitionsTotal()) {
				continue;
			}
			Estimate sum = Estimate.ZERO;
			List<UUID> figures = new ArrayList<>();
			for (Row row : breakdown.rows()) {
				sum = Estimates.sum(sum, row.value());
				if (row.anchor() != null) {
					figures.add(row.anchor());
				}
			}
			if (sum.certainlyAbove(total)) {
				if (totalAnchor != null) {
					figures.add(totalAnchor);
				}
				warnings.add(new Warning(Check.BREAKDOWN_EXCEEDS_TOTAL, List.copyOf(figures), List.of(),
						breakdown.dimension(), List.of(sum, total)));
			}
		}
		return warnings;
	}

}
