package org.marsad.events.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.CodedEvent;
import org.marsad.events.CodedFigure;
import org.marsad.events.CodingSubmission;
import org.marsad.events.Event;
import org.marsad.events.EventLink;
import org.marsad.events.FigureClaim;
import org.marsad.events.RecordNotFound;

/**
 * Checks a whole coding submission against the report before anything is written, naming
 * every problem by its path. Besides the rules of events, figures and claims:
 * <ul>
 * <li>at least one new event or link</li>
 * <li>dates of new events and periods of figures not after the report's date</li>
 * <li>figure keys: required, unique in the submission; {@code partOfKey} names another
 * new figure of the same event, not together with {@code figure.partOf}, and the keys
 * form no cycle</li>
 * <li>links: a recorded event that is not void, not dated after the report, each event at
 * most once; claims only for figures of that event that are not void</li>
 * </ul>
 */
class SubmissionCheck {

	private final EventRules eventRules;

	private final FigureRules figureRules;

	private final EventReader reader;

	SubmissionCheck(EventRules eventRules, FigureRules figureRules, EventReader reader) {
		this.eventRules = eventRules;
		this.figureRules = figureRules;
		this.reader = reader;
	}

	/**
	 * Checks a submission.
	 * @param report the report being coded
	 * @param submission what was coded
	 * @param alreadyLinked the events the report supports already
	 * @return the plan to write
	 * @throws org.marsad.events.CodingRefused naming every problem
	 */
	CodingPlan check(ReportFacts report, CodingSubmission submission, Set<UUID> alreadyLinked) {
		Problems problems = new Problems();
		List<CodedEvent> events = (submission.events() != null) ? submission.events() : List.of();
		List<EventLink> links = (submission.links() != null) ? submission.links() : List.of();
		if (events.isEmpty() && links.isEmpty()) {
			problems.add("events", "coding.error.empty");
		}
		Set<String> keys = new HashSet<>();
		List<CodingPlan.NewEvent> newEvents = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			newEvents.add(newEvent(report, events.get(i), keys, problems.at("events", i)));
		}
		List<CodingPlan.Link> planned = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int i = 0; i < links.size(); i++) {
			planned.add(link(report, links.get(i), keys, seen, alreadyLinked, problems.at("links", i)));
		}
		problems.throwIfAny();
		return new CodingPlan(report, newEvents, planned);
	}

	private CodingPlan.NewEvent newEvent(ReportFacts report, CodedEvent coded, Set<String> keys, Problems problems) {
		if (coded == null) {
			problems.add("event.error.required");
			return null;
		}
		CheckedEvent event = this.eventRules.check(coded.event(), null, report.horizon(), problems.at("event"));
		Spans.Checked span = Spans.check(coded.span(), report.text(), false, problems.at("span"));
		List<UUID> above = (event != null) ? this.reader.eventChain(event.parentId()) : List.of();
		List<CodingPlan.NewFigure> figures = figures(report, coded.figures(), new FigureRules.Place(null, null, above),
				keys, problems);
		return new CodingPlan.NewEvent(event, span, figures);
	}

	private CodingPlan.Link link(ReportFacts report, EventLink link, Set<String> keys, Set<UUID> seen,
			Set<UUID> alreadyLinked, Problems problems) {
		if (link == null) {
			problems.add("eventId", "coding.error.eventRequired");
			return null;
		}
		Event event = event(link.eventId(), problems);
		if (event == null) {
			return null;
		}
		if (!seen.add(event.id())) {
			problems.add("eventId", "coding.error.eventTwice");
		}
		if (event.dateFrom().isAfter(report.date())) {
			problems.add("eventId", "event.error.reportBeforeEvent");
		}
		Spans.Checked span = Spans.check(link.span(), report.text(), false, problems.at("span"));
		FigureRules.Place place = new FigureRules.Place(null, event.id(), this.reader.eventChain(event.parentId()));
		List<CodingPlan.NewFigure> figures = figures(report, link.figures(), place, keys, problems);
		List<CodingPlan.NewClaim> claims = new ArrayList<>();
		List<FigureClaim> given = (link.claims() != null) ? link.claims() : List.of();
		for (int i = 0; i < given.size(); i++) {
			claims.add(claim(report, event, given.get(i), problems.at("claims", i)));
		}
		return new CodingPlan.Link(event.id(), span, alreadyLinked.contains(event.id()), figures, claims);
	}

	private Event event(String eventId, Problems problems) {
		UUID id = Text.id(eventId, "eventId", "coding.error.eventUnknown", problems);
		if (id == null) {
			if (!Text.present(eventId)) {
				problems.add("eventId", "coding.error.eventRequired");
			}
			return null;
		}
		try {
			Event event = this.reader.event(id, "event");
			if (event.voided()) {
				problems.add("eventId", "event.error.voided");
				return null;
			}
			return event;
		}
		catch (RecordNotFound ex) {
			problems.add("eventId", "coding.error.eventUnknown");
			return null;
		}
	}

	private CodingPlan.NewClaim claim(ReportFacts report, Event event, FigureClaim claim, Problems problems) {
		if (claim == null) {
			problems.add("claim.error.required");
			return null;
		}
		UUID figureId = Text.id(claim.figureId(), "figureId", "coding.error.figureUnknown", problems);
		Optional<FigureState> figure = (figureId != null) ? this.reader.figure(figureId) : Optional.empty();
		if (figureId != null && (figure.isEmpty() || !figure.get().eventId().equals(event.id()))) {
			problems.add("figureId", "coding.error.figureUnknown");
		}
		else if (figure.isPresent() && figure.get().voided()) {
			problems.add("figureId", "figure.error.voided");
		}
		else if (figureId == null && !Text.present(claim.figureId())) {
			problems.add("figureId", "coding.error.figureUnknown");
		}
		ClaimDraft draft = ClaimDrafts.check(report, claim.claim(), problems.at("claim"));
		return new CodingPlan.NewClaim(figureId, draft);
	}

	private List<CodingPlan.NewFigure> figures(ReportFacts report, List<CodedFigure> coded, FigureRules.Place place,
			Set<String> keys, Problems problems) {
		List<CodedFigure> given = (coded != null) ? coded : List.of();
		Map<String, CodingPlan.NewFigure> byKey = new LinkedHashMap<>();
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < given.size(); i++) {
			Problems at = problems.at("figures", i);
			CodedFigure figure = given.get(i);
			if (figure == null) {
				at.add("figure.error.required");
				continue;
			}
			String key = Text.stripped(figure.key());
			if (key == null) {
				at.add("key", "coding.error.keyRequired");
			}
			else if (!keys.add(key)) {
				at.add("key", "coding.error.keyTwice");
			}
			CheckedFigure checked = this.figureRules.check(figure.figure(), place, report.horizon(), at.at("figure"));
			ClaimDraft claim = ClaimDrafts.check(report, figure.claim(), at.at("claim"));
			String partOfKey = Text.stripped(figure.partOfKey());
			if (partOfKey != null && figure.figure() != null && Text.present(figure.figure().partOf())) {
				at.add("partOfKey", "coding.error.partOfTwice");
			}
			if (key != null && !byKey.containsKey(key)) {
				byKey.put(key, new CodingPlan.NewFigure(key, checked, partOfKey, claim));
				positions.put(key, i);
			}
		}
		return PartOrder.wholesFirst(byKey, positions, problems);
	}

}
