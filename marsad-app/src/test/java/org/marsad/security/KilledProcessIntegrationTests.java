package org.marsad.security;

import java.util.Map;

/**
 * The process killed on the embedded H2 database in its data folder, the default
 * installation. Every acknowledged commit must survive: the database URL sets
 * {@code WRITE_DELAY=0}, so that H2's store writes a commit to the file before it
 * returns.
 */
class KilledProcessIntegrationTests extends KilledProcessContract {

	@Override
	Map<String, String> database() {
		return Map.of();
	}

}
