package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up recorded events and figures for the checks, and walks the chains they form:
 * events through their parents, figures through {@code part_of}. Walks stop after
 * {@value #MAX_DEPTH} steps, so that a chain that loops cannot hang a check.
 */
interface RecordStates {

	/** The longest chain walked. */
	int MAX_DEPTH = 64;

	Optional<EventState> event(UUID id);

	Optional<FigureState> figure(UUID id);

	/**
	 * An event and the events above it, nearest first.
	 * @param id the event, or {@code null}
	 * @return the chain, empty for {@code null}
	 */
	default List<UUID> eventChain(UUID id) {
		List<UUID> chain = new ArrayList<>();
		UUID current = id;
		while (current != null && chain.size() < MAX_DEPTH && !chain.contains(current)) {
			chain.add(current);
			current = event(current).map(EventState::parentId).orElse(null);
		}
		return chain;
	}

	/**
	 * A figure and the figures it is a part of, nearest first.
	 * @param id the figure, or {@code null}
	 * @return the chain, empty for {@code null}
	 */
	default List<UUID> figureChain(UUID id) {
		List<UUID> chain = new ArrayList<>();
		UUID current = id;
		while (current != null && chain.size() < MAX_DEPTH && !chain.contains(current)) {
			chain.add(current);
			current = figure(current).map(FigureState::partOf).orElse(null);
		}
		return chain;
	}

}
