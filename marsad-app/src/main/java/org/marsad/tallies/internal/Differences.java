package org.marsad.tallies.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.marsad.tallies.Dimension;
import org.marsad.tallies.Estimate;
import org.marsad.tallies.SnapshotSummary;
import org.marsad.tallies.TallyResult;
import org.marsad.tallies.TallyResult.Breakdown;
import org.marsad.tallies.TallyResult.Difference;
import org.marsad.tallies.TallyResult.Row;
import org.marsad.tallies.TallyResult.RowChange;

/**
 * The change of a tally since its last snapshot: the total's best estimate, and every
 * breakdown row whose value changed, appeared or went.
 */
final class Differences {

	private Differences() {
	}

	static TallyResult withDifference(TallyResult now, SnapshotSummary snapshot, TallyResult then) {
		Difference difference = new Difference(snapshot.id(), snapshot.asOf(), then.value(),
				Estimates.plain(now.value().best().subtract(then.value().best())), rowChanges(then, now));
		return new TallyResult(now.tallyId(), now.version(), now.asOf(), now.from(), now.to(), now.value(),
				now.anchor(), now.figures(), now.breakdowns(), now.series(), now.bounds(), now.warnings(),
				now.warningsFound(), now.figuresChecked(), difference);
	}

	private static List<RowChange> rowChanges(TallyResult then, TallyResult now) {
		Map<String, Estimate> before = rows(then);
		Map<String, Estimate> after = rows(now);
		List<RowChange> changes = new ArrayList<>();
		for (Map.Entry<String, Estimate> entry : after.entrySet()) {
			Estimate old = before.get(entry.getKey());
			if (!Objects.equals(old, entry.getValue())) {
				changes.add(change(entry.getKey(), old, entry.getValue()));
			}
		}
		for (Map.Entry<String, Estimate> entry : before.entrySet()) {
			if (!after.containsKey(entry.getKey())) {
				changes.add(change(entry.getKey(), entry.getValue(), null));
			}
		}
		return changes;
	}

	private static RowChange change(String name, Estimate then, Estimate now) {
		int colon = name.indexOf(':');
		return new RowChange(Dimension.ofCode(name.substring(0, colon)), name.substring(colon + 1), then, now);
	}

	private static Map<String, Estimate> rows(TallyResult result) {
		Map<String, Estimate> rows = new LinkedHashMap<>();
		for (Breakdown breakdown : result.breakdowns()) {
			for (Row row : breakdown.rows()) {
				rows.put(breakdown.dimension().code() + ":" + row.key(), row.value());
			}
		}
		return rows;
	}

}
