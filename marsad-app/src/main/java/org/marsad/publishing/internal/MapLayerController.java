package org.marsad.publishing.internal;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's base and tally layers as GeoJSON, open without login beside the map page.
 * Events come from the GeoJSON export with the list's filters.
 */
@RestController
class MapLayerController {

	private final MapLayers layers;

	MapLayerController(MapLayers layers) {
		this.layers = layers;
	}

	@GetMapping(path = "/public/map/places.geojson", produces = "application/geo+json")
	Map<String, Object> places() {
		return this.layers.base();
	}

	@GetMapping(path = "/public/map/tallies.geojson", produces = "application/geo+json")
	Map<String, Object> tallies() {
		return this.layers.tallies();
	}

}
