package org.marsad.events;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why an event is a candidate.
 *
 * @param match what matched
 * @param detail the actor id for {@link Match#SHARED_ACTOR}, the distance in km for
 * {@link Match#NEAR_PLACE}, otherwise {@code null}
 */
public record CandidateReason(Match match, String detail) {

	/** What can match between a draft and a recorded event. */
	public enum Match {

		SAME_TYPE, OVERLAPPING_DATES, NEAR_DATES, SAME_PLACE, WITHIN_PLACE, CONTAINS_PLACE, NEAR_PLACE, SHARED_ACTOR;

		/** The code used in JSON and message keys, e.g. {@code same_type}. */
		@JsonValue
		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
