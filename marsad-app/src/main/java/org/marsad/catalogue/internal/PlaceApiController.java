package org.marsad.catalogue.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.catalogue.CataloguePage;
import org.marsad.catalogue.Place;
import org.marsad.catalogue.PlaceQuery;
import org.marsad.catalogue.Places;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * The gazetteer over HTTP. Everyone who reads the record may read it; administrators and
 * coordinators edit it.
 */
@RestController
@RequestMapping("/api/places")
@Tag(name = "Places", description = "The gazetteer: places with stable ids, names, aliases and hierarchy")
class PlaceApiController {

	private final Places places;

	/**
	 * Whether one place lies within another.
	 *
	 * @param placeId the inner place
	 * @param ancestorId the possible ancestor
	 * @param within whether it does (a place lies within itself)
	 */
	record Within(String placeId, String ancestorId, boolean within) {
	}

	PlaceApiController(Places places) {
		this.places = places;
	}

	@GetMapping
	@Operation(summary = "List places: search by name or alias (Arabic folded as report text is), "
			+ "filter by kind or parent")
	CataloguePage<Place> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String parent, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PlaceQuery query = new PlaceQuery(q, CatalogueParameters.kind(kind), CatalogueParameters.text(parent));
		return this.places.list(query, CatalogueParameters.page(page), CatalogueParameters.size(size));
	}

	@GetMapping("/lookup")
	@Operation(summary = "The places of the given ids that exist, in the order asked")
	List<Place> lookup(@RequestParam List<String> ids) {
		return this.places.getAll(ids);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A place")
	Place get(@PathVariable String id) {
		return this.places.get(id);
	}

	@GetMapping("/{id}/ancestors")
	@Operation(summary = "The places a place lies within, nearest first")
	List<Place> ancestors(@PathVariable String id) {
		return this.places.ancestors(this.places.get(id).id());
	}

	@GetMapping("/{id}/children")
	@Operation(summary = "The places directly within a place")
	List<Place> children(@PathVariable String id) {
		return this.places.children(this.places.get(id).id());
	}

	@GetMapping("/{id}/within/{ancestorId}")
	@Operation(summary = "Whether a place lies within another, at any depth")
	Within within(@PathVariable String id, @PathVariable String ancestorId) {
		return new Within(id, ancestorId, this.places.isWithin(id, ancestorId));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a place (administrators, coordinators)")
	ResponseEntity<Place> create(@RequestBody PlaceRequest request) {
		Place place = this.places.create(request.toChange());
		return ResponseEntity.created(URI.create("/api/places/" + UriUtils.encodePathSegment(place.id(), "UTF-8")))
			.body(place);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Edit a place, naming the version the edit started from (administrators, coordinators); "
			+ "409 when it changed since")
	Place update(@PathVariable String id, @RequestBody PlaceRequest request) {
		return this.places.update(id, CatalogueParameters.version(request.version()), request.toChange());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a place that nothing refers to (administrators, coordinators); "
			+ "409 when events or sub-places refer to it")
	ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) Integer version) {
		this.places.delete(id, CatalogueParameters.version(version));
		return ResponseEntity.noContent().build();
	}

}
