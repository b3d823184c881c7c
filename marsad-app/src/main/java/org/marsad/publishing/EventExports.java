package org.marsad.publishing;

import java.io.IOException;
import java.io.OutputStream;

import org.marsad.events.EventFilter;

/**
 * Writes events in the formats the field reads, streamed as they are read.
 * <ul>
 * <li>Anyone may export: the caller's account decides what is written. Without an account
 * that may read the record, only publishable events that are not void are written; with
 * one, internal events too (and void ones when the filter asks).</li>
 * <li>Protected fields never leave: no source, source pseudonym or contact detail, no
 * report text, no identity document number, whoever asks.</li>
 * </ul>
 */
public interface EventExports {

	/**
	 * Writes the events that the filter selects, latest first.
	 * @param format the format
	 * @param filter which events, as in the events list
	 * @param out where to write; not closed
	 * @throws IOException when writing fails
	 */
	void write(ExportFormat format, EventFilter filter, OutputStream out) throws IOException;

}
