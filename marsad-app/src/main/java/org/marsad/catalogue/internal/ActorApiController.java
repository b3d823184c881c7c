package org.marsad.catalogue.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.catalogue.Actor;
import org.marsad.catalogue.Actors;
import org.marsad.catalogue.CataloguePage;

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
 * The actor catalogue over HTTP. Everyone who reads the record may read it;
 * administrators and coordinators edit it.
 */
@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors", description = "The actor catalogue: armed and political actors with stable ids and aliases")
class ActorApiController {

	private final Actors actors;

	ActorApiController(Actors actors) {
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "List actors, or search them by name or alias")
	CataloguePage<Actor> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.actors.list(q, CatalogueParameters.page(page), CatalogueParameters.size(size));
	}

	@GetMapping("/lookup")
	@Operation(summary = "The actors of the given ids that exist, in the order asked")
	List<Actor> lookup(@RequestParam List<String> ids) {
		return this.actors.getAll(ids);
	}

	@GetMapping("/{id}")
	@Operation(summary = "An actor")
	Actor get(@PathVariable String id) {
		return this.actors.get(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add an actor (administrators, coordinators)")
	ResponseEntity<Actor> create(@RequestBody ActorRequest request) {
		Actor actor = this.actors.create(request.toChange());
		return ResponseEntity.created(URI.create("/api/actors/" + UriUtils.encodePathSegment(actor.id(), "UTF-8")))
			.body(actor);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Edit an actor, naming the version the edit started from (administrators, coordinators); "
			+ "409 when it changed since")
	Actor update(@PathVariable String id, @RequestBody ActorRequest request) {
		return this.actors.update(id, CatalogueParameters.version(request.version()), request.toChange());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an actor that nothing refers to (administrators, coordinators); "
			+ "409 when events or figures refer to it")
	ResponseEntity<Void> delete(@PathVariable String id, @RequestParam(required = false) Integer version) {
		this.actors.delete(id, CatalogueParameters.version(version));
		return ResponseEntity.noContent().build();
	}

}
