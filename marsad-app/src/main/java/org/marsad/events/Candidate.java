package org.marsad.events;

import java.util.List;

/**
 * A recorded event that a report or event draft may be about, with how well it matches.
 * Only events that are not void and whose dates overlap the draft's, or lie within
 * {@value #NEAR_DAYS} days of them, are considered; each match adds to the score:
 * <ul>
 * <li>same type: {@value #TYPE}</li>
 * <li>overlapping dates: {@value #DATES}; only near: {@value #NEAR_DATES}</li>
 * <li>the same place: {@value #PLACE}; a place within the other's (by the gazetteer's
 * parents): {@value #WITHIN}; else places within {@value #NEAR_KM} km of each other:
 * {@value #NEAR}</li>
 * <li>each shared actor: {@value #ACTOR}</li>
 * </ul>
 * A candidate needs at least one match besides the dates. Candidates are ranked by score,
 * then by how close their dates are, and at most {@value #LIMIT} are returned.
 *
 * @param event the event
 * @param score the score
 * @param reasons the matches, strongest first
 * @param alreadyLinked whether the report of the query already supports it
 */
public record Candidate(EventSummary event, int score, List<CandidateReason> reasons, boolean alreadyLinked) {

	/** The most candidates returned. */
	public static final int LIMIT = 10;

	/** How many days apart dates may be and still count as near. */
	public static final int NEAR_DAYS = 3;

	/** How far apart places may be and still count as near, in kilometres. */
	public static final int NEAR_KM = 25;

	/** Score of the same type. */
	public static final int TYPE = 3;

	/** Score of overlapping dates. */
	public static final int DATES = 3;

	/** Score of near dates. */
	public static final int NEAR_DATES = 1;

	/** Score of the same place. */
	public static final int PLACE = 4;

	/** Score of a place within the other. */
	public static final int WITHIN = 2;

	/** Score of near places. */
	public static final int NEAR = 2;

	/** Score of each shared actor. */
	public static final int ACTOR = 1;

}
