package org.marsad.publishing.internal;

import java.io.OutputStream;
import java.time.Instant;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every exportable field of the selected events as one JSON object: {@code {"exportedAt",
 * "audience", "events": [...]}}, each event with its figures (and, for readers of the
 * record, its reports and claims) as described in {@link EventJsonFields}.
 */
final class EventJson implements EventWriter {

	private final JsonGenerator json;

	private final Audience audience;

	EventJson(OutputStream out, JsonMapper mapper, Audience audience) {
		this.json = mapper.createGenerator(out);
		this.audience = audience;
	}

	@Override
	public void begin() {
		this.json.writeStartObject();
		this.json.writeStringProperty("exportedAt", Instant.now().toString());
		this.json.writeStringProperty("audience", this.audience.seesInternal() ? "record" : "public");
		this.json.writeName("events");
		this.json.writeStartArray();
	}

	@Override
	public void write(ExportedEvent exported) {
		this.json.writeStartObject();
		EventJsonFields.write(this.json, exported, true);
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
