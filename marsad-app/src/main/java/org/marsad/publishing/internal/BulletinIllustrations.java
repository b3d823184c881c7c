package org.marsad.publishing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;

import org.marsad.catalogue.Place;
import org.marsad.catalogue.Places;
import org.marsad.events.Events;
import org.marsad.events.RecordNotFound;
import org.marsad.publishing.Bulletin;
import org.marsad.publishing.FrozenIllustrations;
import org.marsad.tallies.Estimate;
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.TallyResult;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * The charts and the map of a bulletin, drawn on the server from what it cites.
 * <ul>
 * <li>one chart per snapshot cited ({@code {{tally:…}}}), in the order first cited: bars
 * of its running total per period, or, when it has no series, of the rows of its first
 * breakdown; a bar's height is the best estimate (else the low, else the high bound)</li>
 * <li>time runs right to left in Arabic, as on the tallies' pages</li>
 * <li>the map: the gazetteer's governorates and districts with coordinates as the base
 * (grey), and the places of the events cited ({@code {{event:…}}}) as red spots, on an
 * equirectangular projection of Syria's extent (35.5–42.5° E, 32.2–37.5° N) with the
 * longitudes narrowed by cos 35°; events without coordinates, or outside that extent, are
 * left out</li>
 * <li>everything is read as the public reads it</li>
 * <li>what they show is read once ({@link #freeze}) and drawn from what was read
 * ({@link #draw}): at publication it is kept with the bulletin and signed, so that a
 * published bulletin's pictures never follow later changes to the record, while a draft's
 * are read again at every view</li>
 * </ul>
 */
class BulletinIllustrations {

	static final double WEST = 35.5;

	static final double EAST = 42.5;

	static final double SOUTH = 32.2;

	static final double NORTH = 37.5;

	static final double CHART_WIDTH = 460;

	static final double CHART_HEIGHT = 120;

	static final double MAP_WIDTH = 360;

	private static final double NARROWING = Math.cos(Math.toRadians(35));

	/**
	 * A chart of a snapshot.
	 *
	 * @param name the tally's name
	 * @param asOf the day counted up to
	 * @param series whether the bars are the running total per period (else the rows of a
	 * breakdown)
	 * @param drawing the bars
	 */
	record Chart(String name, LocalDate asOf, boolean series, Drawing drawing) {
	}

	/**
	 * What illustrates a bulletin.
	 *
	 * @param charts the charts, one per snapshot cited that has something to draw
	 * @param map the map, or {@code null} when no cited event has coordinates
	 * @param located how many cited events are on the map
	 */
	record Illustrations(List<Chart> charts, Drawing map, int located) {
	}

	private final PublishedTallies tallies;

	private final Events events;

	private final ExportReading reading;

	private final Places places;

	BulletinIllustrations(PublishedTallies tallies, Events events, ExportReading reading, Places places) {
		this.tallies = tallies;
		this.events = events;
		this.reading = reading;
		this.places = places;
	}

	/**
	 * Draws a bulletin's charts and map: a published bulletin's from what was frozen with
	 * it, a draft's (or a bulletin published before illustrations were frozen) from the
	 * data as it stands.
	 * @param bulletin the bulletin
	 * @param rightToLeft whether time runs right to left
	 * @return the illustrations
	 */
	Illustrations of(Bulletin bulletin, boolean rightToLeft) {
		return draw((bulletin.illustrations() != null) ? bulletin.illustrations() : freeze(bulletin), rightToLeft);
	}

	/**
	 * Reads what a bulletin's charts and map show from the data as it stands, as the
	 * public reads it.
	 * @param bulletin the bulletin
	 * @return the charts' values, the map's base and the cited events' places
	 */
	FrozenIllustrations freeze(Bulletin bulletin) {
		Set<List<UUID>> snapshots = new LinkedHashSet<>();
		Set<UUID> cited = new LinkedHashSet<>();
		for (String body : List.of(bulletin.bodyAr(), bulletin.bodyEn())) {
			Matcher matcher = BulletinFigures.PLACEHOLDER.matcher(body);
			while (matcher.find()) {
				String[] parts = matcher.group(2).strip().split("\\s*:\\s*");
				try {
					if ("event".equals(matcher.group(1))) {
						cited.add(UUID.fromString(parts[0]));
					}
					else if (parts.length >= 2) {
						snapshots.add(List.of(UUID.fromString(parts[0]), UUID.fromString(parts[1])));
					}
				}
				catch (IllegalArgumentException ex) {
					// a malformed placeholder is refused when the bulletin is composed
				}
			}
		}
		List<FrozenIllustrations.Chart> charts = new ArrayList<>();
		for (List<UUID> ids : snapshots) {
			FrozenIllustrations.Chart chart = chart(ids.get(0), ids.get(1));
			if (chart != null) {
				charts.add(chart);
			}
		}
		List<FrozenIllustrations.CitedPlace> places = located(cited);
		return new FrozenIllustrations(charts, places.isEmpty() ? List.of() : base(), places);
	}

	/**
	 * Draws frozen illustrations.
	 * @param frozen what the charts and map show
	 * @param rightToLeft whether time runs right to left
	 * @return the drawings
	 */
	static Illustrations draw(FrozenIllustrations frozen, boolean rightToLeft) {
		List<Chart> charts = new ArrayList<>();
		for (FrozenIllustrations.Chart chart : frozen.charts()) {
			charts.add(new Chart(chart.name(), chart.asOf(), chart.series(), bars(chart.values(), rightToLeft)));
		}
		List<FrozenIllustrations.CitedPlace> spots = frozen.cited()
			.stream()
			.filter((p) -> inside(p.lon(), p.lat()))
			.toList();
		return new Illustrations(charts, spots.isEmpty() ? null : map(frozen.base(), spots), spots.size());
	}

	private FrozenIllustrations.Chart chart(UUID tallyId, UUID snapshotId) {
		Snapshot snapshot;
		try {
			snapshot = this.tallies.snapshot(tallyId, snapshotId);
		}
		catch (NotPublished ex) {
			return null;
		}
		List<BigDecimal> values = new ArrayList<>();
		TallyResult result = snapshot.result();
		if (!result.series().isEmpty()) {
			result.series().forEach((point) -> values.add(height(point.cumulative())));
		}
		else if (!result.breakdowns().isEmpty()) {
			result.breakdowns().get(0).rows().forEach((row) -> values.add(height(row.value())));
		}
		if (values.isEmpty()) {
			return null;
		}
		return new FrozenIllustrations.Chart(snapshot.definition().name(), snapshot.asOf(), !result.series().isEmpty(),
				List.copyOf(values));
	}

	static Drawing bars(List<BigDecimal> values, boolean rightToLeft) {
		BigDecimal largest = values.stream().reduce(BigDecimal.ONE, BigDecimal::max);
		double slot = CHART_WIDTH / values.size();
		double usable = CHART_HEIGHT - 4;
		List<Drawing.Mark> marks = new ArrayList<>();
		marks.add(new Drawing.Box(0, CHART_HEIGHT - 1, CHART_WIDTH, 1, "#555555"));
		for (int i = 0; i < values.size(); i++) {
			double h = usable * values.get(i).doubleValue() / largest.doubleValue();
			int position = rightToLeft ? values.size() - 1 - i : i;
			marks.add(new Drawing.Box(position * slot + slot * 0.1, CHART_HEIGHT - 1 - h, slot * 0.8, h, "#2b6cb0"));
		}
		return new Drawing(CHART_WIDTH, CHART_HEIGHT, marks);
	}

	private static BigDecimal height(Estimate value) {
		BigDecimal n = (value.best() != null) ? value.best() : (value.low() != null) ? value.low() : value.high();
		return (n != null) ? n.max(BigDecimal.ZERO) : BigDecimal.ZERO;
	}

	private List<FrozenIllustrations.CitedPlace> located(Set<UUID> cited) {
		List<FrozenIllustrations.CitedPlace> located = new ArrayList<>();
		for (UUID id : cited) {
			ExportedEvent event;
			try {
				event = PublicReading.as(Audience.PUBLIC, () -> this.reading.one(this.events.get(id), Audience.PUBLIC));
			}
			catch (RecordNotFound ex) {
				continue;
			}
			if (event != null && event.lat() != null && event.lon() != null) {
				located.add(new FrozenIllustrations.CitedPlace(id, ExportedEvent.name(event.place(), "ar"),
						ExportedEvent.name(event.place(), "en"), event.lon(), event.lat()));
			}
		}
		return located;
	}

	private List<FrozenIllustrations.BasePoint> base() {
		List<FrozenIllustrations.BasePoint> base = new ArrayList<>();
		for (Place place : PublicReading.as(Audience.PUBLIC, this.places::all)) {
			if (place.hasCoordinates() && inside(place.lon(), place.lat())
					&& (place.kind() == PlaceKind.GOVERNORATE || place.kind() == PlaceKind.DISTRICT)) {
				base.add(new FrozenIllustrations.BasePoint(place.lon(), place.lat(),
						place.kind() == PlaceKind.GOVERNORATE));
			}
		}
		return base;
	}

	private static Drawing map(List<FrozenIllustrations.BasePoint> base, List<FrozenIllustrations.CitedPlace> spots) {
		double height = MAP_WIDTH * (NORTH - SOUTH) / ((EAST - WEST) * NARROWING);
		List<Drawing.Mark> marks = new ArrayList<>();
		marks.add(new Drawing.Box(0, 0, MAP_WIDTH, height, "#eef2f5"));
		for (FrozenIllustrations.BasePoint point : base) {
			double r = point.governorate() ? 3 : 1.5;
			marks.add(new Drawing.Spot(x(point.lon()), y(point.lat(), height), r, "#8a959e"));
		}
		for (FrozenIllustrations.CitedPlace spot : spots) {
			marks.add(new Drawing.Spot(x(spot.lon()), y(spot.lat(), height), 5, "#c53030"));
		}
		return new Drawing(MAP_WIDTH, height, marks);
	}

	private static boolean inside(double lon, double lat) {
		return lon >= WEST && lon <= EAST && lat >= SOUTH && lat <= NORTH;
	}

	private static double x(double lon) {
		return MAP_WIDTH * (lon - WEST) / (EAST - WEST);
	}

	private static double y(double lat, double height) {
		return height * (NORTH - lat) / (NORTH - SOUTH);
	}

}
