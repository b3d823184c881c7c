package org.marsad.publishing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.catalogue.Place;
import org.marsad.catalogue.Places;
import org.marsad.tallies.Dimension;
import org.marsad.tallies.Snapshot;
import org.marsad.tallies.TallyResult;
import org.marsad.text.vocabulary.PlaceKind;

/**
 * The layers of the offline map other than events, as GeoJSON-shaped maps.
 * <ul>
 * <li>Base: the gazetteer's governorates and districts with coordinates, as labelled
 * points, so that the map needs no tile server (the gazetteer is reference data, not a
 * record).</li>
 * <li>Tallies: for the latest snapshot of each published tally that is broken down by
 * place, one point per row whose place has coordinates, with the row's value.</li>
 * </ul>
 */
class MapLayers {

	private final Places places;

	private final PublishedTallies tallies;

	MapLayers(Places places, PublishedTallies tallies) {
		this.places = places;
		this.tallies = tallies;
	}

	Map<String, Object> base() {
		List<Object> features = new ArrayList<>();
		for (Place place : PublicReading.as(Audience.PUBLIC, this.places::all)) {
			if (place.hasCoordinates() && (place.kind() == PlaceKind.GOVERNORATE || place.kind() == PlaceKind.DISTRICT
					|| place.kind() == PlaceKind.COUNTRY)) {
				Map<String, Object> properties = new LinkedHashMap<>();
				properties.put("id", place.id());
				properties.put("kind", place.kindCode());
				properties.put("nameAr", place.nameAr());
				properties.put("nameEn", place.nameEn());
				features.add(feature(place, properties));
			}
		}
		return collection(features);
	}

	Map<String, Object> tallies() {
		List<Object> features = new ArrayList<>();
		Map<String, Place> byId = new HashMap<>();
		for (PublishedTallies.Entry entry : this.tallies.list()) {
			Snapshot snapshot = this.tallies.snapshot(entry.tally().id(), entry.latest().id());
			for (TallyResult.Breakdown breakdown : snapshot.result().breakdowns()) {
				if (breakdown.dimension() != Dimension.PLACE) {
					continue;
				}
				for (TallyResult.Row row : breakdown.rows()) {
					Place place = byId.computeIfAbsent(row.key(), this::place);
					if (place == null || !place.hasCoordinates()) {
						continue;
					}
					Map<String, Object> properties = new LinkedHashMap<>();
					properties.put("tallyId", entry.tally().id().toString());
					properties.put("snapshotId", snapshot.id().toString());
					properties.put("tally", entry.tally().name());
					properties.put("asOf", snapshot.asOf().toString());
					properties.put("placeAr", place.nameAr());
					properties.put("placeEn", place.nameEn());
					properties.put("best", row.value().best());
					properties.put("low", row.value().low());
					properties.put("high", row.value().high());
					features.add(feature(place, properties));
				}
			}
		}
		return collection(features);
	}

	private Place place(String id) {
		List<Place> found = PublicReading.as(Audience.PUBLIC, () -> this.places.getAll(List.of(id)));
		return found.isEmpty() ? null : found.get(0);
	}

	private static Map<String, Object> feature(Place place, Map<String, Object> properties) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(place.lon(), place.lat())));
		feature.put("properties", properties);
		return feature;
	}

	private static Map<String, Object> collection(List<Object> features) {
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

}
