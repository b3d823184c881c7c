package org.marsad.events.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.marsad.events.Candidate;
import org.marsad.events.CandidateReason;
import org.marsad.events.CandidateReason.Match;
import org.marsad.events.EventSummary;
import org.marsad.events.internal.CatalogueLookup.PlaceEntry;
import org.marsad.text.vocabulary.EventType;

/**
 * Scores and ranks recorded events as candidates for a draft (the rule is spelled out in
 * {@link Candidate}). Distances are great-circle distances between the places'
 * coordinates.
 */
final class CandidateRanking {

	private static final double EARTH_RADIUS_KM = 6371.0;

	private CandidateRanking() {
	}

	/**
	 * What a draft says.
	 *
	 * @param type its type
	 * @param from its first day
	 * @param to its last day
	 * @param placeId its place, or {@code null}
	 * @param actorIds its actors
	 */
	record Draft(EventType type, LocalDate from, LocalDate to, String placeId, Set<String> actorIds) {
	}

	/**
	 * A recorded event within the dates considered.
	 *
	 * @param event the event
	 * @param actorIds its actors
	 * @param alreadyLinked whether the draft's report supports it already
	 */
	record Recorded(EventSummary event, Set<String> actorIds, boolean alreadyLinked) {
	}

	/**
	 * What the gazetteer says of the places involved.
	 *
	 * @param ancestors the places above each place, by id
	 * @param places the places with their coordinates, by id
	 */
	record Places(Map<String, List<String>> ancestors, Map<String, PlaceEntry> places) {
	}

	/**
	 * Ranks the candidates.
	 * @param draft the draft
	 * @param recorded events whose dates lie within {@value Candidate#NEAR_DAYS} days of
	 * the draft's
	 * @param places the gazetteer's facts on the places of the draft and the events
	 * @return the candidates, best first, at most {@value Candidate#LIMIT}
	 */
	static List<Candidate> rank(Draft draft, List<Recorded> recorded, Places places) {
		List<Candidate> candidates = new ArrayList<>();
		for (Recorded event : recorded) {
			List<CandidateReason> reasons = reasons(draft, event, places);
			boolean datesOnly = reasons.stream()
				.allMatch((r) -> r.match() == Match.OVERLAPPING_DATES || r.match() == Match.NEAR_DATES);
			if (!reasons.isEmpty() && !datesOnly && hasDates(reasons)) {
				int score = reasons.stream().mapToInt((r) -> score(r.match())).sum();
				candidates.add(new Candidate(event.event(), score, reasons, event.alreadyLinked()));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::score)
			.reversed()
			.thenComparingLong((c) -> gapInDays(draft, c.event()))
			.thenComparing((c) -> c.event().id()));
		return List.copyOf(candidates.subList(0, Math.min(Candidate.LIMIT, candidates.size())));
	}

	static List<CandidateReason> reasons(Draft draft, Recorded recorded, Places places) {
		EventSummary event = recorded.event();
		List<CandidateReason> reasons = new ArrayList<>();
		long gap = gapInDays(draft, event);
		if (gap == 0) {
			reasons.add(new CandidateReason(Match.OVERLAPPING_DATES, null));
		}
		else if (gap <= Candidate.NEAR_DAYS) {
			reasons.add(new CandidateReason(Match.NEAR_DATES, null));
		}
		CandidateReason place = place(draft.placeId(), event.placeId(), places);
		if (place != null) {
			reasons.add(place);
		}
		if (draft.type() == event.type()) {
			reasons.add(new CandidateReason(Match.SAME_TYPE, null));
		}
		for (String actor : new TreeSet<>(draft.actorIds())) {
			if (recorded.actorIds().contains(actor)) {
				reasons.add(new CandidateReason(Match.SHARED_ACTOR, actor));
			}
		}
		reasons.sort(Comparator.comparingInt((CandidateReason r) -> score(r.match())).reversed());
		return reasons;
	}

	private static boolean hasDates(List<CandidateReason> reasons) {
		return reasons.stream().anyMatch((r) -> r.match() == Match.OVERLAPPING_DATES || r.match() == Match.NEAR_DATES);
	}

	private static CandidateReason place(String draftPlace, String eventPlace, Places places) {
		if (draftPlace == null || eventPlace == null) {
			return null;
		}
		if (draftPlace.equals(eventPlace)) {
			return new CandidateReason(Match.SAME_PLACE, null);
		}
		if (places.ancestors().getOrDefault(eventPlace, List.of()).contains(draftPlace)) {
			return new CandidateReason(Match.WITHIN_PLACE, null);
		}
		if (places.ancestors().getOrDefault(draftPlace, List.of()).contains(eventPlace)) {
			return new CandidateReason(Match.CONTAINS_PLACE, null);
		}
		PlaceEntry a = places.places().get(draftPlace);
		PlaceEntry b = places.places().get(eventPlace);
		if (a != null && b != null && a.located() && b.located()) {
			double km = distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
			if (km <= Candidate.NEAR_KM) {
				return new CandidateReason(Match.NEAR_PLACE, String.valueOf(Math.round(km)));
			}
		}
		return null;
	}

	/** Days between two intervals; 0 when they overlap. */
	static long gapInDays(Draft draft, EventSummary event) {
		if (event.dateTo().isBefore(draft.from())) {
			return ChronoUnit.DAYS.between(event.dateTo(), draft.from());
		}
		if (event.dateFrom().isAfter(draft.to())) {
			return ChronoUnit.DAYS.between(draft.to(), event.dateFrom());
		}
		return 0;
	}

	static int score(Match match) {
		return switch (match) {
			case SAME_TYPE -> Candidate.TYPE;
			case OVERLAPPING_DATES -> Candidate.DATES;
			case NEAR_DATES -> Candidate.NEAR_DATES;
			case SAME_PLACE -> Candidate.PLACE;
			case WITHIN_PLACE, CONTAINS_PLACE -> Candidate.WITHIN;
			case NEAR_PLACE -> Candidate.NEAR;
			case SHARED_ACTOR -> Candidate.ACTOR;
		};
	}

	/** The great-circle (haversine) distance in kilometres. */
	static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
