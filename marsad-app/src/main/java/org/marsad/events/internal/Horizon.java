package org.marsad.events.internal;

import java.time.LocalDate;

/**
 * The last day a coded date may reach: the date of the report it is coded from (reports
 * speak of the past), or today when no report is involved.
 *
 * @param day the last day
 * @param report whether it is a report's date (for the message)
 */
record Horizon(LocalDate day, boolean report) {

	static Horizon today() {
		return new Horizon(LocalDate.now(java.time.ZoneOffset.UTC), false);
	}

	static Horizon of(LocalDate reportDate) {
		return new Horizon(reportDate, true);
	}

	/** The message key for a date beyond it. */
	String code() {
		return this.report ? "event.error.afterReport" : "event.error.future";
	}

	boolean passedBy(LocalDate date) {
		return date != null && date.isAfter(this.day);
	}

}
