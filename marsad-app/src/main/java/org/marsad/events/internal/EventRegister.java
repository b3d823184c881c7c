package org.marsad.events.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.marsad.events.Candidate;
import org.marsad.events.CandidateQuery;
import org.marsad.events.Change;
import org.marsad.events.CodingRefused;
import org.marsad.events.EditConflict;
import org.marsad.events.Event;
import org.marsad.events.EventEdit;
import org.marsad.events.EventFields;
import org.marsad.events.EventFilter;
import org.marsad.events.EventPage;
import org.marsad.events.EventSummary;
import org.marsad.events.Events;
import org.marsad.events.RecordNotFound;
import org.marsad.events.ReportLink;
import org.marsad.events.StatusDecision;
import org.marsad.events.StatusSuggestion;
import org.marsad.events.Voiding;
import org.marsad.intake.PageRequest;
import org.marsad.text.vocabulary.VerificationStatus;

import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Events} use cases, each one transaction: checks first (every problem named),
 * then the conditional write (a stale version changes nothing), then the history row.
 * <ul>
 * <li>a reason: up to {@value #MAX_REASON} characters; required to void and to set a
 * status</li>
 * <li>a void event cannot be changed, linked or voided again</li>
 * <li>reads show a viewer publishable events only ({@link Clearance})</li>
 * </ul>
 */
@Transactional(readOnly = true)
class EventRegister implements Events {

	static final int MAX_REASON = 2000;

	private static final String EVENT = "event";

	private final EventRules rules;

	private final EventRepository events;

	private final EventListing listing;

	private final EventReader reader;

	private final Recorder recorder;

	private final ClaimDrafts reports;

	private final CandidateFinder candidates;

	private final ChangeLog log;

	private final Clearance clearance;

	EventRegister(EventRules rules, EventRepository events, EventListing listing, EventReader reader, Recorder recorder,
			ClaimDrafts reports, CandidateFinder candidates, ChangeLog log, Clearance clearance) {
		this.rules = rules;
		this.events = events;
		this.listing = listing;
		this.reader = reader;
		this.recorder = recorder;
		this.reports = reports;
		this.candidates = candidates;
		this.log = log;
		this.clearance = clearance;
	}

	@Override
	@Transactional
	public Event create(EventFields fields) {
		Problems problems = new Problems();
		CheckedEvent event = this.rules.check(fields, null, Horizon.today(), problems);
		problems.throwIfAny();
		UUID id = this.recorder.createEvent(event, null, Timestamps.now(), Caller.name());
		return get(id);
	}

	@Override
	@Transactional
	public Event update(UUID id, EventEdit edit) {
		EventState state = live(id);
		Problems problems = new Problems();
		Integer version = version(edit.version(), problems);
		String reason = reason(edit.reason(), false, problems);
		CheckedEvent event = this.rules.check(edit.event(), id, Horizon.today(), problems.at(EVENT));
		problems.throwIfAny();
		Instant at = Timestamps.now();
		if (!this.events.update(id, version, event, at, Caller.name())) {
			throw conflict(id, state);
		}
		this.recorder.eventChanged(id, "updated", reason, at, Caller.name());
		return get(id);
	}

	@Override
	@Transactional
	public Event voidEvent(UUID id, Voiding voiding) {
		EventState state = live(id);
		Problems problems = new Problems();
		Integer version = version(voiding.version(), problems);
		String reason = reason(voiding.reason(), true, problems);
		problems.throwIfAny();
		Instant at = Timestamps.now();
		if (!this.events.voidEvent(id, version, reason, at, Caller.name())) {
			throw conflict(id, state);
		}
		this.recorder.eventChanged(id, "voided", reason, at, Caller.name());
		return get(id);
	}

	@Override
	@Transactional
	public Event linkReport(UUID id, ReportLink link) {
		Event event = get(id);
		if (event.voided()) {
			throw CodingRefused.of("eventId", "event.error.voided");
		}
		Problems problems = new Problems();
		ReportFacts report = this.reports.report(link.reportId(), link.reportVersion(), problems);
		Spans.Checked span = null;
		if (report != null) {
			span = Spans.check(link.span(), report.text(), false, problems.at("span"));
			if (this.events.linked(id, report.reportId())) {
				problems.add("reportId", "event.error.alreadyLinked");
			}
			if (event.dateFrom().isAfter(report.date())) {
				problems.add("reportId", "event.error.reportBeforeEvent");
			}
		}
		problems.throwIfAny();
		this.recorder.linkReport(id, report, span, Timestamps.now(), Caller.name());
		return get(id);
	}

	@Override
	@Transactional
	public Event setStatus(UUID id, StatusDecision decision) {
		EventState state = live(id);
		Problems problems = new Problems();
		Integer version = version(decision.version(), problems);
		if (!Text.present(decision.status())) {
			problems.add("status", "event.error.statusRequired");
		}
		VerificationStatus status = Text.code(decision.status(), VerificationStatus.values(), VerificationStatus::code,
				"status", "event.error.status", problems);
		String reason = reason(decision.reason(), true, problems);
		problems.throwIfAny();
		Instant at = Timestamps.now();
		if (!this.events.setStatus(id, version, status, reason, at, Caller.name())) {
			throw conflict(id, state);
		}
		this.recorder.eventChanged(id, "status", reason, at, Caller.name());
		return get(id);
	}

	@Override
	public StatusSuggestion suggestStatus(UUID id) {
		this.events.state(id).orElseThrow(() -> new RecordNotFound(EVENT));
		this.clearance.checkEvent(id, EVENT);
		return this.reader.suggestion(id);
	}

	@Override
	public Event get(UUID id) {
		Event event = this.reader.event(id, EVENT);
		if (!this.clearance.shows(event.confidentiality())) {
			throw new RecordNotFound(EVENT);
		}
		return event;
	}

	@Override
	public EventPage list(EventFilter filter, PageRequest page) {
		boolean publishableOnly = !Caller.seesInternal();
		List<EventSummary> items = this.listing.page(filter, publishableOnly, page.offset(), page.size() + 1);
		boolean hasNext = items.size() > page.size();
		long total = this.listing.count(filter, publishableOnly, EventPage.COUNT_LIMIT + 1);
		boolean capped = total > EventPage.COUNT_LIMIT;
		return new EventPage(hasNext ? items.subList(0, page.size()) : items, page.page(), page.size(),
				capped ? EventPage.COUNT_LIMIT : total, capped, hasNext);
	}

	@Override
	public List<Candidate> candidates(CandidateQuery query) {
		return this.candidates.find(query)
			.stream()
			.filter((candidate) -> this.clearance.shows(candidate.event().confidentiality()))
			.toList();
	}

	@Override
	public List<Change> history(UUID id) {
		this.events.state(id).orElseThrow(() -> new RecordNotFound(EVENT));
		this.clearance.checkEvent(id, EVENT);
		return this.log.ofEvent(id);
	}

	/** An event that exists and is not void. */
	private EventState live(UUID id) {
		EventState state = this.events.state(id).orElseThrow(() -> new RecordNotFound(EVENT));
		if (state.voided()) {
			throw CodingRefused.of("version", "event.error.voided");
		}
		return state;
	}

	private RuntimeException conflict(UUID id, EventState before) {
		EventState now = this.events.state(id).orElse(before);
		if (now.voided()) {
			return CodingRefused.of("version", "event.error.voided");
		}
		return new EditConflict(EVENT, id, now.version());
	}

	static Integer version(Integer version, Problems problems) {
		if (version == null || version < 1) {
			problems.add("version", "event.error.versionRequired");
			return null;
		}
		return version;
	}

	static String reason(String reason, boolean required, Problems problems) {
		if (required && !Text.present(reason)) {
			problems.add("reason", "event.error.reasonRequired");
			return null;
		}
		return Text.limited(reason, MAX_REASON, "reason", "event.error.reasonTooLong", problems);
	}

}
