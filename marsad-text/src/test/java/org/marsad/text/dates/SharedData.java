package org.marsad.text.dates;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's shared test data by walking up from the working directory to a
 * folder {@code shared/data}; the data is read in place, never copied.
 */
final class SharedData {

	private SharedData() {
	}

	/**
	 * The shared data folder, or null when there is none above the working directory.
	 * @return the folder or null
	 */
	static Path folder() {
		Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		while (dir != null) {
			Path candidate = dir.resolve("shared").resolve("data");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
			dir = dir.getParent();
		}
		return null;
	}

}
