package org.marsad.events;

import java.time.Instant;
import java.util.UUID;

import org.marsad.text.vocabulary.SourceReliability;

/**
 * A report that supports an event.
 *
 * @param reportId the report
 * @param reportVersion the version of its text that the span refers to
 * @param spanStart where the passage about the event starts (UTF-16 index), if marked
 * @param spanEnd where it ends, exclusive
 * @param sourceId the report's source when it was linked, if known
 * @param reliability that source's reliability when it was linked
 * @param credibility the report's information credibility 1–6 when it was linked
 * @param linkedAt when it was linked
 * @param linkedBy who linked it
 */
public record SupportingReport(UUID reportId, int reportVersion, Integer spanStart, Integer spanEnd, UUID sourceId,
		SourceReliability reliability, Integer credibility, Instant linkedAt, String linkedBy) {
}
