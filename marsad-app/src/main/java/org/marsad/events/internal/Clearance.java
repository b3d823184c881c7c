package org.marsad.events.internal;

import java.util.Optional;
import java.util.UUID;

import org.marsad.events.Confidentiality;
import org.marsad.events.RecordNotFound;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps internal events from callers who may not see them, in every use case that reads
 * the record (docs/SECURITY.md, row {@code events.readInternal}).
 * <ul>
 * <li>Staff roles (administrators, coordinators, documenters, analysts) see every event;
 * viewers see publishable events only, as search shows them.</li>
 * <li>An event's figures, claims, history and suggested status are as confidential as the
 * event.</li>
 * <li>To a viewer, an internal event does not exist: the answer is the same
 * {@link RecordNotFound} as for a missing one, so that a viewer cannot tell them
 * apart.</li>
 * </ul>
 */
class Clearance {

	private static final String PUBLISHABLE = "publishable";

	private final JdbcClient jdbc;

	Clearance(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the caller may see a record of this confidentiality. */
	boolean shows(Confidentiality confidentiality) {
		return confidentiality == Confidentiality.PUBLISHABLE || Caller.seesInternal();
	}

	/**
	 * Refuses an event the caller may not see.
	 * @param eventId the event, which exists
	 * @param what the record named in the refusal
	 * @throws RecordNotFound when the event is internal and the caller a viewer
	 */
	void checkEvent(UUID eventId, String what) {
		if (Caller.seesInternal()) {
			return;
		}
		hiddenUnlessPublishable(this.jdbc.sql("SELECT confidentiality FROM event WHERE id = :id")
			.param("id", eventId)
			.query(String.class)
			.optional(), what);
	}

	/**
	 * Refuses a figure of an event the caller may not see.
	 * @param figureId the figure, which exists
	 * @param what the record named in the refusal
	 * @throws RecordNotFound when its event is internal and the caller a viewer
	 */
	void checkFigure(UUID figureId, String what) {
		if (Caller.seesInternal()) {
			return;
		}
		hiddenUnlessPublishable(this.jdbc
			.sql("SELECT e.confidentiality FROM figure f JOIN event e ON e.id = f.event_id WHERE f.id = :id")
			.param("id", figureId)
			.query(String.class)
			.optional(), what);
	}

	private static void hiddenUnlessPublishable(Optional<String> confidentiality, String what) {
		if (!confidentiality.map(PUBLISHABLE::equals).orElse(false)) {
			throw new RecordNotFound(what);
		}
	}

}
