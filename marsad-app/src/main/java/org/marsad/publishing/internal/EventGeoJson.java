package org.marsad.publishing.internal;

import java.io.OutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946): one feature per event, a point at its
 * place (longitude first, WGS 84, as the RFC requires, section 3.1.1) or a {@code null}
 * geometry when the place has no coordinates (section 3.2), the event's id as the feature
 * id, its fields ({@link EventJsonFields}) as properties.
 */
final class EventGeoJson implements EventWriter {

	private final JsonGenerator json;

	EventGeoJson(OutputStream out, JsonMapper mapper) {
		this.json = mapper.createGenerator(out);
	}

	@Override
	public void begin() {
		this.json.writeStartObject();
		this.json.writeStringProperty("type", "FeatureCollection");
		this.json.writeName("features");
		this.json.writeStartArray();
	}

	@Override
	public void write(ExportedEvent exported) {
		this.json.writeStartObject();
		this.json.writeStringProperty("type", "Feature");
		this.json.writeStringProperty("id", exported.event().id().toString());
		if (exported.located()) {
			this.json.writeName("geometry");
			this.json.writeStartObject();
			this.json.writeStringProperty("type", "Point");
			this.json.writeName("coordinates");
			this.json.writeStartArray();
			this.json.writeNumber(exported.lon());
			this.json.writeNumber(exported.lat());
			this.json.writeEndArray();
			this.json.writeEndObject();
		}
		else {
			this.json.writeNullProperty("geometry");
		}
		this.json.writeName("properties");
		this.json.writeStartObject();
		EventJsonFields.write(this.json, exported, false);
		this.json.writeEndObject();
		this.json.writeEndObject();
		this.json.flush();
	}

	@Override
	public void end() {
		this.json.writeEndArray();
		this.json.writeEndObject();
		this.json.flush();
	}

}
