package org.marsad.search;

import java.nio.file.Path;

/**
 * The index folder is held by another process, most likely a running server: the index is
 * not opened twice, so that no process replaces it under another.
 */
public class IndexInUse extends IllegalStateException {

	/**
	 * A refusal naming the folder.
	 * @param folder the index folder
	 */
	public IndexInUse(Path folder) {
		super("the search index in " + folder + " is in use by another process (is the server running?)");
	}

}
