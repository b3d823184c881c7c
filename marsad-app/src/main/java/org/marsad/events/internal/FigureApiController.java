package org.marsad.events.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.events.Change;
import org.marsad.events.Claim;
import org.marsad.events.Figure;
import org.marsad.events.FigureEdit;
import org.marsad.events.Figures;
import org.marsad.events.NewClaim;
import org.marsad.events.Voiding;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures and claims over HTTP: read, change, void, add and void claims, history.
 */
@RestController
@Tag(name = "Figures", description = "Figures of events and the claims behind each value")
class FigureApiController {

	private final Figures figures;

	FigureApiController(Figures figures) {
		this.figures = figures;
	}

	@GetMapping(path = "/api/figures/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A figure with its claims and current value")
	Figure get(@PathVariable UUID id) {
		return this.figures.get(id);
	}

	@PutMapping(path = "/api/figures/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change a figure; 409 when it changed since the version sent")
	Figure update(@PathVariable UUID id, @RequestBody FigureEdit edit) {
		return this.figures.update(id, edit);
	}

	@PostMapping(path = "/api/figures/{id}/void", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Void a figure with a reason")
	Figure voidFigure(@PathVariable UUID id, @RequestBody Voiding voiding) {
		return this.figures.voidFigure(id, voiding);
	}

	@PostMapping(path = "/api/figures/{id}/claims", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a report's claim of the figure's value; the value follows the figure's rule")
	ResponseEntity<Claim> addClaim(@PathVariable UUID id, @RequestBody NewClaim claim) {
		Claim created = this.figures.addClaim(id, claim);
		return ResponseEntity.created(URI.create("/api/figures/" + id)).body(created);
	}

	@GetMapping(path = "/api/figures/{id}/history", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every change to the figure and its claims, oldest first")
	List<Change> history(@PathVariable UUID id) {
		return this.figures.history(id);
	}

	@PostMapping(path = "/api/claims/{id}/void", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Void a claim with a reason; the figure's value is recomputed without it")
	Claim voidClaim(@PathVariable UUID id, @RequestBody Voiding voiding) {
		return this.figures.voidClaim(id, voiding);
	}

}
