package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.marsad.events.Claim;
import org.marsad.events.Event;
import org.marsad.events.Figure;
import org.marsad.events.RecordNotFound;
import org.marsad.events.StatusSuggestion;
import org.marsad.events.SupportingReport;

/**
 * Reads events and figures whole: an event with its figures, each figure with its claims
 * and the claim its rule chooses; and the status an event's sources suggest.
 */
class EventReader implements RecordStates {

	private final EventRepository events;

	private final FigureRepository figures;

	private final ClaimRepository claims;

	EventReader(EventRepository events, FigureRepository figures, ClaimRepository claims) {
		this.events = events;
		this.figures = figures;
		this.claims = claims;
	}

	@Override
	public Optional<EventState> event(UUID id) {
		return this.events.state(id);
	}

	@Override
	public Optional<FigureState> figure(UUID id) {
		return this.figures.state(id);
	}

	Event event(UUID id, String what) {
		Event event = this.events.find(id).orElseThrow(() -> new RecordNotFound(what));
		return event.withFigures(withClaims(this.figures.ofEvent(id)));
	}

	Figure figure(UUID id, String what) {
		Figure figure = this.figures.find(id).orElseThrow(() -> new RecordNotFound(what));
		return withClaims(List.of(figure)).get(0);
	}

	Claim claim(UUID id) {
		return this.claims.find(id).orElseThrow(() -> new RecordNotFound("claim"));
	}

	StatusSuggestion suggestion(UUID eventId) {
		List<Corroboration.Backing> backings = new ArrayList<>(this.claims.backingsOf(eventId));
		for (SupportingReport report : this.events.reports(eventId)) {
			backings.add(new Corroboration.Backing(report.reportId(), report.sourceId(), report.reliability(),
					report.credibility()));
		}
		return Corroboration.suggest(backings);
	}

	private List<Figure> withClaims(List<Figure> figures) {
		Map<UUID, List<Claim>> byFigure = this.claims.ofFigures(figures.stream().map(Figure::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Claim::figureId));
		return figures.stream().map((figure) -> {
			List<Claim> claims = byFigure.getOrDefault(figure.id(), List.of());
			UUID current = CurrentValue.choose(figure.valueRule(), claims).map(Claim::id).orElse(null);
			return figure.withClaims(claims, current);
		}).toList();
	}

}
