package org.marsad.tallies;

import java.util.List;

import org.marsad.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The tallies pinned to the dashboard: the one thing other modules' pages need from
 * tallies.
 */
public interface PinnedTallies {

	/**
	 * The pinned tallies by name, each with the number the reader may see: computed as of
	 * today for those who may compute tallies ({@link Roles#ANALYSES}), the last
	 * published snapshot for everyone else.
	 * @return the pinned tallies
	 */
	@PreAuthorize(Roles.READS)
	List<PinnedTally> pinned();

}
