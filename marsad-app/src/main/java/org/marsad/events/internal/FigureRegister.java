package org.marsad.events.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.marsad.events.Change;
import org.marsad.events.Claim;
import org.marsad.events.CodingRefused;
import org.marsad.events.EditConflict;
import org.marsad.events.Figure;
import org.marsad.events.FigureEdit;
import org.marsad.events.FigureValue;
import org.marsad.events.Figures;
import org.marsad.events.NewClaim;
import org.marsad.events.NewFigure;
import org.marsad.events.RecordNotFound;
import org.marsad.events.Voiding;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Figures} use cases, each one transaction: checks first, then the conditional
 * write, then the history. Adding or voiding a claim recomputes the figure's value, and
 * the event's status follows its sources while no coordinator has decided it.
 * <ul>
 * <li>figures are added to events that are not void; a void figure takes no edit and no
 * claim</li>
 * <li>a figure's period may not reach past today</li>
 * </ul>
 */
@Transactional(readOnly = true)
class FigureRegister implements Figures {

	private static final String FIGURE = "figure";

	private final FigureRules rules;

	private final FigureRepository figures;

	private final ClaimRepository claims;

	private final EventReader reader;

	private final Recorder recorder;

	private final ClaimDrafts drafts;

	private final ChangeLog log;

	private final Clearance clearance;

	FigureRegister(FigureRules rules, FigureRepository figures, ClaimRepository claims, EventReader reader,
			Recorder recorder, ClaimDrafts drafts, ChangeLog log, Clearance clearance) {
		this.rules = rules;
		this.figures = figures;
		this.claims = claims;
		this.reader = reader;
		this.recorder = recorder;
		this.drafts = drafts;
		this.log = log;
		this.clearance = clearance;
	}

	@Override
	@Transactional
	public Figure add(UUID eventId, NewFigure figure) {
		EventState event = this.reader.event(eventId).orElseThrow(() -> new RecordNotFound("event"));
		if (event.voided()) {
			throw CodingRefused.of("eventId", "event.error.voided");
		}
		Problems problems = new Problems();
		FigureRules.Place place = new FigureRules.Place(null, eventId, above(event));
		CheckedFigure checked = this.rules.check(figure.figure(), place, Horizon.today(), problems.at(FIGURE));
		List<ClaimDraft> stated = new ArrayList<>();
		List<NewClaim> given = (figure.claims() != null) ? figure.claims() : List.of();
		for (int i = 0; i < given.size(); i++) {
			stated.add(this.drafts.check(given.get(i), problems.at("claims", i)));
		}
		problems.throwIfAny();
		Instant at = Timestamps.now();
		Figure created = this.recorder.createFigure(eventId, checked, stated, at, Caller.name());
		this.recorder.followSuggestion(eventId, at, Caller.name());
		return get(created.id());
	}

	@Override
	@Transactional
	public Figure update(UUID id, FigureEdit edit) {
		FigureState state = live(id);
		EventState event = this.reader.event(state.eventId()).orElseThrow();
		Problems problems = new Problems();
		Integer version = EventRegister.version(edit.version(), problems);
		String reason = EventRegister.reason(edit.reason(), false, problems);
		FigureRules.Place place = new FigureRules.Place(id, state.eventId(), above(event));
		CheckedFigure checked = this.rules.check(edit.figure(), place, Horizon.today(), problems.at(FIGURE));
		problems.throwIfAny();
		List<Claim> stated = get(id).claims();
		FigureValue value = CurrentValue.of(checked.rule(), stated, checked.manualValue());
		Instant at = Timestamps.now();
		if (!this.figures.update(id, version, checked, value, at, Caller.name())) {
			throw conflict(id, state);
		}
		this.recorder.figureChanged(id, "updated", reason, at, Caller.name());
		return get(id);
	}

	@Override
	@Transactional
	public Figure voidFigure(UUID id, Voiding voiding) {
		FigureState state = live(id);
		Problems problems = new Problems();
		Integer version = EventRegister.version(voiding.version(), problems);
		String reason = EventRegister.reason(voiding.reason(), true, problems);
		problems.throwIfAny();
		Instant at = Timestamps.now();
		if (!this.figures.voidFigure(id, version, reason, at, Caller.name())) {
			throw conflict(id, state);
		}
		this.recorder.figureChanged(id, "voided", reason, at, Caller.name());
		this.recorder.followSuggestion(state.eventId(), at, Caller.name());
		return get(id);
	}

	@Override
	@Transactional
	public Claim addClaim(UUID figureId, NewClaim claim) {
		FigureState state = live(figureId);
		Problems problems = new Problems();
		ClaimDraft draft = this.drafts.check(claim, problems);
		problems.throwIfAny();
		Instant at = Timestamps.now();
		Claim stored = this.recorder.addClaim(figureId, draft, at, Caller.name());
		this.recorder.followSuggestion(state.eventId(), at, Caller.name());
		return this.reader.claim(stored.id());
	}

	@Override
	@Transactional
	public Claim voidClaim(UUID id, Voiding voiding) {
		Claim claim = this.reader.claim(id);
		Problems problems = new Problems();
		String reason = EventRegister.reason(voiding.reason(), true, problems);
		problems.throwIfAny();
		if (!this.claims.voidClaim(id, reason)) {
			throw CodingRefused.of("reason", "claim.error.voided");
		}
		Instant at = Timestamps.now();
		this.recorder.claimVoided(claim, at, Caller.name());
		UUID eventId = this.reader.figure(claim.figureId()).orElseThrow().eventId();
		this.recorder.followSuggestion(eventId, at, Caller.name());
		return this.reader.claim(id);
	}

	@Override
	public Figure get(UUID id) {
		Figure figure = this.reader.figure(id, FIGURE);
		this.clearance.checkEvent(figure.eventId(), FIGURE);
		return figure;
	}

	@Override
	public List<Change> history(UUID id) {
		this.figures.state(id).orElseThrow(() -> new RecordNotFound(FIGURE));
		this.clearance.checkFigure(id, FIGURE);
		return this.log.ofFigure(id);
	}

	private List<UUID> above(EventState event) {
		return this.reader.eventChain(event.parentId());
	}

	/** A figure that exists and is not void. */
	private FigureState live(UUID id) {
		FigureState state = this.figures.state(id).orElseThrow(() -> new RecordNotFound(FIGURE));
		if (state.voided()) {
			throw CodingRefused.of("version", "figure.error.voided");
		}
		return state;
	}

	private RuntimeException conflict(UUID id, FigureState before) {
		FigureState now = this.figures.state(id).orElse(before);
		if (now.voided()) {
			return CodingRefused.of("version", "figure.error.voided");
		}
		return new EditConflict(FIGURE, id, now.version());
	}

}
