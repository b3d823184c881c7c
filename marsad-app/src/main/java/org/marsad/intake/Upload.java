package org.marsad.intake;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file arriving with a report. Its content is read once, as a stream.
 *
 * @param fileName the name the sender gave it; shown sanitised, never used as a path
 * @param content opens the content
 */
public record Upload(String fileName, Content content) {

	/** Opens the content of an upload. */
	@FunctionalInterface
	public interface Content {

		/**
		 * Opens the stream; the caller closes it.
		 * @return the stream
		 * @throws IOException when it cannot be opened
		 */
		InputStream open() throws IOException;

	}

}
