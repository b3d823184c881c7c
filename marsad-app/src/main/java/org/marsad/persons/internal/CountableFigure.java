package org.marsad.persons.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.marsad.persons.CountedFigure;

/**
 * A figure as the rules of counting need it, read from the coded-event tables.
 *
 * @param id the figure
 * @param eventId its event
 * @param eventType the event's type
 * @param eventDay the event's last day
 * @param unit what it counts
 * @param category what happened to what was counted
 * @param value its value as stated
 * @param voided whether the figure is void
 * @param eventVoided whether its event is void
 * @param publishable whether its event is publishable
 */
record CountableFigure(UUID id, UUID eventId, String eventType, LocalDate eventDay, String unit, String category,
		CountedFigure.StatedCount value, boolean voided, boolean eventVoided, boolean publishable) {

	static final String PERSON = "person";

	static final String FAMILY = "family";

	boolean live() {
		return !this.voided && !this.eventVoided;
	}

	CountedFigure counted(Instant linkedAt, String linkedBy) {
		return new CountedFigure(this.id, this.eventId, this.eventType, this.eventDay, this.unit, this.category,
				this.value, !live(), linkedAt, linkedBy);
	}

}
