package org.marsad.events.internal;

import java.util.List;
import java.util.UUID;

/**
 * A coding submission that passed every check, ready to be written.
 *
 * @param report the coded report at the version the spans refer to
 * @param events the new events
 * @param links the links to recorded events
 */
record CodingPlan(ReportFacts report, List<NewEvent> events, List<Link> links) {

	/**
	 * A new event.
	 *
	 * @param event its fields
	 * @param span the passage about it, or {@code null}
	 * @param figures its figures, each after the figure it is a part of
	 */
	record NewEvent(CheckedEvent event, Spans.Checked span, List<NewFigure> figures) {
	}

	/**
	 * A recorded event the report speaks of.
	 *
	 * @param eventId the event
	 * @param span the passage about it, or {@code null}
	 * @param alreadyLinked whether the report supports it already (then no second link)
	 * @param figures new figures, each after the figure it is a part of
	 * @param claims claims for its figures
	 */
	record Link(UUID eventId, Spans.Checked span, boolean alreadyLinked, List<NewFigure> figures,
			List<NewClaim> claims) {
	}

	/**
	 * A new figure.
	 *
	 * @param key its key in the submission
	 * @param figure its fields
	 * @param partOfKey the key of the new figure it is a part of, or {@code null}
	 * @param claim the report's claim
	 */
	record NewFigure(String key, CheckedFigure figure, String partOfKey, ClaimDraft claim) {
	}

	/**
	 * A claim for a recorded figure.
	 *
	 * @param figureId the figure
	 * @param claim the claim
	 */
	record NewClaim(UUID figureId, ClaimDraft claim) {
	}

}
