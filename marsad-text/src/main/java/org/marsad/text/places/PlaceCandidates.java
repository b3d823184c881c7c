package org.marsad.text.places;

import java.util.List;

/**
 * A span of the folded text that names one of several places.
 *
 * @param start folded start
 * @param end folded exclusive end
 * @param endWord index of the first word after the span
 * @param places the places the name may stand for
 * @param qualifier the qualifier inside the span, or {@code null}
 */
record PlaceCandidates(int start, int end, int endWord, List<org.marsad.text.Place> places, PlaceQualifier qualifier) {

	PlaceCandidates withQualifier(int newEnd, int newEndWord, PlaceQualifier newQualifier) {
		return new PlaceCandidates(this.start, newEnd, newEndWord, this.places, newQualifier);
	}

}
