package org.marsad.text.places;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.text.Place;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * Picks one place for a name that several places share («القصير» in Homs, Daraa and
 * Hasakah).
 *
 * <p>
 * Rules, in order; each keeps the candidates it favours when it favours any:
 * <ul>
 * <li>a qualifier in the span keeps the kinds it prefers («مخيم الهول» → the camp)</li>
 * <li>a candidate lying within a place that another mention nearby (up to
 * {@value #CONTEXT_MENTIONS} mentions on either side) may stand for wins («القصير» with
 * «حمص» → the Homs one), together with candidates within {@value #NEAR_KM} km of it (the
 * same town as an entry of another level or gazetteer)</li>
 * <li>the settlement, camp or feature nearest to a settlement, camp or feature that
 * another mention may stand for wins when it lies within {@value #NEAR_KM} km and is a
 * namesake at least as far from the candidate the next rules would pick (centroids of
 * areas say little about neighbours, so areas take no part; entries of two gazetteers for
 * the same town are not namesakes)</li>
 * <li>then kind: town, governorate, camp, region, country, village, district,
 * subdistrict, feature (a settlement name used alone mostly names the settlement; the
 * district named after it is then its seat)</li>
 * <li>then gazetteer order: the entry added first (a curated gazetteer merged before an
 * import) wins</li>
 * </ul>
 */
final class PlaceChoice {

	static final double NEAR_KM = 40;

	/**
	 * How many mentions on either side count as co-mentioned: a report paragraph names
	 * far fewer places, and the bound keeps the choice linear in the length of a long
	 * text.
	 */
	static final int CONTEXT_MENTIONS = 24;

	private static final double KM_PER_DEGREE = 111.2;

	private static final List<PlaceKind> KIND_ORDER = List.of(PlaceKind.TOWN, PlaceKind.GOVERNORATE, PlaceKind.CAMP,
			PlaceKind.REGION, PlaceKind.COUNTRY, PlaceKind.VILLAGE, PlaceKind.DISTRICT, PlaceKind.SUBDISTRICT,
			PlaceKind.FEATURE);

	private static final Set<PlaceKind> POINT_KINDS = EnumSet.of(PlaceKind.TOWN, PlaceKind.VILLAGE, PlaceKind.CAMP,
			PlaceKind.FEATURE);

	private final Gazetteer gazetteer;

	private final Map<String, Integer> order;

	/**
	 * The ids of the places each parent lies within, itself first, read once from the
	 * gazetteer so that the choice compares ids instead of walking the hierarchy for
	 * every pair of candidate and co-mentioned place.
	 */
	private final Map<String, String[]> chains;

	PlaceChoice(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.order = new HashMap<>(gazetteer.size() * 2);
		this.chains = new HashMap<>();
		for (Place place : gazetteer.places()) {
			this.order.putIfAbsent(place.id(), this.order.size());
			if (place.parentId() != null) {
				this.chains.computeIfAbsent(place.parentId(), this::chainFrom);
			}
		}
	}

	/** The parent and every place above it, as {@link Gazetteer#isWithin} walks them. */
	private String[] chainFrom(String parentId) {
		Set<String> chain = new LinkedHashSet<>();
		String parent = parentId;
		while (parent != null && chain.add(parent)) {
			parent = this.gazetteer.byId(parent).map(Place::parentId).orElse(null);
		}
		return chain.toArray(new String[0]);
	}

	/**
	 * Chooses the place for one span.
	 * @param all every span found in the text
	 * @param index the span to resolve
	 * @return the chosen place
	 */
	Place choose(List<PlaceCandidates> all, int index) {
		PlaceCandidates span = all.get(index);
		List<Place> candidates = span.places();
		if (span.qualifier() != null) {
			candidates = keep(candidates, span.qualifier());
		}
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		List<Place> others = (candidates.size() > 1) ? othersOf(all, index) : List.of();
		if (candidates.size() > 1) {
			candidates = withinMentioned(candidates, others);
		}
		Place ranked = firstRanked(candidates);
		if (candidates.size() > 1) {
			Place near = nearest(candidates, others);
			if (near != null && distanceKm(near, ranked) >= NEAR_KM) {
				return near;
			}
		}
		return ranked;
	}

	private static List<Place> keep(List<Place> candidates, PlaceQualifier qualifier) {
		List<Place> kept = candidates.stream().filter((p) -> qualifier.preferred().contains(p.kind())).toList();
		return kept.isEmpty() ? candidates : kept;
	}

	private List<Place> withinMentioned(List<Place> candidates, List<Place> others) {
		List<Place> within = new ArrayList<>();
		for (Place candidate : candidates) {
			if (liesWithinAny(candidate, others)) {
				within.add(candidate);
			}
		}
		if (within.isEmpty()) {
			return candidates;
		}
		List<Place> kept = new ArrayList<>();
		for (Place candidate : candidates) {
			if (within.contains(candidate) || liesNearAny(candidate, within)) {
				kept.add(candidate);
			}
		}
		return kept;
	}

	private boolean liesWithinAny(Place candidate, List<Place> others) {
		if (candidate.parentId() == null) {
			return false;
		}
		String[] chain = this.chains.get(candidate.parentId());
		if (chain == null) {
			chain = chainFrom(candidate.parentId());
		}
		for (Place other : others) {
			for (String id : chain) {
				if (id.equals(other.id())) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean liesNearAny(Place candidate, List<Place> places) {
		for (Place place : places) {
			if (distanceKm(candidate, place) < NEAR_KM) {
				return true;
			}
		}
		return false;
	}

	/** The first candidate of the best kind, then the earliest in the gazetteer. */
	private Place firstRanked(List<Place> candidates) {
		Place best = null;
		int bestKind = Integer.MAX_VALUE;
		int bestOrder = Integer.MAX_VALUE;
		for (Place candidate : candidates) {
			int kind = kindRank(candidate);
			int order = this.order.getOrDefault(candidate.id(), Integer.MAX_VALUE);
			if (best == null || kind < bestKind || (kind == bestKind && order < bestOrder)) {
				best = candidate;
				bestKind = kind;
				bestOrder = order;
			}
		}
		return best;
	}

	private static Place nearest(List<Place> candidates, List<Place> others) {
		Place best = null;
		double bestKm = NEAR_KM;
		for (Place candidate : candidates) {
			if (!POINT_KINDS.contains(candidate.kind())) {
				continue;
			}
			for (Place other : others) {
				double km = POINT_KINDS.contains(other.kind()) ? distanceKm(candidate, other) : Double.MAX_VALUE;
				if (km < bestKm) {
					bestKm = km;
					best = candidate;
				}
			}
		}
		return best;
	}

	private static List<Place> othersOf(List<PlaceCandidates> all, int index) {
		List<Place> own = all.get(index).places();
		List<Place> others = new ArrayList<>();
		int from = Math.max(0, index - CONTEXT_MENTIONS);
		int to = Math.min(all.size(), index + CONTEXT_MENTIONS + 1);
		for (int k = from; k < to; k++) {
			if (k != index && !all.get(k).places().equals(own)) {
				others.addAll(all.get(k).places());
			}
		}
		return others;
	}

	/**
	 * Equirectangular distance, accurate enough at Syria's scale to tell neighbours from
	 * namesakes.
	 */
	static double distanceKm(Place a, Place b) {
		if (a.lat() == null || a.lon() == null || b.lat() == null || b.lon() == null || a.id().equals(b.id())) {
			return Double.MAX_VALUE;
		}
		double meanLat = Math.toRadians((a.lat() + b.lat()) / 2);
		double dx = (a.lon() - b.lon()) * Math.cos(meanLat);
		double dy = a.lat() - b.lat();
		return Math.sqrt(dx * dx + dy * dy) * KM_PER_DEGREE;
	}

	private static int kindRank(Place place) {
		int rank = KIND_ORDER.indexOf(place.kind());
		return (rank < 0) ? KIND_ORDER.size() : rank;
	}

}
