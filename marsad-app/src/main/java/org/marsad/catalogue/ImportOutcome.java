package org.marsad.catalogue;

import java.util.List;

/**
 * What an import did, or would have done.
 *
 * @param format the format read
 * @param read how many places the file held
 * @param added new places
 * @param updated places that existed and changed
 * @param unchanged places that existed as the file has them
 * @param rejected rows that could not be stored, with the reasons
 * @param stored whether the changes were stored (false when rows were rejected and the
 * import stopped)
 */
public record ImportOutcome(GazetteerFormat format, int read, int added, int updated, int unchanged,
		List<Rejection> rejected, boolean stored) {

	/**
	 * Copies the rejections.
	 */
	public ImportOutcome {
		rejected = List.copyOf(rejected);
	}

	/**
	 * A row that could not be stored.
	 *
	 * @param row the place's position in the file's list of places, from 1
	 * @param id the place's id as read, possibly blank
	 * @param reason why, in English, naming no more than the field
	 */
	public record Rejection(int row, String id, String reason) {
	}

}
