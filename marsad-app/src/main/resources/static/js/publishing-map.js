/*
 * The public map: events (from the GeoJSON export, with the filters of the form), published
 * tallies by place and the gazetteer's governorates, drawn without any tile server. A slider
 * shows the events up to a day. Loaded as a static file: the page's Content-Security-Policy
 * allows no inline script.
 */
(function () {
	'use strict';

	function ready(fn) {
		if (document.readyState !== 'loading') {
			fn();
		} else {
			document.addEventListener('DOMContentLoaded', fn);
		}
	}

	function text(value) {
		var span = document.createElement('span');
		span.textContent = value == null ? '' : String(value);
		return span;
	}

	function popup(lines) {
		var box = document.createElement('div');
		box.setAttribute('dir', 'auto');
		lines.forEach(function (line) {
			if (line) {
				box.appendChild(text(line));
				box.appendChild(document.createElement('br'));
			}
		});
		return box;
	}

	function days(from, to) {
		var list = [];
		var day = new Date(from + 'T00:00:00Z');
		var end = new Date(to + 'T00:00:00Z');
		while (day <= end && list.length < 20000) {
			list.push(day.toISOString().substring(0, 10));
			day = new Date(day.getTime() + 86400000);
		}
		return list;
	}

	ready(function () {
		var element = document.getElementById('map');
		if (!element || typeof L === 'undefined') {
			return;
		}
		var data = element.dataset;
		var english = data.language === 'en';
		// Without a tile layer the map has no zoom bounds, and the cluster layer refuses a map without maxZoom.
		var map = L.map(element, { attributionControl: false, zoomSnap: 0.5, minZoom: 5, maxZoom: 14 })
			.setView([35.0, 38.5], 6.5);
		var baseLayer = L.layerGroup().addTo(map);
		var tallyLayer = L.layerGroup().addTo(map);
		var clusters = (typeof L.markerClusterGroup === 'function') ? L.markerClusterGroup() : L.layerGroup();
		clusters.addTo(map);
		var controls = {};
		controls[data.placesLabel] = baseLayer;
		controls[data.eventsLabel] = clusters;
		controls[data.talliesLabel] = tallyLayer;
		L.control.layers(null, controls).addTo(map);

		fetch(data.places).then(function (r) { return r.json(); }).then(function (places) {
			L.geoJSON(places, {
				pointToLayer: function (feature, latlng) {
					var p = feature.properties;
					var marker = L.circleMarker(latlng, {
						radius: p.kind === 'governorate' ? 5 : 3, weight: 1, color: '#555', fillOpacity: 0.3
					});
					marker.bindTooltip(english ? (p.nameEn || p.nameAr) : (p.nameAr || p.nameEn), {
						permanent: p.kind === 'governorate', direction: 'top', className: 'place-label'
					});
					return marker;
				}
			}).addTo(baseLayer);
		});

		fetch(data.tallies).then(function (r) { return r.json(); }).then(function (tallies) {
			L.geoJSON(tallies, {
				pointToLayer: function (feature, latlng) {
					var p = feature.properties;
					var radius = 6 + Math.min(30, Math.sqrt(Number(p.best || p.low || 0)) / 4);
					var circle = L.circleMarker(latlng, { radius: radius, color: '#b35900', weight: 2, fillOpacity: 0.25 });
					circle.bindPopup(popup([p.tally, english ? p.placeEn : p.placeAr, p.best, p.asOf]));
					return circle;
				}
			}).addTo(tallyLayer);
		});

		var form = document.getElementById('map-filters');
		var query = new URLSearchParams(new FormData(form));
		Array.from(query.keys()).forEach(function (key) {
			if (!query.get(key)) {
				query.delete(key);
			}
		});
		var slider = document.getElementById('map-until');
		var shown = document.getElementById('map-until-day');
		var count = document.getElementById('map-count');
		var features = [];
		var timeline = [];

		function draw() {
			var until = timeline[Number(slider.value)] || '9999-12-31';
			shown.textContent = timeline.length ? until : '';
			clusters.clearLayers();
			var drawn = 0;
			features.forEach(function (feature) {
				if (!feature.geometry || (feature.properties.dateFrom || '') > until) {
					return;
				}
				var c = feature.geometry.coordinates;
				var p = feature.properties;
				var marker = L.circleMarker([c[1], c[0]], { radius: 6, color: '#1f4e79', weight: 2, fillOpacity: 0.6 });
				marker.bindPopup(popup([p.dateFrom + (p.dateTo && p.dateTo !== p.dateFrom ? ' – ' + p.dateTo : ''),
					english ? (p.descriptionEn || p.descriptionAr) : (p.descriptionAr || p.descriptionEn),
					p.place ? (english ? p.place.nameEn : p.place.nameAr) : '']));
				clusters.addLayer(marker);
				drawn++;
			});
			count.textContent = drawn === 0 ? data.none : String(drawn);
		}

		fetch(data.events + (query.toString() ? '?' + query.toString() : ''))
			.then(function (r) { return r.ok ? r.json() : { features: [] }; })
			.then(function (collection) {
				features = collection.features || [];
				var dated = features.map(function (f) { return f.properties.dateFrom; }).filter(Boolean).sort();
				if (dated.length) {
					timeline = days(dated[0], dated[dated.length - 1]);
					slider.max = String(timeline.length - 1);
					slider.value = slider.max;
				}
				draw();
			});
		slider.addEventListener('input', draw);
	});
}());
