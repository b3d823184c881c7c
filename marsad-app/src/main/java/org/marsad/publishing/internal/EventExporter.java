package org.marsad.publishing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.marsad.events.EventFilter;
import org.marsad.publishing.EventExports;
import org.marsad.publishing.ExportFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams events in a format: each event is written and flushed as soon as it is read, so
 * that a long export starts arriving at once and holds one page of events in memory.
 */
class EventExporter implements EventExports {

	private final ExportReading reading;

	private final JsonMapper mapper;

	EventExporter(ExportReading reading, JsonMapper mapper) {
		this.reading = reading;
		this.mapper = mapper;
	}

	@Override
	public void write(ExportFormat format, EventFilter filter, OutputStream out) throws IOException {
		Audience audience = Audience.current();
		EventWriter writer = writer(format, out, audience);
		writer.begin();
		try {
			this.reading.forEach(filter, audience, (event) -> {
				try {
					writer.write(event);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.end();
	}

	private EventWriter writer(ExportFormat format, OutputStream out, Audience audience) throws IOException {
		return switch (format) {
			case ACLED -> new AcledCsv(out);
			case HXL -> new HxlCsv(out, audience);
			case GEOJSON -> new EventGeoJson(out, this.mapper);
			case JSON -> new EventJson(out, this.mapper, audience);
		};
	}

}
