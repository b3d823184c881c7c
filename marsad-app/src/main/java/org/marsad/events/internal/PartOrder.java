package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders the new figures of one event so that each comes after the figure it is a part of
 * (so that {@code part_of} can name it when it is written), and refuses a
 * {@code partOfKey} that names no figure of the event, the figure itself, or closes a
 * cycle.
 */
final class PartOrder {

	private PartOrder() {
	}

	static List<CodingPlan.NewFigure> wholesFirst(Map<String, CodingPlan.NewFigure> byKey,
			Map<String, Integer> positions, Problems problems) {
		List<CodingPlan.NewFigure> ordered = new ArrayList<>();
		Set<String> placed = new HashSet<>();
		for (CodingPlan.NewFigure figure : byKey.values()) {
			String whole = figure.partOfKey();
			if (whole != null && !byKey.containsKey(whole)) {
				problems.at("figures", positions.get(figure.key())).add("partOfKey", "coding.error.partOfKeyUnknown");
			}
			else if (cycles(figure, byKey)) {
				problems.at("figures", positions.get(figure.key())).add("partOfKey", "figure.error.partOfCycle");
			}
		}
		for (CodingPlan.NewFigure figure : byKey.values()) {
			place(figure, byKey, placed, ordered);
		}
		return ordered;
	}

	private static boolean cycles(CodingPlan.NewFigure figure, Map<String, CodingPlan.NewFigure> byKey) {
		Set<String> seen = new HashSet<>();
		CodingPlan.NewFigure current = figure;
		while (current != null && current.partOfKey() != null) {
			if (!seen.add(current.key())) {
				return true;
			}
			current = byKey.get(current.partOfKey());
		}
		return false;
	}

	private static void place(CodingPlan.NewFigure figure, Map<String, CodingPlan.NewFigure> byKey, Set<String> placed,
			List<CodingPlan.NewFigure> ordered) {
		List<CodingPlan.NewFigure> chain = new ArrayList<>();
		CodingPlan.NewFigure current = figure;
		while (current != null && !placed.contains(current.key()) && !chain.contains(current)) {
			chain.add(0, current);
			current = (current.partOfKey() != null) ? byKey.get(current.partOfKey()) : null;
		}
		for (CodingPlan.NewFigure link : chain) {
			placed.add(link.key());
			ordered.add(link);
		}
	}

}
