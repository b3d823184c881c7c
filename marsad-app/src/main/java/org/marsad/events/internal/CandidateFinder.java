package org.marsad.events.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.marsad.events.Candidate;
import org.marsad.events.CandidateQuery;
import org.marsad.events.EventActor;
import org.marsad.events.EventSummary;

/**
 * Finds the recorded events a draft may be about: reads the events whose dates lie near
 * the draft's, the gazetteer's facts on their places, and ranks them
 * ({@link CandidateRanking}). The draft is checked as an event is, except that its dates
 * may lie anywhere (a draft is not yet coded).
 */
class CandidateFinder {

	/** The most events read within the dates considered. */
	static final int WINDOW = 500;

	private static final Horizon ANY_DAY = new Horizon(LocalDate.MAX, false);

	private final EventRules rules;

	private final EventListing events;

	private final CatalogueLookup catalogue;

	private final ClaimDrafts reports;

	CandidateFinder(EventRules rules, EventListing events, CatalogueLookup catalogue, ClaimDrafts reports) {
		this.rules = rules;
		this.events = events;
		this.catalogue = catalogue;
		this.reports = reports;
	}

	List<Candidate> find(CandidateQuery query) {
		Problems problems = new Problems();
		if (query == null) {
			problems.add("event", "event.error.required");
			problems.throwIfAny();
		}
		ReportFacts report = Text.present(query.reportId()) ? this.reports.report(query.reportId(), null, problems)
				: null;
		CheckedEvent draft = this.rules.check(query.event(), null, ANY_DAY, problems.at("event"));
		problems.throwIfAny();
		Set<String> actorIds = new HashSet<>();
		draft.actors().stream().map(EventActor::actorId).forEach(actorIds::add);
		List<EventSummary> near = this.events.touching(draft.dateFrom().minusDays(Candidate.NEAR_DAYS),
				draft.dateTo().plusDays(Candidate.NEAR_DAYS), WINDOW);
		Map<UUID, Set<String>> actors = this.events.actorsOf(near.stream().map(EventSummary::id).toList());
		Set<UUID> linked = (report != null) ? this.events.supportedBy(report.reportId()) : Set.of();
		List<CandidateRanking.Recorded> recorded = near.stream()
			.map((event) -> new CandidateRanking.Recorded(event, actors.getOrDefault(event.id(), Set.of()),
					linked.contains(event.id())))
			.toList();
		Set<String> placeIds = new HashSet<>();
		near.stream().map(EventSummary::placeId).filter((id) -> id != null).forEach(placeIds::add);
		if (draft.placeId() != null) {
			placeIds.add(draft.placeId());
		}
		CandidateRanking.Places places = new CandidateRanking.Places(this.catalogue.ancestors(placeIds),
				this.catalogue.places(placeIds));
		return CandidateRanking.rank(
				new CandidateRanking.Draft(draft.type(), draft.dateFrom(), draft.dateTo(), draft.placeId(), actorIds),
				recorded, places);
	}

}
