package org.marsad.search.internal;

import java.nio.file.Path;

/**
 * The index folder is held by another process, most likely a running server.
 */
class IndexInUse extends IllegalStateException {

	IndexInUse(Path folder) {
		super("the search index in " + folder + " is in use by another process (is the server running?)");
	}

}
