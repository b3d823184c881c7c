package org.marsad.catalogue.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.marsad.catalogue.Actor;
import org.marsad.catalogue.ActorChange;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.CatalogueChanged;
import org.marsad.catalogue.CatalogueConflict;
import org.marsad.catalogue.CataloguePage;
import org.marsad.catalogue.CatalogueRefused;
import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.catalogue.NotInCatalogue;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Actors} use cases.
 * <ul>
 * <li>a typed actor is checked by {@link ActorRules}; an id made from the English name
 * that is taken gets a number ({@code free_syrian_army_2}), a typed id that is taken is
 * refused</li>
 * <li>actors added or edited by people get the origin {@value PlaceRegister#CURATED}</li>
 * <li>an edit writes only if the actor is still at the version it started from</li>
 * <li>a deletion is refused while events or figures refer to the actor</li>
 * </ul>
 */
@Transactional(readOnly = true)
class ActorRegister implements Actors {

	private static final int MAX_NUMBERED = 100;

	private final ActorRepository actors;

	private final ActorRows rows;

	private final ApplicationEventPublisher events;

	ActorRegister(ActorRepository actors, ActorRows rows, ApplicationEventPublisher events) {
		this.actors = actors;
		this.rows = rows;
		this.events = events;
	}

	@Override
	public Actor get(String id) {
		return this.actors.find(id).orElseThrow(() -> new NotInCatalogue("actor"));
	}

	@Override
	public List<Actor> getAll(Collection<String> ids) {
		return (ids == null) ? List.of() : this.actors.findAll(ids.stream().filter(Objects::nonNull).toList());
	}

	@Override
	public CataloguePage<Actor> list(String name, int page, int size) {
		PageBounds.check(page, size);
		return new CataloguePage<>(this.actors.page(name, (long) page * size, size), page, size,
				this.actors.count(name));
	}

	@Override
	public List<Actor> all() {
		return this.actors.all();
	}

	@Override
	public String revision() {
		return this.actors.revision();
	}

	@Override
	@Transactional
	public Actor create(ActorChange change) {
		List<Problem> problems = new ArrayList<>();
		org.marsad.text.actors.Actor content = ActorRules.read(change, null, problems);
		refuseIfAny(problems);
		String id = content.id();
		if (this.actors.exists(id)) {
			if (EntryRules.clean(change.id()) != null) {
				throw new CatalogueConflict("id", CatalogueConflict.TAKEN);
			}
			id = freeNumbered(id);
		}
		this.rows.insert(List.of(stored(id, content, 1)));
		changed(id);
		return get(id);
	}

	@Override
	@Transactional
	public Actor update(String id, int version, ActorChange change) {
		Actor current = get(id);
		List<Problem> problems = new ArrayList<>();
		org.marsad.text.actors.Actor content = ActorRules.read(change, current.id(), problems);
		refuseIfAny(problems);
		if (!this.rows.update(stored(id, content, version + 1), version)) {
			throw new CatalogueConflict("version", CatalogueConflict.STALE);
		}
		changed(id);
		return get(id);
	}

	@Override
	@Transactional
	public void delete(String id, int version) {
		Actor current = get(id);
		if (current.version() != version) {
			throw new CatalogueConflict("version", CatalogueConflict.STALE);
		}
		try {
			if (!this.rows.delete(id, version)) {
				throw new CatalogueConflict("version", CatalogueConflict.STALE);
			}
		}
		catch (DataIntegrityViolationException ex) {
			throw new CatalogueConflict("id", CatalogueConflict.IN_USE);
		}
		changed(id);
	}

	private String freeNumbered(String id) {
		for (int n = 2; n < MAX_NUMBERED; n++) {
			String numbered = id + "_" + n;
			if (!this.actors.exists(numbered)) {
				return numbered;
			}
		}
		throw new CatalogueConflict("id", CatalogueConflict.TAKEN);
	}

	private static Actor stored(String id, org.marsad.text.actors.Actor content, int version) {
		return new Actor(id, content.nameAr(), content.nameEn(), content.aliases(), PlaceRegister.CURATED, version,
				Timestamps.now(), Caller.name());
	}

	private void changed(String id) {
		this.events.publishEvent(new CatalogueChanged(Set.of(), Set.of(id)));
	}

	private static void refuseIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new CatalogueRefused(problems);
		}
	}

}
