package org.marsad.events.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.marsad.events.Candidate;
import org.marsad.events.CandidateQuery;
import org.marsad.events.Change;
import org.marsad.events.Event;
import org.marsad.events.EventEdit;
import org.marsad.events.EventFields;
import org.marsad.events.EventPage;
import org.marsad.events.Events;
import org.marsad.events.Figure;
import org.marsad.events.Figures;
import org.marsad.events.NewFigure;
import org.marsad.events.ReportLink;
import org.marsad.events.StatusDecision;
import org.marsad.events.StatusSuggestion;
import org.marsad.events.Voiding;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events over HTTP: record, list, read, change, void, link reports, set the status, find
 * candidates, read the history, add figures.
 */
@RestController
@RequestMapping(path = "/api/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events", description = "Coded events with their figures, claims, sources and history")
class EventApiController {

	private final Events events;

	private final Figures figures;

	EventApiController(Events events, Figures figures) {
		this.events = events;
		this.figures = figures;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record an event")
	ResponseEntity<Event> create(@RequestBody EventFields event) {
		Event created = this.events.create(event);
		return ResponseEntity.created(URI.create("/api/events/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(summary = "List events, latest first; the place filter includes the places within it")
	EventPage list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String type, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String placeId,
			@RequestParam(required = false) String actorId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String voided) {
		return this.events.list(EventListParameters.filter(type, from, to, placeId, actorId, status, voided),
				EventListParameters.page(page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "An event with its actors, reports, figures and claims")
	Event get(@PathVariable UUID id) {
		return this.events.get(id);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an event; 409 when it changed since the version sent")
	Event update(@PathVariable UUID id, @RequestBody EventEdit edit) {
		return this.events.update(id, edit);
	}

	@PostMapping(path = "/{id}/void", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Void an event with a reason; it stays in the record")
	Event voidEvent(@PathVariable UUID id, @RequestBody Voiding voiding) {
		return this.events.voidEvent(id, voiding);
	}

	@PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set the verification status with a reason (coordinators)")
	Event status(@PathVariable UUID id, @RequestBody StatusDecision decision) {
		return this.events.setStatus(id, decision);
	}

	@GetMapping("/{id}/suggested-status")
	@Operation(summary = "The status the event's independent sources and their grades suggest")
	StatusSuggestion suggestedStatus(@PathVariable UUID id) {
		return this.events.suggestStatus(id);
	}

	@PostMapping(path = "/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Link a report to the event as one more source")
	Event link(@PathVariable UUID id, @RequestBody ReportLink link) {
		return this.events.linkReport(id, link);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change to the event, its figures and claims, oldest first")
	List<Change> history(@PathVariable UUID id) {
		return this.events.history(id);
	}

	@PostMapping(path = "/{id}/figures", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Add a figure to the event, with its claims")
	ResponseEntity<Figure> addFigure(@PathVariable UUID id, @RequestBody NewFigure figure) {
		Figure created = this.figures.add(id, figure);
		return ResponseEntity.created(URI.create("/api/figures/" + created.id())).body(created);
	}

	@PostMapping(path = "/candidates", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Recorded events that a draft may be about, best first, with the reasons")
	List<Candidate> candidates(@RequestBody CandidateQuery query) {
		return this.events.candidates(query);
	}

}
