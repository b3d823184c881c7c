package org.marsad.catalogue.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parent relation of the catalogue's places, in memory: the ancestors of a place, the
 * places below it, and whether a new parent would close a loop.
 * <ul>
 * <li>a parent id that names no place of the catalogue ends the chain there: the place
 * has no ancestors beyond it (imports may name parents a later file supplies)</li>
 * <li>a chain that comes back to a place it passed is a cycle; the catalogue never stores
 * one, and {@link #cycles()} finds them in what an import would store</li>
 * </ul>
 */
final class PlaceHierarchy {

	private final Map<String, String> parents;

	private final Map<String, List<String>> children = new HashMap<>();

	/**
	 * Builds the hierarchy.
	 * @param parents every place's id with its parent id ({@code null} for none)
	 */
	PlaceHierarchy(Map<String, String> parents) {
		this.parents = parents;
		parents.forEach((id, parent) -> {
			if (parent != null) {
				this.children.computeIfAbsent(parent, (key) -> new ArrayList<>()).add(id);
			}
		});
	}

	/**
	 * A place's chain: itself, then each ancestor present, nearest first.
	 * @param id the place, which must be present
	 * @return the chain; it stops before a repeated place should there be a cycle
	 */
	List<String> chain(String id) {
		List<String> chain = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String current = id;
		while (current != null && this.parents.containsKey(current) && seen.add(current)) {
			chain.add(current);
			current = this.parents.get(current);
		}
		return chain;
	}

	/**
	 * Whether giving a place a parent would make it its own ancestor.
	 * @param id the place
	 * @param parentId the new parent, or {@code null}
	 * @return whether the parent is the place itself or lies within it
	 */
	boolean wouldLoop(String id, String parentId) {
		if (parentId == null) {
			return false;
		}
		return parentId.equals(id) || chain(parentId).contains(id);
	}

	/**
	 * The given places and every place below them, at any depth, that is present.
	 * @param ids the places
	 * @return the places, each once
	 */
	Set<String> withDescendants(Collection<String> ids) {
		Set<String> found = new LinkedHashSet<>();
		Deque<String> pending = new ArrayDeque<>(ids);
		while (!pending.isEmpty()) {
			String id = pending.pop();
			if (found.add(id)) {
				pending.addAll(this.children.getOrDefault(id, List.of()));
			}
		}
		found.retainAll(this.parents.keySet());
		return found;
	}

	/**
	 * The places that are their own ancestors.
	 * @param among the places to test
	 * @return those of them on a cycle
	 */
	Set<String> cycles(Collection<String> among) {
		Set<String> looping = new LinkedHashSet<>();
		for (String id : among) {
			String parent = this.parents.get(id);
			if (parent != null && (parent.equals(id) || chain(parent).contains(id))) {
				looping.add(id);
			}
		}
		return looping;
	}

	/** How many places there are. */
	int size() {
		return this.parents.size();
	}

}
