package org.marsad.events.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A catalogue and a record held in memory, for the rules' tests.
 */
final class FakeRecords implements CatalogueLookup, RecordStates {

	private final Set<String> places = new HashSet<>(Set.of("baghuz", "al-hol", "deir-ez-zor"));

	private final Set<String> actors = new HashSet<>(Set.of("sdf", "isis", "coalition"));

	private final Map<UUID, EventState> events = new HashMap<>();

	private final Map<UUID, FigureState> figures = new HashMap<>();

	UUID newEvent(UUID parent) {
		UUID id = UUID.randomUUID();
		this.events.put(id, new EventState(id, 1, false, parent));
		return id;
	}

	UUID voidEvent() {
		UUID id = UUID.randomUUID();
		this.events.put(id, new EventState(id, 2, true, null));
		return id;
	}

	UUID newFigure(UUID event, UUID partOf) {
		UUID id = UUID.randomUUID();
		this.figures.put(id, new FigureState(id, event, 1, false, partOf));
		return id;
	}

	void setParent(UUID event, UUID parent) {
		EventState state = this.events.get(event);
		this.events.put(event, new EventState(event, state.version(), false, parent));
	}

	@Override
	public Optional<EventState> event(UUID id) {
		return Optional.ofNullable(this.events.get(id));
	}

	@Override
	public Optional<FigureState> figure(UUID id) {
		return Optional.ofNullable(this.figures.get(id));
	}

	@Override
	public Set<String> knownPlaces(Collection<String> ids) {
		Set<String> known = new HashSet<>(ids);
		known.retainAll(this.places);
		return known;
	}

	@Override
	public Set<String> knownActors(Collection<String> ids) {
		Set<String> known = new HashSet<>(ids);
		known.retainAll(this.actors);
		return known;
	}

	@Override
	public Map<String, PlaceEntry> places(Collection<String> ids) {
		return Map.of();
	}

	@Override
	public Map<String, ActorEntry> actors(Collection<String> ids) {
		return Map.of();
	}

	@Override
	public Map<String, List<String>> ancestors(Collection<String> ids) {
		return Map.of();
	}

	@Override
	public List<PlaceEntry> regions() {
		return List.of();
	}

	@Override
	public List<ActorEntry> allActors() {
		return List.of();
	}

}
