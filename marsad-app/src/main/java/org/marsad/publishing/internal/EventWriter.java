package org.marsad.publishing.internal;

import java.io.IOException;

/**
 * Writes exported events one at a time, so that an export is streamed: {@link #begin()}
 * once, {@link #write(ExportedEvent)} per event, {@link #end()} once (which flushes but
 * does not close the stream).
 */
interface EventWriter {

	void begin() throws IOException;

	void write(ExportedEvent event) throws IOException;

	void end() throws IOException;

}
