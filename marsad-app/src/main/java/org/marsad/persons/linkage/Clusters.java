package org.marsad.persons.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups records joined by matching pairs into connected components (union–find with path
 * halving), for the deduplication of a whole population.
 */
final class Clusters {

	private Clusters() {
	}

	static List<List<String>> of(List<LinkedPair> pairs) {
		Map<String, String> parent = new HashMap<>();
		for (LinkedPair pair : pairs) {
			if (pair.decision() == Decision.MATCH) {
				String a = root(parent, pair.leftId());
				String b = root(parent, pair.rightId());
				if (!a.equals(b)) {
					parent.put(a, b);
				}
			}
		}
		Map<String, List<String>> groups = new HashMap<>();
		for (String id : parent.keySet()) {
			groups.computeIfAbsent(root(parent, id), (r) -> new ArrayList<>()).add(id);
		}
		List<List<String>> clusters = new ArrayList<>();
		for (List<String> group : groups.values()) {
			if (group.size() > 1) {
				group.sort(Comparator.naturalOrder());
				clusters.add(List.copyOf(group));
			}
		}
		clusters.sort(Comparator.<List<String>>comparingInt(List::size).reversed());
		return clusters;
	}

	private static String root(Map<String, String> parent, String id) {
		String node = id;
		parent.putIfAbsent(node, node);
		while (!parent.get(node).equals(node)) {
			String up = parent.get(parent.get(node));
			parent.put(node, up);
			node = up;
		}
		return node;
	}

}
