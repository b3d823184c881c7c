package org.marsad.catalogue.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.marsad.catalogue.CatalogueChanged;
import org.marsad.catalogue.CatalogueConflict;
import org.marsad.catalogue.CataloguePage;
import org.marsad.catalogue.CatalogueRefused;
import org.marsad.catalogue.CatalogueRefused.Problem;
import org.marsad.catalogue.NotInCatalogue;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceChange;
import org.marsad.catalogue.PlaceQuery;
import org.marsad.catalogue.Places;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Places} use cases.
 * <ul>
 * <li>a typed place is checked by {@link PlaceRules}; its parent must exist and must not
 * lie within it</li>
 * <li>places added or edited by people get the origin {@value #CURATED}</li>
 * <li>an edit writes only if the place is still at the version it started from</li>
 * <li>a deletion is refused while sub-places name the place as parent or events refer to
 * it (the database's foreign keys say so)</li>
 * </ul>
 */
@Transactional(readOnly = true)
class PlaceRegister implements Places {

	static final String CURATED = "curated";

	private final PlaceRepository places;

	private final PlaceRows rows;

	private final PlaceClosure closure;

	private final ApplicationEventPublisher events;

	PlaceRegister(PlaceRepository places, PlaceRows rows, PlaceClosure closure, ApplicationEventPublisher events) {
		this.places = places;
		this.rows = rows;
		this.closure = closure;
		this.events = events;
	}

	@Override
	public Place get(String id) {
		return this.places.find(id).orElseThrow(() -> new NotInCatalogue("place"));
	}

	@Override
	public List<Place> getAll(Collection<String> ids) {
		return (ids == null) ? List.of() : this.places.findAll(ids.stream().filter(Objects::nonNull).toList());
	}

	@Override
	public CataloguePage<Place> list(PlaceQuery query, int page, int size) {
		PageBounds.check(page, size);
		PlaceQuery given = (query != null) ? query : PlaceQuery.ALL;
		return new CataloguePage<>(this.places.page(given, (long) page * size, size), page, size,
				this.places.count(given));
	}

	@Override
	public List<Place> children(String id) {
		return this.places.children(id);
	}

	@Override
	public List<Place> ancestors(String id) {
		return this.places.ancestors(id);
	}

	@Override
	public boolean isWithin(String placeId, String ancestorId) {
		return placeId != null && ancestorId != null && this.places.isWithin(placeId, ancestorId);
	}

	@Override
	public List<Place> all() {
		return this.places.all();
	}

	@Override
	public String revision() {
		return this.places.revision();
	}

	@Override
	@Transactional
	public Place create(PlaceChange change) {
		List<Problem> problems = new ArrayList<>();
		org.marsad.text.Place content = PlaceRules.read(change, null, problems);
		if (content.parentId() != null && !this.places.exists(content.parentId())) {
			problems.add(new Problem("parentId", "catalogue.error.parentUnknown"));
		}
		refuseIfAny(problems);
		if (this.places.exists(content.id())) {
			throw new CatalogueConflict("id", CatalogueConflict.TAKEN);
		}
		this.rows.insert(List.of(stored(content, 1)));
		this.closure.refresh(List.of(content.id()));
		changed(content.id());
		return get(content.id());
	}

	@Override
	@Transactional
	public Place update(String id, int version, PlaceChange change) {
		Place current = get(id);
		List<Problem> problems = new ArrayList<>();
		org.marsad.text.Place content = PlaceRules.read(change, current.id(), problems);
		String parent = content.parentId();
		if (parent != null && !parent.equals(id) && !this.places.exists(parent)) {
			problems.add(new Problem("parentId", "catalogue.error.parentUnknown"));
		}
		else if (parent != null && !parent.equals(id)
				&& new PlaceHierarchy(this.places.parents()).wouldLoop(id, parent)) {
			problems.add(new Problem("parentId", "catalogue.error.parentLoop"));
		}
		refuseIfAny(problems);
		if (!this.rows.update(stored(content, version + 1), version)) {
			throw new CatalogueConflict("version", CatalogueConflict.STALE);
		}
		if (!Objects.equals(current.parentId(), parent)) {
			this.closure.refresh(List.of(id));
		}
		changed(id);
		return get(id);
	}

	@Override
	@Transactional
	public void delete(String id, int version) {
		Place current = get(id);
		if (current.version() != version) {
			throw new CatalogueConflict("version", CatalogueConflict.STALE);
		}
		if (this.places.hasChildren(id)) {
			throw new CatalogueConflict("id", CatalogueConflict.HAS_CHILDREN);
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

	private static Place stored(org.marsad.text.Place content, int version) {
		return new Place(content.id(), content.nameAr(), content.nameEn(), content.kind(), content.lat(), content.lon(),
				content.parentId(), content.aliases(), CURATED, version, Timestamps.now(), Caller.name());
	}

	private void changed(String id) {
		this.events.publishEvent(new CatalogueChanged(Set.of(id), Set.of()));
	}

	private static void refuseIfAny(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new CatalogueRefused(problems);
		}
	}

}
