package org.marsad.events.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.marsad.events.Claim;
import org.marsad.events.CodingRefused;
import org.marsad.events.Event;
import org.marsad.events.EventChanged;
import org.marsad.events.EventRecorded;
import org.marsad.events.Figure;
import org.marsad.events.FigureChanged;
import org.marsad.events.FigureValue;
import org.marsad.events.SupportingReport;
import org.marsad.text.vocabulary.VerificationStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

/**
 * Writes coded records together with their history and the module events that announce
 * them, so that no change is stored without its {@code coding_change} row.
 * <ul>
 * <li>a new event starts as {@code single_source}, then follows its suggested status
 * while no coordinator has decided one</li>
 * <li>a figure's value is recomputed by its rule whenever its claims change, and the
 * figure gets a new version</li>
 * </ul>
 * Callers run it inside their transaction and check everything first.
 */
class Recorder {

	private final EventRepository events;

	private final FigureRepository figures;

	private final ClaimRepository claims;

	private final ChangeLog log;

	private final EventReader reader;

	private final ApplicationEventPublisher publisher;

	Recorder(EventRepository events, FigureRepository figures, ClaimRepository claims, ChangeLog log,
			EventReader reader, ApplicationEventPublisher publisher) {
		this.events = events;
		this.figures = figures;
		this.claims = claims;
		this.log = log;
		this.reader = reader;
		this.publisher = publisher;
	}

	UUID createEvent(CheckedEvent event, UUID reportId, Instant at, String by) {
		UUID id = UUID.randomUUID();
		this.events.insert(id, event, VerificationStatus.SINGLE_SOURCE, at, by);
		Event stored = bare(id);
		this.log.record(ChangeLog.EVENT, id, stored.version(), "created", null, Contents.of(stored), at, by);
		this.publisher.publishEvent(new EventRecorded(id, reportId));
		return id;
	}

	/**
	 * Records a change already made to an event row.
	 * @param id the event
	 * @param action {@code updated}, {@code voided} or {@code status}
	 * @param reason why, or {@code null}
	 */
	void eventChanged(UUID id, String action, String reason, Instant at, String by) {
		Event changed = bare(id);
		this.log.record(ChangeLog.EVENT, id, changed.version(), action, reason, Contents.of(changed), at, by);
		this.publisher.publishEvent(new EventChanged(id, changed.version(), action));
	}

	/**
	 * Links a report to an event.
	 * @throws CodingRefused when another request linked the same report in the meantime
	 */
	void linkReport(UUID eventId, ReportFacts report, Spans.Checked span, Instant at, String by) {
		try {
			this.events.link(eventId,
					new SupportingReport(report.reportId(), report.version(), (span != null) ? span.start() : null,
							(span != null) ? span.end() : null, report.sourceId(), report.reliability(),
							report.credibility(), at, by));
		}
		catch (DuplicateKeyException ex) {
			throw CodingRefused.of("reportId", "event.error.alreadyLinked");
		}
		this.events.touch(eventId, at, by);
		eventChanged(eventId, "linked", null, at, by);
		followSuggestion(eventId, at, by);
	}

	/**
	 * Moves an event to its suggested status after its sources changed, unless a
	 * coordinator decided its status or it is void.
	 */
	void followSuggestion(UUID eventId, Instant at, String by) {
		Event event = bare(eventId);
		if (event.voided() || event.statusDecided()) {
			return;
		}
		VerificationStatus suggested = this.reader.suggestion(eventId).status();
		if (suggested != event.status()) {
			this.events.setStatus(eventId, null, suggested, null, at, by);
			eventChanged(eventId, "status", null, at, by);
		}
	}

	/**
	 * Writes a new figure with its claims.
	 * @return the figure as stored, with its claims
	 */
	Figure createFigure(UUID eventId, CheckedFigure figure, List<ClaimDraft> drafts, Instant at, String by) {
		UUID id = UUID.randomUUID();
		List<Claim> stated = drafts.stream().map((draft) -> draft.toClaim(id, at, by)).toList();
		FigureValue value = CurrentValue.of(figure.rule(), stated, figure.manualValue());
		this.figures.insert(id, eventId, figure, value, at, by);
		for (Claim claim : stated) {
			this.claims.insert(claim);
		}
		Figure stored = this.reader.figure(id, "figure");
		this.log.record(ChangeLog.FIGURE, id, stored.version(), "created", null, Contents.of(stored), at, by);
		for (Claim claim : stored.claims()) {
			this.log.record(ChangeLog.CLAIM, claim.id(), 1, "created", null, Contents.of(claim), at, by);
		}
		this.publisher.publishEvent(new FigureChanged(id, eventId, stored.version(), "created"));
		return stored;
	}

	/**
	 * Records a change already made to a figure row.
	 * @param id the figure
	 * @param action {@code updated} or {@code voided}
	 * @param reason why, or {@code null}
	 */
	void figureChanged(UUID id, String action, String reason, Instant at, String by) {
		Figure changed = this.reader.figure(id, "figure");
		this.log.record(ChangeLog.FIGURE, id, changed.version(), action, reason, Contents.of(changed), at, by);
		this.publisher.publishEvent(new FigureChanged(id, changed.eventId(), changed.version(), action));
	}

	Claim addClaim(UUID figureId, ClaimDraft draft, Instant at, String by) {
		Claim claim = draft.toClaim(figureId, at, by);
		this.claims.insert(claim);
		this.log.record(ChangeLog.CLAIM, claim.id(), 1, "created", null, Contents.of(claim), at, by);
		revalue(figureId, at, by);
		return claim;
	}

	/** Records a claim already voided, and the value of its figure without it. */
	void claimVoided(Claim claim, Instant at, String by) {
		Claim voided = this.reader.claim(claim.id());
		this.log.record(ChangeLog.CLAIM, claim.id(), 1, "voided", voided.voidReason(), Contents.of(voided), at, by);
		revalue(claim.figureId(), at, by);
	}

	/** Recomputes a figure's value from its claims, as a new version of the figure. */
	private void revalue(UUID figureId, Instant at, String by) {
		Figure figure = this.reader.figure(figureId, "figure");
		FigureValue value = CurrentValue.of(figure.valueRule(), figure.claims(), figure.value());
		this.figures.setValue(figureId, value, at, by);
		figureChanged(figureId, "updated", null, at, by);
	}

	/** An event without its figures (the history keeps them apart). */
	private Event bare(UUID id) {
		return this.events.find(id).orElseThrow();
	}

}
