package org.marsad.events.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marsad.events.Candidate;
import org.marsad.events.CandidateReason.Match;
import org.marsad.events.Confidentiality;
import org.marsad.events.EventSummary;
import org.marsad.events.internal.CatalogueLookup.PlaceEntry;
import org.marsad.text.vocabulary.DatePrecision;
import org.marsad.text.vocabulary.EventType;
import org.marsad.text.vocabulary.VerificationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking recorded events as candidates for a draft about people leaving al-Baghuz.
 */
class CandidateRankingTests {

	private static final CandidateRanking.Places PLACES = new CandidateRanking.Places(
			Map.of("baghuz", List.of("deir-ez-zor", "sy"), "susah", List.of("deir-ez-zor", "sy"), "hajin",
					List.of("deir-ez-zor", "sy"), "deir-ez-zor", List.of("sy"), "al-hol", List.of("hasakah", "sy")),
			Map.of("baghuz", place("baghuz", 34.46, 40.94), "susah", place("susah", 34.52, 40.91), "hajin",
					place("hajin", 34.70, 40.85), "al-hol", place("al-hol", 36.38, 41.15)));

	private static final CandidateRanking.Draft DRAFT = new CandidateRanking.Draft(EventType.DISPLACEMENT,
			LocalDate.parse("2019-01-30"), LocalDate.parse("2019-01-31"), "baghuz", Set.of("sdf"));

	static PlaceEntry place(String id, double lat, double lon) {
		return new PlaceEntry(id, null, id, "town", lat, lon);
	}

	static CandidateRanking.Recorded recorded(EventType type, String from, String to, String place, String... actors) {
		EventSummary event = new EventSummary(UUID.randomUUID(), type, null, LocalDate.parse(from), LocalDate.parse(to),
				DatePrecision.DAY, place, VerificationStatus.SINGLE_SOURCE, Confidentiality.INTERNAL, "خروج", 1, 1, 1,
				false);
		return new CandidateRanking.Recorded(event, Set.of(actors), false);
	}

	static List<Match> matches(Candidate candidate) {
		return candidate.reasons().stream().map((r) -> r.match()).toList();
	}

	@Test
	void theSameEventAtTheSamePlaceRanksFirst() {
		CandidateRanking.Recorded same = recorded(EventType.DISPLACEMENT, "2019-01-31", "2019-01-31", "baghuz", "sdf");
		CandidateRanking.Recorded nearby = recorded(EventType.DISPLACEMENT, "2019-01-31", "2019-01-31", "susah");
		List<Candidate> ranked = CandidateRanking.rank(DRAFT, List.of(nearby, same), PLACES);
		assertThat(ranked).extracting((c) -> c.event().id()).containsExactly(same.event().id(), nearby.event().id());
		assertThat(matches(ranked.get(0))).containsExactly(Match.SAME_PLACE, Match.OVERLAPPING_DATES, Match.SAME_TYPE,
				Match.SHARED_ACTOR);
	}

	@Test
	void aPlaceWithinTheOtherMatches() {
		CandidateRanking.Recorded governorate = recorded(EventType.DISPLACEMENT, "2019-01-01", "2019-01-31",
				"deir-ez-zor");
		assertThat(matches(CandidateRanking.rank(DRAFT, List.of(governorate), PLACES).get(0)))
			.contains(Match.CONTAINS_PLACE);
	}

	@Test
	void placesWithinTwentyFiveKilometresAreNear() {
		CandidateRanking.Recorded susah = recorded(EventType.TRANSFER, "2019-01-31", "2019-01-31", "susah");
		Candidate candidate = CandidateRanking.rank(DRAFT, List.of(susah), PLACES).get(0);
		assertThat(matches(candidate)).contains(Match.NEAR_PLACE);
		assertThat(candidate.reasons().stream().filter((r) -> r.match() == Match.NEAR_PLACE).findFirst().get().detail())
			.isEqualTo("7");
	}

	@Test
	void placesFurtherApartAreNotNear() {
		CandidateRanking.Recorded hajin = recorded(EventType.TRANSFER, "2019-01-31", "2019-01-31", "hajin");
		assertThat(CandidateRanking.rank(DRAFT, List.of(hajin), PLACES)).isEmpty();
	}

	@Test
	void datesAloneDoNotMakeACandidate() {
		CandidateRanking.Recorded elsewhere = recorded(EventType.BATTLES, "2019-01-31", "2019-01-31", "al-hol");
		assertThat(CandidateRanking.rank(DRAFT, List.of(elsewhere), PLACES)).isEmpty();
	}

	@Test
	void nearDatesScoreLessThanOverlappingOnes() {
		CandidateRanking.Recorded overlapping = recorded(EventType.DISPLACEMENT, "2019-01-29", "2019-01-30", "al-hol");
		CandidateRanking.Recorded twoDaysLater = recorded(EventType.DISPLACEMENT, "2019-02-02", "2019-02-02", "al-hol");
		List<Candidate> ranked = CandidateRanking.rank(DRAFT, List.of(twoDaysLater, overlapping), PLACES);
		assertThat(ranked.get(0).event().id()).isEqualTo(overlapping.event().id());
		assertThat(matches(ranked.get(1))).contains(Match.NEAR_DATES);
	}

	@Test
	void keepsAtMostTheLimit() {
		List<CandidateRanking.Recorded> many = new ArrayList<>();
		for (int i = 0; i < Candidate.LIMIT + 5; i++) {
			many.add(recorded(EventType.DISPLACEMENT, "2019-01-31", "2019-01-31", "baghuz"));
		}
		assertThat(CandidateRanking.rank(DRAFT, many, PLACES)).hasSize(Candidate.LIMIT);
	}

	@Test
	void measuresGreatCircleDistances() {
		assertThat(CandidateRanking.distanceKm(34.46, 40.94, 36.38, 41.15)).isBetween(210.0, 216.0);
	}

}
