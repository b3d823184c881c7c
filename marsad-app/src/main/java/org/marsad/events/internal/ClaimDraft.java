package org.marsad.events.internal;

import java.time.Instant;
import java.util.UUID;

import org.marsad.events.Claim;
import org.marsad.events.FigureValue;

/**
 * A claim that passed the checks, before it is stored: the report it comes from, its span
 * and the value as stated.
 *
 * @param report the report at the version the span refers to
 * @param span the span and its quote
 * @param value the value as stated
 */
record ClaimDraft(ReportFacts report, Spans.Checked span, FigureValue value) {

	/**
	 * The claim as it will be stored, with the grades of the report's source copied in.
	 * @param figureId the figure it states
	 * @param at when it is coded
	 * @param by who codes it
	 * @return the claim
	 */
	Claim toClaim(UUID figureId, Instant at, String by) {
		return new Claim(UUID.randomUUID(), figureId, this.report.reportId(), this.report.version(), this.span.start(),
				this.span.end(), this.span.quote(), this.value, this.report.sourceId(), this.report.reliability(),
				this.report.credibility(), this.report.date(), false, null, at, by);
	}

}
