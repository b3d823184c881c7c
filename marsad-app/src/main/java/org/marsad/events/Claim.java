package org.marsad.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.marsad.text.vocabulary.SourceReliability;

/**
 * One report's statement of a figure's value.
 *
 * @param id the id
 * @param figureId the figure
 * @param reportId the report
 * @param reportVersion the version of the report's text that the span refers to
 * @param spanStart where the statement starts in that text (UTF-16 index)
 * @param spanEnd where it ends, exclusive
 * @param quote the text of the span, exactly as in the report
 * @param value the value as stated
 * @param sourceId the report's source, if known
 * @param reliability the source's reliability when the claim was coded
 * @param credibility the report's information credibility 1–6 when the claim was coded
 * @param statedOn the day the report stated it: its publication day, else the day it was
 * received
 * @param voided whether it was voided
 * @param voidReason why it was voided
 * @param createdAt when it was coded
 * @param createdBy who coded it
 */
public record Claim(UUID id, UUID figureId, UUID reportId, int reportVersion, int spanStart, int spanEnd, String quote,
		FigureValue value, UUID sourceId, SourceReliability reliability, Integer credibility, LocalDate statedOn,
		boolean voided, String voidReason, Instant createdAt, String createdBy) {
}
