package org.marsad.extraction;

import java.time.LocalDate;
import java.util.UUID;

import org.marsad.text.Extraction;
import org.marsad.text.json.ExtractionJson;

/**
 * What the text engine proposes for a report: every number, date, place, actor, figure
 * and event it found, with spans into the text exactly as stored.
 *
 * @param reportId the report, or {@code null} for a text that is not saved
 * @param reportVersion the version of the report's text that was read, or {@code null}
 * @param text the text the spans point into
 * @param published the date relative dates were resolved against
 * @param basis where that date comes from
 * @param extraction what was found
 */
public record Draft(UUID reportId, Integer reportVersion, String text, LocalDate published, DateBasis basis,
		Extraction extraction) {

	/** The extraction as the JSON object of the extraction contract. */
	public String json() {
		return ExtractionJson.write(this.extraction);
	}

	/**
	 * Where the date that relative dates resolve against comes from.
	 */
	public enum DateBasis {

		/** The report's publication date. */
		PUBLISHED,

		/** The report has no publication date: the day it was received, in UTC. */
		RECEIVED,

		/** The date given with a text that is not saved. */
		GIVEN,

		/** No date was given with a text that is not saved: today, in UTC. */
		TODAY

	}

}
